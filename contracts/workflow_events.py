"""What the workflow service tells the others (topic `workflow.cases`).

Cross-service events: `DecisionSigned` (registry and payments react to it) and `ResultIssued`
(intake hands the result over). The rest are the case's own facts, read by the workflow's read
models and by anyone auditing a case.

## The decision payload (`DecisionSigned.payload`)

An approved decision carries one top-level key naming what was decided (plus, for money, an
optional `payout`); a refused one carries `{}` (the reasons are in `DecisionSigned.reasons`).
Consumers read it with `DecisionPayload.model_validate(event.payload)`. The models below are the
contract;
`DecisionSigned.payload` holds their JSON form (`model_dump(mode="json")`: dates as ISO strings,
money as decimal strings).

| regulation (sub-service) | key            | model             |
|--------------------------|----------------|-------------------|
| 1 (first registration)   | `recognition`  | `Reg1Recognition` |
| 1 (`duplicate`)          | `duplicate`    | `Reg1Duplicate`   |
| 4, 10, 11, 12, 18        | `assignment`   | `Assignment`      |
| 11 (`information`)       | `service`      | `ServiceNotice` (on an assignment made; no money) |
| 13, 15, 16, 17           | `document`     | `DocumentPayload` (discriminated by `kind`) |
| 14                       | `referral`     | `Referral`        |
| 2, 3, 5, 6, 7, 8, 9      | `service`      | `ServiceNotice`   |

Reg. 1 recognition, e.g.::

    {"recognition": {"periods": [{"zone": "extreme", "from_year": 1949, "to_year": 1965,
                                  "place": "Semey", "kind": "residence"}]},
     "payout": {"kind": "bank_account", "iban": "KZ..."}}

`payout` (optional, next to `recognition` or `assignment`) says where money goes: the person's
bank account, or, for a person serving a sentence, the institution's control account.

Regulation 16 decides in two stages: `DecisionSigned.stage` is 1 for the notification on issuing
(or refusing) the permit and 2 for the permit itself; registry issues the permit on stage 2.
Its single-stage variants (re-issuance, intra-corporate transfer) decide the permit as stage 2.
Every other regulation has `stage = None`. `ResultIssued.final` is False only for an approving
stage 1: the case goes on to stage 2.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, model_validator

from contracts import topics
from contracts.bounds import JsonObject
from contracts.catalogue.acts import ActInForce
from contracts.decision_document import DecisionDocument
from contracts.envelope import Envelope
from contracts.events import Event, EventRegistry, Proof
from contracts.identity import OrganisationKind, Role
from contracts.payments_events import KazakhIban
from contracts.people import Applicant, OrganisationRef
from contracts.strict import AS_SENT
from contracts.text import Paragraph, TextLine

PROVIDER_KINDS = frozenset({
    OrganisationKind.DISTRICT_DEPARTMENT,
    OrganisationKind.RURAL_AKIM,
    OrganisationKind.EMPLOYMENT_CENTRE,
    OrganisationKind.OBLAST_DEPARTMENT,
})

Outcome = Literal["approved", "refused"]


# --- decision payloads ------------------------------------------------------------------------


class _Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


Zone = Literal["extreme", "maximum", "increased", "minimal", "preferential"]
PeriodKind = Literal["residence", "work", "service"]


class RecognitionPeriod(_Payload):
    """A span of years the person lived, worked or served in one radiation-risk zone."""

    zone: Zone
    from_year: StrictInt = Field(ge=1949, le=2100)
    to_year: StrictInt = Field(ge=1949, le=2100)
    place: TextLine = Field(min_length=1, max_length=200)
    kind: PeriodKind

    @model_validator(mode="after")
    def _ordered(self) -> "RecognitionPeriod":
        if self.to_year < self.from_year:
            raise ValueError("to_year must not be before from_year")
        return self


class Reg1Recognition(_Payload):
    """Reg. 1, first registration: the zones, periods and years recognised."""

    periods: list[RecognitionPeriod] = Field(min_length=1, max_length=50)


class Reg1Duplicate(_Payload):
    """Reg. 1 (and 17) duplicate certificate: why, and which certificate it replaces."""

    reason: Literal["lost", "damaged"]
    replaces: TextLine | None = Field(default=None, max_length=64)  # certificate number, if known


class Payout(_Payload):
    """Where the money goes."""

    # the schema says it too: a control account payout names its institution
    model_config = ConfigDict(json_schema_extra={
        "if": {"properties": {"kind": {"const": "institution_control_account"}},
               "required": ["kind"]},
        "then": {"properties": {"institution": {"type": "string"}},
                 "required": ["institution"]},
    })

    kind: Literal["bank_account", "institution_control_account"]
    iban: KazakhIban
    # the penitentiary institution
    institution: TextLine | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _institution_named(self) -> "Payout":
        if self.kind == "institution_control_account" and not self.institution:
            raise ValueError("a control account payout names the institution")
        return self


class Period(_Payload):
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self


class FamilyMember(_Payload):
    iin: str | None = Field(default=None, pattern=r"^\d{12}$")
    relation: Literal["applicant", "spouse", "child", "parent", "sibling", "other"]
    birth_date: date | None = None
    disabled: StrictBool = False
    student: StrictBool = False


class IncomeItem(_Payload):
    """An income received over `Assignment.income_period` (the total for the whole period)."""

    member: StrictInt = Field(ge=0)  # index into `Assignment.family_members`
    kind: str = Field(min_length=1, max_length=64)  # salary, pension, benefit, alimony, other...
    amount: Decimal = Field(ge=0, max_digits=14, decimal_places=2)


class CostItem(_Payload):
    """An expense the assistance depends on (housing costs, home-schooling costs, fuel)."""

    kind: str = Field(min_length=1, max_length=64)  # rent, utilities, maintenance, tuition, fuel
    amount: Decimal = Field(ge=0, max_digits=14, decimal_places=2)
    period: Period | None = None


AssignmentKind = Literal[
    "targeted_social_assistance",  # reg. 4
    "maslikhat_social_assistance",  # reg. 10
    "home_schooling_compensation",  # reg. 11
    "fuel_assistance",  # reg. 12
    "housing_assistance",  # reg. 18
]


class Assignment(_Payload):
    """The inputs the payments formulas need; the amount itself is computed by payments.

    - reg. 4: family members, their incomes over `income_period`, the `assigned_period` (quarter);
    - reg. 10: the maslikhat `category` and the `assigned_period`;
    - reg. 11: the child (a disabled family member), `costs`, the `assigned_period`;
    - reg. 12: the specialist's `category` (sector) and the `assigned_period` (year);
    - reg. 18: family members, incomes, housing `costs`, the `assigned_period`.
    """

    kind: AssignmentKind
    assigned_period: Period
    family_members: list[FamilyMember] = Field(default_factory=list, max_length=30)
    incomes: list[IncomeItem] = Field(default_factory=list, max_length=200)
    income_period: Period | None = None
    costs: list[CostItem] = Field(default_factory=list, max_length=50)
    category: str | None = Field(default=None, max_length=100)
    area_m2: Decimal | None = Field(default=None, ge=0, max_digits=8, decimal_places=2)

    @model_validator(mode="after")
    def _incomes_refer_to_members(self) -> "Assignment":
        if any(i.member >= len(self.family_members) for i in self.incomes):
            raise ValueError("an income refers to a family member that is not listed")
        if self.incomes and self.income_period is None:
            raise ValueError("incomes need the income_period they were received over")
        return self


class TsaMembershipDocument(_Payload):
    """Reg. 13: the family belongs (or does not belong) to targeted social assistance recipients."""

    kind: Literal["tsa_membership"] = "tsa_membership"
    belongs: StrictBool
    as_of: date


class OralmanDocument(_Payload):
    """Reg. 15: the oralman certificate, granted or extended."""

    kind: Literal["oralman_certificate"] = "oralman_certificate"
    action: Literal["grant", "extension"]
    valid_until: date | None = None


LabourPermitVariant = Literal[
    "issuance", "re_issuance", "extension", "ict_issuance", "ict_re_issuance", "ict_extension"
]


class LabourPermitDocument(_Payload):
    """Reg. 16: the foreign-labour permit. Stage 1 is the notification, stage 2 the permit."""

    kind: Literal["foreign_labour_permit"] = "foreign_labour_permit"
    variant: LabourPermitVariant
    stage: Annotated[Literal[1, 2], AS_SENT]
    employer_bin: str | None = Field(default=None, pattern=r"^\d{12}$")
    workers: StrictInt | None = Field(default=None, ge=1, le=100_000)
    valid_from: date | None = None
    valid_until: date | None = None
    # proof of the fee (stage 2)
    fee_reference: TextLine | None = Field(default=None, max_length=64)


class RehabilitatedDocument(_Payload):
    """Reg. 17: the rehabilitated person certificate, or its duplicate."""

    kind: Literal["rehabilitated_certificate"] = "rehabilitated_certificate"
    duplicate: Reg1Duplicate | None = None


DocumentPayload = Annotated[
    TsaMembershipDocument | OralmanDocument | LabourPermitDocument | RehabilitatedDocument,
    Field(discriminator="kind"),
]


class Referral(_Payload):
    """Reg. 14: the referral to an active employment measure (Standard annexes 1-4)."""

    kind: Literal["employment", "youth_practice", "social_jobs", "public_works"]
    employer: TextLine | None = Field(default=None, max_length=200)


class ServiceNotice(_Payload):
    """Regs 2, 3, 5-9: the notification that the documents are drawn up, with the terms."""

    summary: Paragraph = Field(min_length=1, max_length=2000)
    provision_until: date | None = None


class DecisionPayload(_Payload):
    """The whole payload: at most one of the decision keys is set (none for a refusal)."""

    recognition: Reg1Recognition | None = None
    duplicate: Reg1Duplicate | None = None
    assignment: Assignment | None = None
    document: DocumentPayload | None = None
    referral: Referral | None = None
    service: ServiceNotice | None = None
    payout: Payout | None = None

    @model_validator(mode="after")
    def _one_decision(self) -> "DecisionPayload":
        keys = [k for k in DECISION_KEYS if getattr(self, k) is not None]
        if len(keys) > 1:
            raise ValueError(f"a decision decides one thing, got {keys}")
        if self.payout is not None and self.recognition is None and self.assignment is None:
            raise ValueError("payout goes with a recognition or an assignment")
        return self


DECISION_KEYS = ("recognition", "duplicate", "assignment", "document", "referral", "service")


# --- cross-service events ---------------------------------------------------------------------


class DecisionSigned(Event):
    event_type = "workflow.DecisionSigned"
    topic = topics.WORKFLOW_CASES
    producers = PROVIDER_KINDS

    case_id: str
    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    catalogue_version: str
    outcome: Outcome
    reasons: list[str] = Field(default_factory=list)
    decision_reference: str
    applicant: Applicant
    provider: OrganisationRef
    signed_at: datetime
    payload: JsonObject = Field(default_factory=dict)
    # Added after the first version; optional so that earlier payloads still read.
    stage: int | None = None  # reg. 16: 1 = notification, 2 = permit
    # When the provider registered the application (the case's `CaseRegistered`): some terms run
    # from it, e.g. reg. 1's duplicate "within 4 working days of the application". None on
    # decisions published before it was added, and on routes without a registration step.
    registered_at: datetime | None = None
    # The channel the application was lodged at: para 3 lists some results for some channels
    # only (reg. 1's payment: the State Corporation, lines 112-120). None on older decisions.
    channel: str | None = None
    # The head's own signature of the decision document (`contracts.decision_document`),
    # `ed25519:<key id>:<signature>` by the personal key of the head who signed (the envelope's
    # actor), of the organisation the head signs for (the producer: a district department's
    # head signs some of an akim's decisions, reg. 12). None on decisions signed before it was
    # asked for: consumers refuse a decision without it.
    head_signature: str | None = Field(default=None, max_length=512)

    def document(self) -> DecisionDocument:
        """The document the head signed, as this decision says it."""
        return DecisionDocument(
            case_id=self.case_id, regulation_id=self.regulation_id, sub_service=self.sub_service,
            catalogue_version=self.catalogue_version, outcome=self.outcome, reasons=self.reasons,
            applicant=self.applicant, provider=self.provider, payload=self.payload,
            stage=self.stage)

    def proofs(self, envelope: Envelope) -> tuple[Proof, ...]:
        return (Proof("the head's signature of the decision", self.head_signature,
                      self.document().canonical_bytes(), envelope.producer.organisation_id,
                      envelope.actor.person_id, self.signed_at),)


class ResultIssued(Event):
    event_type = "workflow.ResultIssued"
    topic = topics.WORKFLOW_CASES
    producers = PROVIDER_KINDS

    case_id: str
    regulation_id: int = Field(ge=1, le=18)
    outcome: Outcome
    decision_reference: str
    provider: OrganisationRef
    issued_at: datetime
    summary: str = ""
    stage: int | None = None  # reg. 16: the stage-1 notification is issued too
    final: bool = True  # False: the case goes on (reg. 16 after an approving stage 1)


# --- the case's own events ----------------------------------------------------------------------


class _CaseEvent(Event):
    topic = topics.WORKFLOW_CASES
    producers = PROVIDER_KINDS

    case_id: str


class CaseOpened(_CaseEvent):
    """A provider received a case: forwarded by intake, or accepted in person at its office.

    The case is bound to `catalogue_version` and follows the route `route_id` of it.
    """

    event_type = "workflow.CaseOpened"

    application_id: str
    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    catalogue_version: str
    route_id: str
    channel: str
    origin: Literal["forwarded", "in_person"]
    provider: OrganisationRef
    applicant: Applicant
    facts: JsonObject = Field(default_factory=dict)
    receipt_number: str | None = None
    opened_at: datetime
    case_due: datetime | None = None  # the last step's due time as planned at opening
    act: ActInForce | None = None  # the act the case runs under (None: before it was kept)


class StepStarted(_CaseEvent):
    """A step instance began: who holds it and when it is due (None: an untimed step)."""

    event_type = "workflow.StepStarted"

    step_id: str
    instance: int = Field(ge=1)  # counts every step entry of the case, reworks included
    position: int = Field(ge=0)  # index of the step in the route
    produces: str
    role: Role
    holder_kind: OrganisationKind
    district: str | None = None
    rural_district: str | None = None
    organisation_id: str | None = None
    person_id: str | None = None  # set once a person holds it (the assigned executor)
    started_at: datetime
    due_at: datetime | None = None
    # added later: the case's due as this step's start re-times the steps after it (None on
    # earlier events: the case's due stands as it was)
    case_due: datetime | None = None


class CaseRegistered(_CaseEvent):
    event_type = "workflow.CaseRegistered"

    registration_number: str
    registered_at: datetime


class ExecutorAssigned(_CaseEvent):
    event_type = "workflow.ExecutorAssigned"

    executor_person_id: str
    previous_person_id: str | None = None  # set on a reassignment
    reason: str | None = None
    assigned_at: datetime


class InformationRequested(_CaseEvent):
    """An extra request to another body, or a check, needed before deciding."""

    event_type = "workflow.InformationRequested"

    request_id: str
    addressed_to: str
    subject: str
    requested_at: datetime


class TermExtended(_CaseEvent):
    event_type = "workflow.TermExtended"

    extension_id: str
    step_id: str
    instance: int
    reason: str
    previous_due: datetime | None
    new_due: datetime
    case_due: datetime | None = None
    notice_due: datetime | None = None  # when the applicant must have been told (reg. 4)
    extended_at: datetime


class ApplicantNotified(_CaseEvent):
    """The applicant was told of an extension (the written notice reg. 4 requires)."""

    event_type = "workflow.ApplicantNotified"

    extension_id: str
    form: str
    notified_at: datetime


class DecisionDrafted(_CaseEvent):
    event_type = "workflow.DecisionDrafted"

    draft_number: int = Field(ge=1)
    outcome: Outcome
    reasons: list[str] = Field(default_factory=list)
    payload: JsonObject = Field(default_factory=dict)
    stage: int | None = None
    drafted_at: datetime


class SentForSignature(_CaseEvent):
    """The drafting organisation sent the draft to the provider's head (regs 4, 10, 12)."""

    event_type = "workflow.SentForSignature"

    draft_number: int
    sent_at: datetime


class DraftReturned(_CaseEvent):
    event_type = "workflow.DraftReturned"

    draft_number: int
    comment: str
    returned_at: datetime


class FeePaid(_CaseEvent):
    """Reg. 16 stage 2: the employer proved the permit fee is paid."""

    event_type = "workflow.FeePaid"

    reference: str
    paid_at: datetime


class StepOverdue(_CaseEvent):
    """A step instance passed its due time unfinished; said once per step instance."""

    event_type = "workflow.StepOverdue"

    step_id: str
    instance: int
    due_at: datetime
    detected_at: datetime


class NoticeOverdue(_CaseEvent):
    """The applicant was not told of an extension by the time the regulation gives (reg. 4: a
    written notice within 2 working days); said once per pending notice. A late notice is still
    recorded by `ApplicantNotified` afterwards."""

    event_type = "workflow.NoticeOverdue"

    extension_id: str
    notice_due: datetime
    detected_at: datetime


REGISTRY = EventRegistry([
    DecisionSigned,
    ResultIssued,
    CaseOpened,
    StepStarted,
    CaseRegistered,
    ExecutorAssigned,
    InformationRequested,
    TermExtended,
    ApplicantNotified,
    DecisionDrafted,
    SentForSignature,
    DraftReturned,
    FeePaid,
    StepOverdue,
    NoticeOverdue,
])
