"""Faults survived, measured: steady load on the whole system while its parts are killed.

- `load`: reg. 1 applications walked through the public APIs as users do — submitted, forwarded,
  decided and issued, envelopes released — each request retried through whatever is down (the
  same Idempotency-Key, a fresh look before repeating a conflicting write), and a ledger of
  what each user was told.
- `faults`: over a `qorgau.devstack.Stack`, SIGKILL and restart of a service or the treasury,
  a broker restart (everything in it lost), a PostgreSQL restart, in a random order.
- `invariants`: every application that got a receipt becomes one case, every decision one
  registration, one payment and one result at the front office, every order one treasury
  answer; read from the four services' logs, with the lost, the doubled and the stuck.
- `run`: the stack, the load and the faults together; the figures at the end, with the time the
  system took to drain after the last fault (`qorgau chaos`, `make chaos`).
"""
