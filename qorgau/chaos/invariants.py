"""The invariants of the whole system, read from the four services' logs and held to what the
users were told (the load's ledger).

| what users were told, or upstream said | must become, downstream | once |
|---|---|---|
| a receipt (the load's ledger) | `intake.ApplicationAccepted` | per application and per person |
| a forwarded application | `workflow.CaseOpened` | per case |
| `workflow.DecisionSigned` | registry's `DocumentRequested` | per case |
| `workflow.DecisionSigned` | payments' `CompensationAssigned` | per case and per person |
| `workflow.ResultIssued` | intake's `ResultReceived` | per case |
| `payments.PaymentOrdered` | a treasury answer recorded (confirmation or return) | per order |

Lost: upstream without its downstream (while the system drains: not yet). Doubled: more than
once. A double payment: a payment confirmed twice, or a person compensated twice. Stuck: dead
letters nobody resolved, and flows of the load that gave up.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import asyncpg

from qorgau.chaos.load import Ledger


@dataclass
class Leg:
    """One invariant: how many upstream, how many of them lost downstream, how many doubled."""

    name: str
    upstream: int = 0
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)

    def hold(self, expected: Iterable[str], found: Counter[str]) -> "Leg":
        wanted = sorted(set(expected))
        self.upstream = len(wanted)
        self.lost = [key for key in wanted if found[key] == 0]
        self.doubled = [key for key in wanted if found[key] > 1]
        return self


@dataclass
class Figures:
    legs: list[Leg]
    accepted: int
    cases: int
    payments: int  # compensations assigned
    confirmed: int
    waiting_release: int  # the ledger's payments assigned, never ordered yet (the officer
    # releases every few seconds)
    double_payments: int
    dead_letters: dict[str, int]
    failed_flows: list[str]

    @property
    def lost(self) -> int:
        return sum(len(leg.lost) for leg in self.legs)

    @property
    def doubled(self) -> int:
        return sum(len(leg.doubled) for leg in self.legs)

    @property
    def stuck(self) -> int:
        return sum(self.dead_letters.values()) + len(self.failed_flows)

    @property
    def drained(self) -> bool:
        return self.lost == 0 and self.waiting_release == 0

    @property
    def ok(self) -> bool:
        return self.drained and self.doubled == 0 and self.double_payments == 0 \
            and self.stuck == 0

    def lines(self) -> list[str]:
        found = [f"accepted {self.accepted}, cases {self.cases}, payments {self.payments}"
                 f" (confirmed {self.confirmed})",
                 f"lost {self.lost}, doubled {self.doubled}, double payments"
                 f" {self.double_payments}, stuck {self.stuck}"]
        for leg in self.legs:
            found.append(f"  {leg.name:<48} {leg.upstream:>5}  lost {len(leg.lost)}"
                         f"  doubled {len(leg.doubled)}")
        if any(self.dead_letters.values()):
            found.append(f"  dead letters: {self.dead_letters}")
        found += [f"  gave up: {why}" for why in self.failed_flows[:10]]
        return found


async def check(databases: dict[str, str], ledger: Ledger) -> Figures:
    """Read the logs now (`databases`: service -> URI) and hold them to the ledger."""
    found = {name: await _read(uri, name, ledger) for name, uri in databases.items()}
    intake, workflow, registry, payments = (found[n] for n in ("intake", "workflow",
                                                              "registry", "payments"))
    applied = Counter(ledger.accepted.values())
    decided, issued = workflow["DecisionSigned"], workflow["ResultIssued"]
    legs = [
        Leg("receipt -> intake.ApplicationAccepted").hold(ledger.accepted,
                                                          intake["ApplicationAccepted"]),
        Leg("person -> one application").hold(applied, intake["by_iin"]),
        Leg("forwarded -> workflow.CaseOpened").hold(ledger.forwarded, workflow["CaseOpened"]),
        Leg("DecisionSigned -> registry.DocumentRequested").hold(decided,
                                                                registry["DocumentRequested"]),
        Leg("DecisionSigned -> payments.CompensationAssigned").hold(
            decided, payments["CompensationAssigned"]),
        Leg("ResultIssued -> intake.ResultReceived").hold(issued, intake["ResultReceived"]),
        Leg("PaymentOrdered -> treasury answer").hold(payments["orders"], payments["answers"]),
    ]
    assigned = [p for p, case in payments["assigned_payments"].items() if case in ledger.accepted]
    return Figures(
        legs=legs, accepted=sum(intake["ApplicationAccepted"].values()),
        cases=sum(workflow["CaseOpened"].values()),
        payments=sum(payments["CompensationAssigned"].values()),
        confirmed=sum(payments["confirmed"].values()),
        waiting_release=sum(1 for p in assigned if payments["PaymentOrdered"][p] == 0),
        double_payments=sum(1 for n in payments["confirmed"].values() if n > 1)
        + sum(1 for n in payments["by_iin"].values() if n > 1),
        dead_letters={name: found[name]["dead_letters"] for name in found},
        failed_flows=list(ledger.failed))


async def _read(uri: str, service: str, ledger: Ledger) -> dict[str, Any]:
    conn = await asyncpg.connect(uri)
    try:
        read = {"dead_letters": await conn.fetchval(
            "SELECT count(*) FROM dead_letters WHERE resolved_at IS NULL")}
        return {**read, **await _READERS[service](conn, ledger)}
    finally:
        await conn.close()


async def _counts(conn: asyncpg.Connection, key: str, types: Iterable[str],
                  where: str = "TRUE", *args: Any) -> dict[str, Counter[str]]:
    """Per event type (short name), how many events there are for each value of `key`."""
    rows = await conn.fetch(
        f"SELECT event_type, {key} AS key, count(*) AS n FROM events"
        f" WHERE event_type = ANY($1) AND ({where}) GROUP BY 1, 2", list(types), *args)
    counts: dict[str, Counter[str]] = {t.split(".", 1)[1]: Counter() for t in types}
    for row in rows:
        counts[row["event_type"].split(".", 1)[1]][row["key"]] += row["n"]
    return counts


async def _intake(conn: asyncpg.Connection, ledger: Ledger) -> dict[str, Any]:
    counts = await _counts(conn, "stream_id", ["intake.ApplicationAccepted",
                                               "intake.ResultReceived"])
    by_iin = await _counts(conn, "payload->'applicant'->>'iin'", ["intake.ApplicationAccepted"],
                           "payload->'applicant'->>'iin' = ANY($2)", list(ledger.accepted.values()))
    return {**counts, "by_iin": by_iin["ApplicationAccepted"]}


async def _workflow(conn: asyncpg.Connection, ledger: Ledger) -> dict[str, Any]:
    counts = await _counts(conn, "stream_id", ["workflow.CaseOpened", "workflow.DecisionSigned",
                                               "workflow.ResultIssued"])
    # decisions and results of the load's cases: what downstream must have once each
    for name in ("DecisionSigned", "ResultIssued"):
        counts[name] = Counter({k: n for k, n in counts[name].items() if k in ledger.accepted})
    return counts


async def _registry(conn: asyncpg.Connection, ledger: Ledger) -> dict[str, Any]:
    return await _counts(conn, "payload->>'case_id'", ["registry.DocumentRequested"])


async def _payments(conn: asyncpg.Connection, ledger: Ledger) -> dict[str, Any]:
    counts = await _counts(conn, "payload->>'case_id'", ["payments.CompensationAssigned"])
    per_payment = await _counts(conn, "payload->>'payment_id'", [
        "payments.PaymentOrdered", "payments.PaymentConfirmationRecorded",
        "payments.PaymentReturnRecorded"])
    assigned = await conn.fetch(
        "SELECT payload->>'payment_id' AS payment, payload->>'case_id' AS case_id FROM events"
        " WHERE event_type = 'payments.CompensationAssigned'")
    by_iin = await _counts(conn, "payload->'beneficiary'->>'iin'",
                           ["payments.CompensationAssigned"])
    # an order is a payment in an envelope: answered once per (payment, envelope)
    orders = await _counts(conn, "(payload->>'payment_id') || '@' || (payload->>'envelope_id')", [
        "payments.PaymentOrdered", "payments.PaymentConfirmationRecorded",
        "payments.PaymentReturnRecorded"])
    return {
        "CompensationAssigned": counts["CompensationAssigned"],
        "assigned_payments": {r["payment"]: r["case_id"] for r in assigned},
        "PaymentOrdered": per_payment["PaymentOrdered"],
        "confirmed": per_payment["PaymentConfirmationRecorded"],
        "by_iin": by_iin["CompensationAssigned"],
        "orders": list(orders["PaymentOrdered"]),
        "answers": orders["PaymentConfirmationRecorded"] + orders["PaymentReturnRecorded"],
    }


_READERS = {"intake": _intake, "workflow": _workflow, "registry": _registry,
            "payments": _payments}
