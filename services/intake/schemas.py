"""Request and response bodies of the intake API (the event payloads live in contracts)."""

from datetime import datetime
from typing import Annotated, Any, Literal, Union
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    JsonValue,
    StrictInt,
    TypeAdapter,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from contracts.bounds import JsonObject
from contracts.catalogue import ActInForce, load_catalogue
from contracts.facts import FACTS, Facts, applicant_shape, facts_example
from contracts.identity import Actor
from contracts.iin import IinStr
from contracts.intake_events import DocumentPresented, ListedItem, Representative
from contracts.people import Applicant, ApplicantIn, OrganisationRef
from contracts.strict import AS_SENT
from contracts.text import PersonName, TextLine
from contracts.timestamps import LocalTimes, SinceTheActs

NOT_LATER_THAN_NOW = "when it happened: not later than the time the request arrives"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


class RepresentativeIn(_In):
    iin: IinStr
    last_name: PersonName = Field(min_length=1, max_length=100)
    first_name: PersonName = Field(min_length=1, max_length=100)
    middle_name: PersonName | None = Field(default=None, max_length=100)
    authority: TextLine = Field(min_length=1, max_length=200, description="power of attorney etc.")


class DocumentIn(_In):
    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64,
                      description="an id from the regulation's document checklist")
    originals: StrictInt = Field(default=0, ge=0, le=100)
    copies: StrictInt = Field(default=0, ge=0, le=100)
    pages: StrictInt | None = Field(default=None, ge=1, le=10_000)


# The applicant of every submission example (an invented person with a valid IIN); each
# regulation's example presents its whole checklist, so it gets a receipt.
_APPLICANT: dict[str, Any] = {
    "iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
    "middle_name": "Bolatuly", "phone": "+77015550142"}

class _Submission(_In):
    """What every submission says besides its regulation, sub-service and facts."""

    channel: str | None = Field(default=None, description="must be the caller's own channel")
    district: str | None = Field(default=None, min_length=1, max_length=32,
                                 description="the caller's own; required from the portal")
    rural_district: str | None = Field(default=None, min_length=1, max_length=32)
    applicant: ApplicantIn
    representative: RepresentativeIn | None = None
    documents: list[DocumentIn] = Field(max_length=60)
    refusal_reasons: list[Annotated[TextLine, Field(max_length=500)]] = Field(
        default_factory=list, max_length=20, description="grounds found besides missing documents")
    package_received_at: SinceTheActs | None = Field(
        default=None, description=NOT_LATER_THAN_NOW + " (default: now)")


def _package(regulation_id: int) -> list[dict[str, Any]]:
    """The regulation's whole checklist, one original each, as in force today."""
    items = load_catalogue().versions[-1].regulation(regulation_id).documents.items
    return [{"kind": item.id, "originals": 1} for item in items]


def _reasons(regulation_id: int) -> Any:
    """The ids of the refusal reasons the regulation's text gives, as in force today."""
    reasons = load_catalogue().versions[-1].regulation(regulation_id).acceptance_refusal_reasons
    return Literal[tuple(reason.id for reason in reasons)]


def _variant(regulation_id: int, subs: tuple[str | None, ...],
             facts: type[Facts]) -> type[_Submission]:
    """The submission of one regulation (and its sub-services that take the same facts)."""
    named = [sub for sub in subs if sub is not None]
    sub_type: Any = Literal[tuple(named)] if named else None
    sub_field = Field(description="the regulation's sub-service") if named else Field(
        default=None, description="this regulation has no sub-services")
    name = f"SubmitReg{regulation_id}" + "".join(
        part.title() for part in (named[0].split("_") if len(named) == 1 else []))
    title = f"Reg. {regulation_id}" + (f" {named[0].replace('_', ' ')}" if len(named) == 1
                                       else "") + ": submission"
    example: dict[str, Any] = {
        "regulation_id": regulation_id, **({"sub_service": named[0]} if named else {}),
               "applicant": _APPLICANT, "documents": _package(regulation_id),
               "facts": facts_example(regulation_id, subs[0])}
    required = any(f.is_required() for f in facts.model_fields.values())
    facts_title = facts.model_config.get("title")
    namespace = {
        "__annotations__": {"regulation_id": Annotated[Literal[regulation_id], AS_SENT],
                            "sub_service": sub_type, "applicant": applicant_shape(regulation_id),
                            "refusal_reasons": list[_reasons(regulation_id)],  # type: ignore[misc]
                            "facts": facts},
        "model_config": ConfigDict(title=title, json_schema_extra={"examples": [example]}),
        "__module__": __name__,
        "regulation_id": Field(title="Regulation"),
        "sub_service": sub_field,
        "refusal_reasons": Field(default_factory=list, max_length=20,
                                 description="grounds found besides missing documents: the ids "
                                 "of the regulation's refusal reasons"),
        "facts": Field(title=facts_title) if required
        else Field(default_factory=facts, title=facts_title),
    }
    return type(name, (_Submission,), namespace)


def _variants() -> tuple[type[_Submission], ...]:
    grouped: dict[tuple[int, type[Facts]], list[str | None]] = {}
    for (regulation_id, sub), model in sorted(FACTS.items(), key=lambda kv: kv[0][0]):
        grouped.setdefault((regulation_id, model), []).append(sub)
    return tuple(_variant(reg, tuple(subs), model) for (reg, model), subs in grouped.items())


SUBMISSIONS = _variants()


class SubmitRequest(_Submission):
    """A package for any regulation. The document shows one submission per regulation and
    sub-service (`SUBMISSIONS`), each with its typed `facts`; the route reads the regulation and
    checks the facts against that model, naming the wrong field as `facts.<path>`."""

    regulation_id: StrictInt = Field(ge=1, le=18)
    sub_service: str | None = Field(default=None, max_length=64)
    facts: JsonObject = Field(default_factory=dict)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        # a union built from the table: `X | Y` cannot spell a tuple of classes
        variants = Union[SUBMISSIONS]  # type: ignore[valid-type]  # noqa: UP007
        union = handler(TypeAdapter(variants).core_schema)
        return {"oneOf": union["anyOf"], "title": "SubmitRequest",
                "description": cls.__doc__}


_PLACED: list[JsonValue] = ["district_department", "rural_akim"]


class ProviderRef(OrganisationRef):
    """A provider as a forward names it: a district's provider names its district."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "if": {"properties": {"kind": {"enum": _PLACED}}, "required": ["kind"]},
        "then": {"properties": {"district": {"type": "string"}}, "required": ["district"]},
    })

    @model_validator(mode="after")
    def _placed(self) -> "ProviderRef":
        if self.kind.value in _PLACED and self.district is None:  # a JSON list of kinds
            raise ValueError(f"a {self.kind.value} names its district")
        return self


class ForwardRequest(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"provider": {"organisation_id": "dd-talgar", "kind": "district_department",
                      "district": "talgar"}},
    ]})

    provider: ProviderRef | None = Field(
        default=None, description="the provider; by default the one the organisation directory "
        "gives for the regulation and the application's place (GET /v1/organisations)")


class HandOverRequest(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"recipient": "applicant", "applicant_arrived_at": "2026-03-02T09:40:00+05:00"},
    ]})

    recipient: Literal["applicant", "representative"] = "applicant"
    applicant_arrived_at: SinceTheActs | None = Field(
        default=None, description=NOT_LATER_THAN_NOW + " (default: now)")


class ApplicationSummary(LocalTimes):
    application_id: str
    receipt_number: str
    regulation_id: int
    sub_service: str | None
    channel: str
    status: str
    organisation_id: str
    district: str | None
    rural_district: str | None
    submitted_at: datetime
    forward_due: datetime | None
    forwarded_at: datetime | None
    result_due: datetime | None
    collect_by: datetime | None


class ApplicationPage(LocalTimes):
    items: list[ApplicationSummary]
    limit: int
    offset: int


class RecordedEvent(LocalTimes):
    """An event of the application as the log holds it, for auditors."""

    event_id: UUID
    stream_version: int
    event_type: str
    schema_version: int
    occurred_at: datetime
    recorded_at: datetime | None
    producer: dict[str, Any]
    actor: dict[str, Any]
    correlation_id: UUID
    causation_id: UUID | None
    payload: dict[str, Any]


# --- what callers read: an application and its receipts -----------------------------------

class _View(LocalTimes):
    model_config = ConfigDict(frozen=True)


# What the State Corporation in Talgar hands out for a reg. 1 package (an invented applicant)
_GFC: dict[str, Any] = {
    "organisation_id": "gfc-talgar", "kind": "state_corporation", "district": "talgar",
    "rural_district": None}
_APPLICATION: dict[str, Any] = {
    "kind": "application", "title": "Application in the form set by the Standard.",
    "originals": 1, "copies": 0, "pages": None}
_IDENTITY: dict[str, Any] = {"id": "identity_document",
             "title": "Document proving the applicant's identity (or the applicant's authority)."}
_RECEIPT: dict[str, Any] = {
    "kind": "receipt", "receipt_number": "gfc-talgar-2026-000142",
    "application_id": "0b8a3c1e-2f6d-4a57-9e1b-7c2d5f4a6b10", "regulation_id": 1,
    "sub_service": "first_registration", "channel": "state_corporation",
    "catalogue_version": "r547_2019_12_03", "issued_at": "2026-03-02T10:05:00+05:00",
    "issued_by": _GFC, "operator": {"person_id": "gfc-talgar-operator", "role": "operator"},
    "district": "talgar", "rural_district": None,
    "applicant": {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
                  "middle_name": "Bolatuly", "phone": "+77015550142", "email": None},
    "representative": None,
    "documents": [_APPLICATION, {"kind": _IDENTITY["id"], "title": _IDENTITY["title"],
                                 "originals": 1, "copies": 1, "pages": 2}],
    "missing_documents": [], "reasons": [], "standard_paragraph": None, "receipt_annex": None,
    "forward_due": "2026-03-02T13:05:00+05:00", "result_due": "2026-04-09T18:00:00+05:00",
}
_REFUSAL: dict[str, Any] = {
    **_RECEIPT, "kind": "refusal", "receipt_number": "gfc-talgar-2026-000143",
    "application_id": "5e2f7a90-1c3b-4d8e-a6f4-93b0c7d1e258",
    "issued_at": "2026-03-02T10:25:00+05:00", "documents": [_APPLICATION],
    "missing_documents": [_IDENTITY],
    "reasons": [{"id": "incomplete_package",
                 "title": "The document package is incomplete against the Standard's list."}],
    "standard_paragraph": 10, "receipt_annex": 3, "forward_due": None, "result_due": None,
}
_ACCEPTED: dict[str, Any] = {
    "application_id": _RECEIPT["application_id"], "status": "accepted", "version": 1,
    "regulation_id": 1, "sub_service": "first_registration", "channel": "state_corporation",
    "organisation_id": "gfc-talgar", "district": "talgar", "rural_district": None,
    "receipt": _RECEIPT,
    "facts": {"periods": [{"zone": "extreme", "from_year": 1958, "to_year": 1963,
                           "place": "Semey", "kind": "residence"},
                          {"zone": "maximum", "from_year": 1964, "to_year": 1971,
                           "place": "Abai district, Karaul", "kind": "work"}],
              "payout": {"kind": "bank_account", "iban": "KZ86125KZT5004100100",
                         "institution": None}},
    "forwarded_at": None, "forward_overdue": None, "provider": None, "result": None,
    "documents": [], "registered_elsewhere": None,
    "next_actions": [{
        "action": "forward", "title": "Forward the package to its provider", "method": "POST",
        "href": "/v1/applications/0b8a3c1e-2f6d-4a57-9e1b-7c2d5f4a6b10/forward",
        "provider": {"organisation_id": "dd-talgar", "kind": "district_department",
                     "district": "talgar", "rural_district": None},
        "providers": [{"organisation_id": "dd-talgar", "kind": "district_department",
                       "district": "talgar", "rural_district": None}],
        "recipients": []}],
}
_FORWARDED: dict[str, Any] = {
    **_ACCEPTED, "status": "forwarded", "version": 2,
    "forwarded_at": "2026-03-02T11:40:00+05:00", "forward_overdue": False,
    "provider": {"organisation_id": "dd-talgar", "kind": "district_department",
                 "district": "talgar", "rural_district": None},
    "next_actions": [],
}


class ReceiptView(_View):
    """A receipt (`kind="receipt"`) or a refusal receipt (`kind="refusal"`), as handed out."""

    model_config = ConfigDict(json_schema_extra={"examples": [_RECEIPT, _REFUSAL]})

    kind: Literal["receipt", "refusal"]
    receipt_number: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    channel: str
    catalogue_version: str
    issued_at: datetime
    issued_by: OrganisationRef
    operator: Actor
    district: str | None
    rural_district: str | None
    applicant: Applicant
    representative: Representative | None
    documents: list[DocumentPresented]
    missing_documents: list[ListedItem] = Field(default_factory=list)
    reasons: list[ListedItem] = Field(default_factory=list)
    standard_paragraph: int | None = None
    receipt_annex: int | None = None
    forward_due: datetime | None = None
    result_due: datetime | None = None
    act: ActInForce | None = Field(default=None, description=(
        "the act the application runs under; after resolution No. 81's repeal it names the "
        "deployment setting that keeps it running"))
    provisional_calendar: list[int] = Field(default_factory=list, description=(
        "years of these due times whose working-time calendar is not yet official"))
    notice: str | None = Field(default=None, description="what the applicant must know of "
                               "the decision, e.g. that the person is registered elsewhere")


class ResultView(_View):
    outcome: str
    decision_reference: str
    provider: OrganisationRef
    issued_at: datetime
    received_at: datetime
    collect_by: datetime
    handed_over_at: datetime | None = None
    handed_over_by: Actor | None = None
    recipient: str | None = None
    returned_at: datetime | None = None
    awaits_document: bool = Field(default=False, description="the result is handed over with "
                                  "the document the registry issues (reg. 1's certificate)")
    notice: str | None = None


class DocumentOut(_View):
    """A document the registry issued on the application's decision."""

    document_id: str
    kind: str
    number: str
    issued_at: datetime


class RegisteredElsewhereOut(_View):
    """The person is already in the register through another case: no certificate and no
    payment follow from this application."""

    case_id: str = Field(description="the case the person is registered through")
    district: str | None


class ApplicationAction(_View):
    """Something the caller may do with the application now, and what it needs."""

    action: Literal["forward", "hand_over"]
    title: str
    method: Literal["POST"] = "POST"
    href: str
    provider: OrganisationRef | None = Field(
        default=None, description="forward: the provider the package goes to when the body "
        "names none")
    providers: list[OrganisationRef] = Field(
        default_factory=list, description="forward: every provider that may take the package")
    recipients: list[Literal["applicant", "representative"]] = Field(
        default_factory=list, description="hand_over: who may receive the result")


class ApplicationView(_View):
    model_config = ConfigDict(json_schema_extra={"examples": [_ACCEPTED, _FORWARDED]})

    application_id: str
    status: Literal["accepted", "refused", "forwarded", "result_received", "handed_over",
                    "returned_to_provider"]
    version: int
    regulation_id: int
    sub_service: str | None
    channel: str
    organisation_id: str
    district: str | None
    rural_district: str | None
    receipt: ReceiptView
    facts: dict[str, Any] = Field(default_factory=dict,
                                  description="as entered, in the shape of the regulation's "
                                  "facts model (see the submission of its regulation)")
    forwarded_at: datetime | None = None
    forward_overdue: bool | None = None
    provider: OrganisationRef | None = None
    result: ResultView | None = None
    documents: list[DocumentOut] = Field(default_factory=list,
                                         description="issued by the registry on the decision")
    registered_elsewhere: RegisteredElsewhereOut | None = None
    next_actions: list[ApplicationAction] = Field(
        default_factory=list, description="what the caller may do now (empty: nothing)")
