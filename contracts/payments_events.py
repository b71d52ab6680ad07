"""What the payments service says (topic `payments.orders`, the treasury contract).

Money travels as a decimal string with two places (tiyn), never a float: `"20564.36"`, currency
`KZT`. Each payment has one stream `payment-<payment_id>`, each envelope `envelope-<envelope_id>`;
the Kafka key is the stream id.

The treasury reads `EnvelopeReleased`: one envelope per schedule date and district, with control
totals (count and sum of its orders) and the orders themselves, each with a unique payment id and
its route: the person's own IBAN, or the control account of a penitentiary institution with the
person as beneficiary. The other events are the service's own record of the payment's life.
"""

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from contracts import topics
from contracts.events import Event, EventRegistry
from contracts.identity import OrganisationKind
from contracts.people import Applicant
from contracts.text import TextLine
from contracts.unions import untagged

PAYMENTS_KINDS = frozenset(
    {OrganisationKind.OBLAST_DEPARTMENT, OrganisationKind.DISTRICT_DEPARTMENT}
)
CURRENCY: Literal["KZT"] = "KZT"


def _no_float(value: Any) -> Any:
    # a float has already lost tiyn to binary rounding; money arrives as text or Decimal
    if isinstance(value, float):
        raise ValueError("money must be a decimal string, not a float")
    return value


Money = Annotated[
    Decimal, BeforeValidator(_no_float), Field(ge=0, max_digits=15, decimal_places=2)
]
# A Kazakh IBAN (the payments are in tenge, through the Treasury, to accounts in Kazakhstan):
# KZ, two check digits, the bank's three-digit code, thirteen characters of account; 20 in all.
KAZAKH_IBAN = r"^KZ\d{2}\d{3}[0-9A-Z]{13}$"


def _kazakh_iban(value: Any) -> Any:
    """A Kazakh IBAN whose check digits hold (ISO 13616 mod 97); the message never repeats it."""
    if not isinstance(value, str):
        return value  # the str schema says what else is wrong
    if not re.fullmatch(KAZAKH_IBAN, value):
        raise ValueError("must be a Kazakh IBAN: KZ, 2 check digits, 16 characters of account")
    digits = "".join(str(int(char, 36)) for char in value[4:] + value[:4])
    if int(digits) % 97 != 1:
        raise ValueError("the IBAN's check digits do not hold")
    return value


# the schema names the format (a pattern alone would promise IBANs whose check digits fail)
KazakhIban = Annotated[str, BeforeValidator(_kazakh_iban), WithJsonSchema({
    "type": "string", "format": "iban", "pattern": KAZAKH_IBAN,
    "description": "a Kazakh IBAN (ISO 13616): KZ, check digits that hold, bank, account"})]
IbanText = KazakhIban


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IbanRoute(_Part):
    """Payment to the person's own bank account."""

    kind: Literal["iban"] = "iban"
    iban: IbanText


class PenitentiaryRoute(_Part):
    """Payment to the control account of the institution where the person serves a sentence;
    the person stays the beneficiary of the order."""

    kind: Literal["penitentiary"] = "penitentiary"
    institution_name: TextLine = Field(min_length=1, max_length=200)
    institution_bin: str | None = Field(default=None, pattern=r"^\d{12}$")
    control_account_iban: IbanText


ROUTE_KINDS = ("iban", "penitentiary")
# told apart by `kind`, errors named as the schema spells them (`route.iban`, no tag inside)
Route = Annotated[IbanRoute | PenitentiaryRoute, Field(discriminator="kind"),
                  untagged("kind", ROUTE_KINDS)]


class Totals(_Part):
    count: int = Field(ge=0)
    sum: Money


class PaymentOrder(_Part):
    """One order inside an envelope."""

    payment_id: UUID
    case_id: str
    regulation_id: int = Field(ge=1, le=18)
    beneficiary: Applicant
    amount: Money
    currency: Literal["KZT"] = CURRENCY
    route: Route
    purpose: str = Field(max_length=210)


class ZonePeriodFact(_Part):
    zone: Literal["extreme", "maximum", "increased", "minimal", "preferential"]
    from_year: int
    to_year: int


class CompensationAssigned(Event):
    """Reg. 1: the one-time compensation, assigned once per person ever."""

    event_type = "payments.CompensationAssigned"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    case_id: str
    decision_reference: str
    regulation_id: Literal[1] = 1
    beneficiary: Applicant
    district: str
    periods: list[ZonePeriodFact]
    mci_count: Decimal
    mci_year: int
    mci: Money
    amount: Money
    currency: Literal["KZT"] = CURRENCY
    assumed_parameters: list[str] = Field(default_factory=list)
    route: Route | None = None
    assigned_at: datetime


class BenefitAssigned(Event):
    """Regs 4, 10, 11, 12, 18: an assignment whose result is money, with its formula inputs."""

    event_type = "payments.BenefitAssigned"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    case_id: str
    decision_reference: str
    regulation_id: int = Field(ge=2, le=18)
    beneficiary: Applicant
    district: str
    amount: Money
    currency: Literal["KZT"] = CURRENCY
    basis: dict[str, str]
    assumed_parameters: list[str] = Field(default_factory=list)
    route: Route | None = None
    assigned_at: datetime


class PaymentConflict(Event):
    """A second compensation decision for a person already assigned one: recorded, not paid."""

    event_type = "payments.PaymentConflict"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    case_id: str
    decision_reference: str
    regulation_id: int = Field(ge=1, le=18)
    district: str
    existing_payment_id: UUID
    existing_case_id: str
    reason: str
    recorded_at: datetime


class PaymentDetailsSet(Event):
    """A payments officer set (or corrected, after a return) where the money goes."""

    event_type = "payments.PaymentDetailsSet"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    route: Route
    corrected: bool = False
    set_at: datetime


class PaymentOrdered(Event):
    event_type = "payments.PaymentOrdered"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    envelope_id: UUID
    schedule_date: date
    attempt: int = Field(ge=1)
    amount: Money
    currency: Literal["KZT"] = CURRENCY
    route: Route


class EnvelopeReleased(Event):
    """The treasury's input: one envelope of orders for a schedule date and district."""

    event_type = "payments.EnvelopeReleased"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    envelope_id: UUID
    schedule_date: date
    district: str
    currency: Literal["KZT"] = CURRENCY
    control: Totals
    orders: list[PaymentOrder]
    released_at: datetime

    @model_validator(mode="after")
    def _adds_up(self) -> "EnvelopeReleased":
        ids = [order.payment_id for order in self.orders]
        if len(set(ids)) != len(ids):
            raise ValueError("an envelope names each payment once")
        if any(order.currency != self.currency for order in self.orders):
            raise ValueError("an envelope holds one currency")
        return self

    def counted(self) -> Totals:
        return Totals(count=len(self.orders), sum=sum((o.amount for o in self.orders), Decimal(0)))


class PaymentConfirmationRecorded(Event):
    event_type = "payments.PaymentConfirmationRecorded"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    envelope_id: UUID
    bank_reference: str
    confirmed_at: datetime


class PaymentReturnRecorded(Event):
    event_type = "payments.PaymentReturnRecorded"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    envelope_id: UUID
    reason: str
    returned_at: datetime


class PaymentRequeued(Event):
    """The envelope was rejected as a whole: the order waits for the next envelope."""

    event_type = "payments.PaymentRequeued"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    payment_id: UUID
    envelope_id: UUID
    reason: str


class EnvelopeAcceptanceRecorded(Event):
    event_type = "payments.EnvelopeAcceptanceRecorded"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    envelope_id: UUID
    accepted_at: datetime


class EnvelopeRejectionRecorded(Event):
    event_type = "payments.EnvelopeRejectionRecorded"
    topic = topics.PAYMENTS_ORDERS
    producers = PAYMENTS_KINDS

    envelope_id: UUID
    reason: str
    rejected_at: datetime


REGISTRY = EventRegistry([
    CompensationAssigned,
    BenefitAssigned,
    PaymentConflict,
    PaymentDetailsSet,
    PaymentOrdered,
    EnvelopeReleased,
    PaymentConfirmationRecorded,
    PaymentReturnRecorded,
    PaymentRequeued,
    EnvelopeAcceptanceRecorded,
    EnvelopeRejectionRecorded,
])
