"""Small builders for payments decisions, commands and events in unit tests."""

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from contracts.payments_events import (
    CompensationAssigned,
    EnvelopeReleased,
    IbanRoute,
    PaymentOrder,
    Totals,
    ZonePeriodFact,
)
from contracts.people import Applicant
from contracts.workflow_events import DecisionPayload
from services.payments.domain.decisions import AssignBenefit, AssignCompensation, Claim, Decision

NOW = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)
ROUTE = IbanRoute(iban="KZ86125KZT5004100100")
OTHER_ROUTE = IbanRoute(iban="KZ75125KZT2069100100")
PERSON = Applicant(iin="850101300015", last_name="Ахметов", first_name="Берик")
RECOGNISED = {"recognition": {"periods": [
    {"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey",
     "kind": "residence"}]}}
MASLIKHAT = {"assignment": {"kind": "maslikhat_social_assistance",
                            "assigned_period": {"start": "2025-01-01", "end": "2025-03-31"},
                            "category": "disability_group_1"}}


def decision(case_id: str = "case-1", route: IbanRoute | None = None, *, regulation_id: int = 1,
             payload: dict[str, Any] | None = None, signed_at: datetime = NOW) -> Decision:
    """A signed approval; `route` becomes its bank-account payout."""
    body = dict(RECOGNISED if payload is None else payload)
    if route is not None:
        body["payout"] = {"kind": "bank_account", "iban": route.iban}
    return Decision(case_id=case_id, decision_reference="D-1", regulation_id=regulation_id,
                    beneficiary=PERSON, signed_at=signed_at,
                    payload=DecisionPayload.model_validate(body))


def assign(payment_id: UUID, route: IbanRoute | None = None, case_id: str = "case-1",
           held_by: Claim | None = None, **facts: Any) -> AssignCompensation:
    return AssignCompensation(payment_id, decision(case_id, route, **facts), "talgar", NOW,
                              held_by)


def assign_benefit(payment_id: UUID, payload: dict[str, Any] = MASLIKHAT) -> AssignBenefit:
    return AssignBenefit(payment_id, decision("case-10", ROUTE, regulation_id=10,
                                              payload=payload), "talgar", NOW)


def compensation(payment_id: UUID, route: IbanRoute | None = None,
                 case_id: str = "case-1") -> CompensationAssigned:
    """What `assign(payment_id, route, case_id)` decides: 17 years x 5.23 MCI = 88.91 MCI, x 3 932
    (the MCI in force on the day the decision was signed, in 2025) = 349 594.12."""
    return CompensationAssigned(
        payment_id=payment_id, case_id=case_id, decision_reference="D-1", beneficiary=PERSON,
        district="talgar", periods=[ZonePeriodFact(zone="extreme", from_year=1949, to_year=1965)],
        mci_count=Decimal("88.91"), mci_year=2025, mci=Decimal(3932), amount=Decimal("349594.12"),
        assumed_parameters=["mci_day_rule", "partial_year_rule", "overlap_rule"], route=route,
        assigned_at=NOW,
    )


def order(amount: str, payment_id: UUID | None = None) -> PaymentOrder:
    return PaymentOrder(
        payment_id=payment_id or uuid4(), case_id="case-1", regulation_id=1, beneficiary=PERSON,
        amount=Decimal(amount), route=ROUTE, purpose="one-time compensation",
    )


def envelope(envelope_id: UUID, orders: list[PaymentOrder], control: Totals | None = None):
    counted = Totals(count=len(orders), sum=sum((o.amount for o in orders), Decimal(0)))
    return EnvelopeReleased(
        envelope_id=envelope_id, schedule_date=date(2025, 3, 5), district="talgar",
        control=control or counted, orders=orders, released_at=NOW,
    )
