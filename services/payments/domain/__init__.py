"""The payments domain, pure: the payment and envelope deciders, the decisions they assign
payments from, the amounts and their dated rule data (`config/`), the schedule, payout routes
and reconciliation. Imports contracts, the stdlib and pure libraries only."""
