"""What the intake service says (topic `intake.applications`).

`ApplicationForwarded` is the cross-service event the workflow consumes. The receipt events
(`ApplicationAccepted`, `ApplicationRefused`) and the result hand-over events are intake's own;
they travel on the same topic so that anyone may follow an application from its first minute.
`application_id` is the case id for the whole system and the Kafka key of every event.
"""

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from contracts import topics
from contracts.bounds import JsonObject
from contracts.catalogue.acts import ActInForce
from contracts.durations import Duration
from contracts.events import Event, EventRegistry
from contracts.identity import OrganisationKind
from contracts.people import Applicant, OrganisationRef

ACCEPTING_KINDS = frozenset({
    OrganisationKind.STATE_CORPORATION,
    OrganisationKind.DISTRICT_DEPARTMENT,
    OrganisationKind.RURAL_AKIM,
    OrganisationKind.EMPLOYMENT_CENTRE,
    OrganisationKind.OBLAST_DEPARTMENT,
    OrganisationKind.PORTAL,
})


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Representative(_Part):
    """A person acting for the applicant, with the document that empowers them."""

    iin: str = Field(pattern=r"^\d{12}$")
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    middle_name: str | None = Field(default=None, max_length=100)
    authority: str = Field(min_length=1, max_length=200)  # e.g. "power of attorney No. 12 of ..."


class DocumentPresented(_Part):
    """One item of the package, by its checklist id; `title` is the checklist's wording."""

    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)
    title: str = ""
    originals: int = Field(default=0, ge=0, le=100)
    copies: int = Field(default=0, ge=0, le=100)
    pages: int | None = Field(default=None, ge=1, le=10_000)


class ListedItem(_Part):
    """A checklist entry named on a refusal receipt (a missing document, a refusal reason)."""

    id: str
    title: str


class _Receipt(Event):
    """What every receipt says of the package, whether it was accepted or refused."""

    application_id: str
    receipt_number: str
    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    channel: str
    catalogue_version: str
    district: str | None = None
    rural_district: str | None = None
    applicant: Applicant
    representative: Representative | None = None
    documents: list[DocumentPresented]
    act: ActInForce | None = None  # the act the application runs under (None: before it was kept)


class ApplicationAccepted(_Receipt):
    """The receipt: the package is complete and accepted; the result is due at `result_due`."""

    event_type = "intake.ApplicationAccepted"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    accepted_at: datetime
    accepted_by: OrganisationRef
    facts: JsonObject = Field(default_factory=dict)
    receipt_due: datetime | None = None  # the intake step's own term (e.g. 15 minutes)
    forward_due: datetime | None = None  # None when the accepting organisation is the provider
    result_due: datetime | None = None  # None when the route has no term the calendar can count
    # years of these due times whose working-time calendar is not yet official (or computed)
    provisional_calendar: list[int] = Field(default_factory=list)


class ApplicationRefused(_Receipt):
    """The refusal receipt: the package was not accepted, and these are the reasons."""

    event_type = "intake.ApplicationRefused"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    refused_at: datetime
    refused_by: OrganisationRef
    missing_documents: list[ListedItem]
    reasons: list[ListedItem] = Field(min_length=1)
    standard_paragraph: int | None = None  # the Standard's paragraph the refusal rests on
    receipt_annex: int | None = None  # the annex whose form the refusal receipt follows


class ApplicationForwarded(Event):
    """A complete package handed to its provider: the workflow starts a case from it.

    `application_id` is the case id for the whole system (the Kafka key of every later event).
    """

    event_type = "intake.ApplicationForwarded"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    application_id: str
    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    channel: str
    catalogue_version: str
    accepted_at: datetime
    receipt_number: str
    applicant: Applicant
    representative: dict[str, Any] | None = None
    documents: list[dict[str, Any]] = Field(default_factory=list)
    facts: JsonObject = Field(default_factory=dict)
    provider: OrganisationRef
    forwarded_at: datetime
    result_due: date | None = None
    # added later, optional so that earlier payloads still read
    accepted_by: OrganisationRef | None = None
    forward_due: datetime | None = None
    overdue: bool = False  # forwarded after `forward_due`


class ResultReceived(Event):
    """The provider's result reached the accepting organisation; it waits for the applicant."""

    event_type = "intake.ResultReceived"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    application_id: str
    outcome: Literal["approved", "refused"]
    decision_reference: str
    provider: OrganisationRef
    issued_at: datetime
    received_at: datetime
    receive_due: datetime | None = None  # the "receive the result" leg, counted from issue
    collect_by: datetime  # after this an uncollected result goes back to the provider
    keep_for: Duration  # the period `collect_by` was computed from
    # added later: the result is a document the registry issues (reg. 1's certificate), and it is
    # not handed over before the registry has issued it
    awaits_document: bool = False


class ResultHandedOver(Event):
    """The applicant (or representative) got the result; the envelope's actor handed it over."""

    event_type = "intake.ResultHandedOver"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    application_id: str
    handed_over_at: datetime
    recipient: Literal["applicant", "representative"]
    hand_over_due: datetime | None = None
    overdue: bool = False


class ResultReturnedToProvider(Event):
    """Nobody collected the result in time: it goes back to the provider that issued it."""

    event_type = "intake.ResultReturnedToProvider"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    application_id: str
    provider: OrganisationRef
    returned_at: datetime
    collect_by: datetime
    reason: Literal["uncollected"] = "uncollected"


class DocumentRecorded(Event):
    """The registry issued the document the application's decision orders (a certificate, a
    duplicate, a permit): the front office can see it exists before handing the result over."""

    event_type = "intake.DocumentRecorded"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    application_id: str
    document_id: str
    kind: str
    number: str
    issued_at: datetime
    recorded_at: datetime


class RegisteredElsewhere(Event):
    """The person is already in the register through another case: this application's approval
    makes no second entry, so no certificate and no payment follow from it."""

    event_type = "intake.RegisteredElsewhere"
    topic = topics.INTAKE_APPLICATIONS
    producers = ACCEPTING_KINDS

    application_id: str
    registered_case_id: str
    registered_district: str | None = None
    detected_at: datetime


REGISTRY = EventRegistry([
    ApplicationAccepted,
    ApplicationRefused,
    ApplicationForwarded,
    ResultReceived,
    ResultHandedOver,
    ResultReturnedToProvider,
    DocumentRecorded,
    RegisteredElsewhere,
])
