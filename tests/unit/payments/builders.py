"""Small builders for payments events in unit tests."""

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import UUID, uuid4

from contracts.payments_events import (
    BenefitAssigned,
    CompensationAssigned,
    EnvelopeReleased,
    IbanRoute,
    PaymentOrder,
    Totals,
    ZonePeriodFact,
)
from contracts.people import Applicant

NOW = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)
ROUTE = IbanRoute(iban="KZ86125KZT5004100100")
OTHER_ROUTE = IbanRoute(iban="KZ75125KZT2069100100")
PERSON = Applicant(iin="850101300015", last_name="Ахметов", first_name="Берик")


def compensation(payment_id: UUID, route=None, case_id: str = "case-1",
                 amount: str = "349594.12") -> CompensationAssigned:
    return CompensationAssigned(
        payment_id=payment_id, case_id=case_id, decision_reference="D-1", beneficiary=PERSON,
        district="talgar", periods=[ZonePeriodFact(zone="extreme", from_year=1949, to_year=1965)],
        mci_count=Decimal("88.91"), mci_year=2025, mci=Decimal(3932), amount=Decimal(amount),
        route=route, assigned_at=NOW,
    )


def benefit(payment_id: UUID, amount: str = "47184.00", route=ROUTE) -> BenefitAssigned:
    return BenefitAssigned(
        payment_id=payment_id, case_id="case-10", decision_reference="D-10", regulation_id=10,
        beneficiary=PERSON, district="talgar", amount=Decimal(amount),
        basis={"category": "disability_group_1"}, route=route, assigned_at=NOW,
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
