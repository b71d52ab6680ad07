"""Request and response bodies of the workflow API (separate from events and tables)."""

import re
import unicodedata
from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import (
    AfterValidator,
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
from contracts.facts import Facts, applicant_shape, facts_example, shapes
from contracts.people import ApplicantIn
from contracts.text import PARAGRAPH, Paragraph, TextLine
from contracts.timestamps import LocalTimes


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


# A reg. 1 case of the Talgar district department (an invented applicant); the periods are the
# shape both the accepted facts and the recognition decision take.
_PERIODS: list[JsonValue] = [{"zone": "extreme", "from_year": 1958, "to_year": 1963,
                              "place": "Semey", "kind": "residence"}]
_APPLICANT: dict[str, Any] = {"iin": "580314300214", "last_name": "Tokhtarov",
                              "first_name": "Serik", "middle_name": "Bolatuly",
                              "phone": "+77015550142"}


class _Accepted(_In):
    """What every package accepted in person says besides its regulation and facts."""

    applicant: ApplicantIn


def _sub_service_field(regulation_id: int, named: list[str]) -> Any:
    """Required, but for the shape of the regulation's first (main) sub-service: left out, the
    case takes that one."""
    if not named:
        return Field(default=None, description="this regulation has no sub-services")
    main = load_catalogue().versions[-1].regulation(regulation_id).sub_services[0].id
    if main in named:
        return Field(default=main, description="the regulation's sub-service; left out, its "
                     f"first ({main})")
    return Field(description="the regulation's sub-service")


def _sub_service_type(regulation_id: int, named: list[str]) -> Any:
    """The shape's sub-services; the main one's shape also takes null (the main one)."""
    if not named:
        return None
    main = load_catalogue().versions[-1].regulation(regulation_id).sub_services[0].id
    return Literal[tuple(named)] | None if main in named else Literal[tuple(named)]


def _accepted(regulation_id: int, subs: tuple[str | None, ...],
              facts: type[Facts]) -> type[_Accepted]:
    """The shape of one regulation (and its sub-services that take the same facts)."""
    named = [sub for sub in subs if sub is not None]
    words = named[0].replace("_", " ") if len(named) == 1 else ""
    example: dict[str, Any] = {
        "regulation_id": regulation_id, **({"sub_service": named[0]} if named else {}),
        "applicant": _APPLICANT, "facts": facts_example(regulation_id, subs[0])}
    required = any(f.is_required() for f in facts.model_fields.values())
    namespace = {
        "__annotations__": {"regulation_id": Literal[regulation_id],
                            "sub_service": _sub_service_type(regulation_id, named),
                            "applicant": applicant_shape(regulation_id), "facts": facts},
        "model_config": ConfigDict(
            title=" ".join(filter(None, (f"Reg. {regulation_id}", words, "accepted in person"))),
            json_schema_extra={"examples": [example]}),
        "__module__": __name__,
        "sub_service": _sub_service_field(regulation_id, named),
        "facts": Field(title=facts.model_config.get("title")) if required else Field(
            default_factory=facts, title=facts.model_config.get("title")),
    }
    name = f"AcceptReg{regulation_id}" + "".join(p.title() for p in words.split())
    return type(name, (_Accepted,), namespace)


ACCEPTED = tuple(_accepted(*shape) for shape in shapes())


class AcceptInPerson(_In):
    """An application accepted at the provider's own office (no front office in between). The
    document shows one shape per regulation and sub-service (`ACCEPTED`), each with its typed
    `facts`; the route reads the regulation and checks the facts against that model, naming the
    wrong field as `facts.<path>`."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"regulation_id": 1, "sub_service": "first_registration",
         "applicant": {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
                       "middle_name": "Bolatuly", "phone": "+77015550142"},
         "facts": {"periods": _PERIODS}},
    ]})

    regulation_id: StrictInt = Field(ge=1, le=18)
    sub_service: str | None = Field(default=None, max_length=64)
    applicant: ApplicantIn
    facts: JsonObject = Field(default_factory=dict)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        # a union built from the table: `X | Y` cannot spell a tuple of classes
        union = handler(TypeAdapter(Union[ACCEPTED]).core_schema)  # type: ignore[arg-type]  # noqa: UP007
        shown = cls.model_config.get("json_schema_extra") or {}
        return {"oneOf": union["anyOf"], "title": "AcceptInPerson", "description": cls.__doc__,
                "examples": shown.get("examples", [])}  # type: ignore[union-attr]


class RegisterIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"registration_number": "20260302-7c1e4b2a"},
        {},
    ]})

    registration_number: TextLine | None = Field(default=None, min_length=1, max_length=64)


class ExecutorIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [{"person_id": "dd-talgar-executor"}]})

    person_id: str = Field(min_length=1, max_length=64)


class ReassignIn(ExecutorIn):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"person_id": "dd-talgar-executor-2",
         "reason": "the first executor is on leave until April"},
    ]})

    reason: TextLine = Field(min_length=1, max_length=500)


class InformationRequestIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"addressed_to": "State Archive of Abai region, Semey",
         "subject": "confirm the applicant's residence in Semey in 1958-1963"},
    ]})

    addressed_to: TextLine = Field(min_length=1, max_length=200)
    subject: Paragraph = Field(min_length=1, max_length=1000)


class ExtensionIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"extension_id": "extra_checks",
         "reason": "the archive has not yet answered the residence request"},
    ]})

    extension_id: str = Field(min_length=1, max_length=64)
    reason: Paragraph = Field(min_length=1, max_length=1000)


class NoticeIn(_In):
    # reg. 4's extension for requests to other bodies is the one that owes the applicant a notice
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"extension_id": "requests_to_bodies", "form": "written notification"},
    ]})

    extension_id: str = Field(min_length=1, max_length=64)
    form: TextLine = Field(default="written notification", min_length=1, max_length=100)


class ReturnIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"comment": "attach the archive answer before signing"},
    ]})

    comment: Paragraph = Field(min_length=1, max_length=2000)


class SignIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"decision_reference": "D-2026-3f9a1c07b2",
         "signature": "ed25519:dd-talgar.dd-talgar-head.dev:"
                      "p1Xq2bG7u3HnC6tq0bM1pV9rQ8wE4yT5uI6oP7aS8dF9gH0jK1lZ2xC3vB4nM5qW6eR7tY8uI9oP0aS1dF2gHw"},
        {"signature": "ed25519:dd-talgar.dd-talgar-head.dev:"
                      "p1Xq2bG7u3HnC6tq0bM1pV9rQ8wE4yT5uI6oP7aS8dF9gH0jK1lZ2xC3vB4nM5qW6eR7tY8uI9oP0aS1dF2gHw"},
    ]})

    decision_reference: str | None = Field(default=None, min_length=1, max_length=64)
    signature: str = Field(
        min_length=1, max_length=512, pattern=r"^ed25519:[A-Za-z0-9._-]{1,128}:[A-Za-z0-9_-]+$",
        description="the head's own signature of GET /v1/cases/{case_id}/draft/document:"
                    " ed25519:<key id>:<the signature, base64url>")


def _empty_or_paragraph(value: str) -> str:
    if value and not re.fullmatch(PARAGRAPH, value):
        raise ValueError("must be empty or visible text, lines separated by LF: no other "
                         "control, invisible or bidi-override character")
    return unicodedata.normalize("NFC", value)


class IssueIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"summary": "decision and certificate sent to the State Corporation in Talgar"},
    ]})

    summary: Annotated[str, AfterValidator(_empty_or_paragraph)] = Field(
        default="", max_length=2000, json_schema_extra={"pattern": f"^$|{PARAGRAPH}"},
        description="what was issued, or nothing")


class FeeIn(_In):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"reference": "payment order 3187 of 2026-03-16"},
    ]})

    reference: TextLine = Field(min_length=1, max_length=64)


Phase = Literal["in_progress", "decided", "issued"]


class StepOut(LocalTimes):
    step_id: str
    instance: int
    role: str
    holder_kind: str
    district: str | None
    rural_district: str | None
    person_id: str | None
    started_at: datetime
    due_at: datetime | None
    overdue: bool = False


class ExtensionOption(LocalTimes):
    extension_id: str
    reason: str
    adds: str = Field(description="the term it gives, e.g. '1 months'")
    remaining: int = Field(description="how many more times it may be used")


class CaseAction(LocalTimes):
    """Something the caller may do with the case at this step, with the ids it needs."""

    action: Literal["register", "assign", "reassign", "request_information", "extend",
                    "notify", "draft", "send", "return", "sign", "issue", "fee"]
    title: str
    method: Literal["POST"] = "POST"
    href: str
    step_id: str
    next_role: str | None = Field(default=None, description="who holds the step this action "
                                  "leads to")
    extensions: list[ExtensionOption] = Field(default_factory=list,
                                              description="extend: the extensions open now")
    notices: list[str] = Field(default_factory=list,
                               description="notify: the extensions whose notice is owed")
    outcomes: list[Literal["approved", "refused"]] = Field(
        default_factory=list, description="draft: the outcomes the regulation allows")
    payload_model: str | None = Field(default=None, description="draft: the decision model "
                                      "of the case's regulation and sub-service")
    payload_from_facts: dict[str, Any] | None = Field(
        default=None, description="draft: what the application's facts already decide; an "
        "approval without a payload starts from it")
    payload_example: dict[str, Any] | None = None


class CaseStatus(LocalTimes):
    """What a command answers: where the case is now and its new version (also the ETag)."""

    # a reg. 1 case just opened at the clerk's desk, and the same case once the head assigned it
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"case_id": "7c1e4b2a-5d3f-4e8a-9b61-2f0c8d4e6a13", "version": 2, "status": "open",
         "current_step": {"step_id": "register", "instance": 1, "role": "office_clerk",
                          "holder_kind": "district_department", "district": "talgar",
                          "rural_district": None, "person_id": None,
                          "started_at": "2026-03-02T10:05:00+05:00",
                          "due_at": "2026-03-02T10:35:00+05:00", "overdue": False},
         "case_due": "2026-04-03T15:00:00+05:00", "outcome": None,
         "appended": ["workflow.CaseOpened", "workflow.StepStarted"]},
        {"case_id": "7c1e4b2a-5d3f-4e8a-9b61-2f0c8d4e6a13", "version": 6, "status": "open",
         "current_step": {"step_id": "decide", "instance": 3, "role": "responsible_executor",
                          "holder_kind": "district_department", "district": "talgar",
                          "rural_district": None, "person_id": "dd-talgar-executor",
                          "started_at": "2026-03-02T11:05:00+05:00",
                          "due_at": "2026-04-02T18:30:00+05:00", "overdue": False},
         "case_due": "2026-04-03T15:00:00+05:00", "outcome": None,
         "appended": ["workflow.ExecutorAssigned", "workflow.StepStarted"]},
    ]})

    case_id: str
    version: int
    status: Literal["open", "closed"]
    current_step: StepOut | None
    case_due: datetime | None
    outcome: str | None = None
    appended: list[str] = Field(default_factory=list, description="event types appended")
    next_actions: list[CaseAction] = Field(default_factory=list,
                                           description="what the caller may do now")


class HistoryItem(LocalTimes):
    stream_version: int
    event_type: str
    occurred_at: datetime
    producer: dict[str, Any]
    actor: dict[str, Any]
    payload: dict[str, Any]


class NoticeOut(LocalTimes):
    """An applicant notice an extension owes (reg. 4: within 2 working days of extending)."""

    extension_id: str
    due_at: datetime
    notified_at: datetime | None
    overdue: bool = Field(description="not sent by its due time (sent late still shows it)")


class CaseDetail(LocalTimes):
    case_id: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    route_id: str
    catalogue_version: str
    channel: str
    origin: str
    provider_id: str
    provider_kind: str
    district: str | None
    rural_district: str | None
    applicant: dict[str, Any]
    status: str
    phase: Phase
    outcome: str | None
    decision_reference: str | None
    registration_number: str | None
    executor: str | None
    opened_at: datetime
    case_due: datetime | None
    closed_at: datetime | None
    version: int
    current_step: StepOut | None
    notices: list[NoticeOut] = Field(default_factory=list)
    history: list[HistoryItem]
    facts: dict[str, Any] = Field(default_factory=dict, description="as the front office "
                                  "entered them (the regulation's facts model)")
    next_actions: list[CaseAction] = Field(default_factory=list,
                                           description="what the caller may do now")
    act: ActInForce | None = Field(default=None, description=(
        "the act the case runs under, as its opening recorded it; after resolution No. 81's "
        "repeal it names the deployment setting that keeps it running"))

    @model_validator(mode="before")
    @classmethod
    def _act_from_the_opening(cls, data: Any) -> Any:
        # the act is what CaseOpened recorded: read from the case's own history, never re-decided
        if isinstance(data, dict) and data.get("act") is None:
            opened = next((h for h in data.get("history", ())
                           if _field(h, "event_type") == "workflow.CaseOpened"), None)
            if opened is not None:
                data = {**data, "act": (_field(opened, "payload") or {}).get("act")}
        return data


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


class CaseSummary(LocalTimes):
    """One case of the case list: where it stands, who holds it, when it is due."""

    case_id: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    provider_id: str
    provider_kind: str
    district: str | None
    rural_district: str | None
    registration_number: str | None
    executor: str | None
    applicant_last_name: str | None
    status: Literal["open", "closed"]
    phase: Phase = Field(description="in_progress; decided: signed, waiting to be issued; issued")
    outcome: str | None
    decision_reference: str | None
    current_step: str | None
    current_due: datetime | None
    overdue: bool = Field(description="the waiting step, an applicant notice or the case is "
                          "past its due time")
    notice_overdue: bool = Field(default=False, description="an applicant notice an extension "
                                 "owes was not sent by its due time")
    case_due: datetime | None
    opened_at: datetime
    closed_at: datetime | None
    version: int


class CasePage(LocalTimes):
    """A page of the case list; `total` counts every case the filters match."""

    # Talgar district department: a reg. 1 case late at its decision and a reg. 2 case signed
    # and waiting to be handed over; page 1 of 3 cases
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "items": [
            {"case_id": "7c1e4b2a-5d3f-4e8a-9b61-2f0c8d4e6a13",
             "application_id": "0f3c2d9e-1b4a-4c8e-a7f6-5d2b9e0c1a47", "regulation_id": 1,
             "sub_service": "first_registration", "provider_id": "dd-talgar",
             "provider_kind": "district_department", "district": "talgar",
             "rural_district": None, "registration_number": "20260302-7c1e4b2a",
             "executor": "dd-talgar-executor", "applicant_last_name": "Tokhtarov",
             "status": "open", "phase": "in_progress", "outcome": None,
             "decision_reference": None, "current_step": "decide",
             "current_due": "2026-04-02T18:30:00+05:00", "overdue": True,
             "notice_overdue": False,
             "case_due": "2026-04-03T15:00:00+05:00", "opened_at": "2026-03-02T10:05:00+05:00",
             "closed_at": None, "version": 6},
            {"case_id": "b41d7e02-9c3a-4f15-8e6d-3a0f2c7b9d58",
             "application_id": "b41d7e02-9c3a-4f15-8e6d-3a0f2c7b9d58", "regulation_id": 2,
             "sub_service": None, "provider_id": "dd-talgar",
             "provider_kind": "district_department", "district": "talgar",
             "rural_district": None, "registration_number": "20260310-b41d7e02",
             "executor": "dd-talgar-executor", "applicant_last_name": "Nurlanova",
             "status": "open", "phase": "decided", "outcome": "approved",
             "decision_reference": "D-2026-3f9a1c07b2", "current_step": "issue_result",
             "current_due": "2026-04-10T18:30:00+05:00", "overdue": False,
             "notice_overdue": False,
             "case_due": "2026-04-10T18:30:00+05:00", "opened_at": "2026-03-10T09:40:00+05:00",
             "closed_at": None, "version": 9},
        ],
        "total": 3, "limit": 2, "offset": 0, "next_offset": 2,
    }]})

    items: list[CaseSummary]
    total: int
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


class InboxItem(LocalTimes):
    case_id: str
    regulation_id: int
    step_id: str
    instance: int
    role: str
    holder_kind: str
    district: str | None
    rural_district: str | None
    person_id: str | None
    started_at: datetime
    due_at: datetime | None
    overdue: bool = Field(description="the step, or an applicant notice, is past its due time")
    notice_overdue: bool = Field(default=False, description="an applicant notice an extension "
                                 "owes was not sent by its due time")
    case_due: datetime | None
    applicant_last_name: str | None


class SlaRow(LocalTimes):
    district: str | None
    regulation_id: int
    on_time: int
    late: int
    open: int
    open_overdue: int
    median_working_days: float | None
    p90_working_days: float | None
