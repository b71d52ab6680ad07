"""The OpenAPI of every service, as a front-office integrator reads it at /docs: each request body
shows an example the route accepts as it is, the main answers show what comes back, and every
operation documents its problem answers.

The examples are read from the generated document (what the integrator copies) and validated with
the pydantic model behind the route; where a service checks more than its model (intake's facts
and checklist, the workflow's decision payload, IBANs, payment days), the examples go through
that code too.
"""

import importlib
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import reduce
from types import UnionType
from typing import Any, Union, get_args, get_origin
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel

from contracts.catalogue import catalogue_for
from contracts.directory import load_directory
from contracts.identity import OrganisationKind, Role
from contracts.iin import parse_bin, parse_iin
from contracts.intake_events import ApplicationAccepted, ApplicationForwarded
from contracts.people import Applicant, LegalEntityIn, OrganisationRef, PersonIn
from eventkit.identity import Principal
from eventkit.problems import MEDIA_TYPE
from services.intake.api import submission_command
from services.intake.commanding import providers_for, rules_for
from services.intake.domain import ForwardApplication, decide, evolve, initial_state
from services.intake.schemas import SUBMISSIONS, SubmitRequest
from services.payments.domain import schedule
from services.payments.domain.payout_routes import checked
from services.payments.schemas import DetailsIn, ReleaseIn
from services.workflow import domain as d
from services.workflow import schemas as s
from services.workflow.drafts import Refusal, approval_shapes

SERVICES = ("intake", "workflow", "registry", "payments")
ALMATY = ZoneInfo("Asia/Almaty")
NOW = datetime(2026, 3, 2, 10, 5, tzinfo=ALMATY)  # a Monday morning
DIRECTORY = load_directory()
# The answers a front office reads most: each must show an example.
MAIN_ANSWERS = {
    "intake": {"ApplicationView", "ReceiptView"},
    "workflow": {"CaseStatus"},
    "registry": {"DocumentView", "IssuedView", "RegisterEntryView"},
    "payments": {"PaymentOut", "EnvelopeOut"},
}


@pytest.fixture(scope="module")
def apps() -> dict[str, FastAPI]:
    with pytest.MonkeyPatch.context() as patch:
        # settings come from the environment; building the app and its OpenAPI does no I/O
        patch.setenv("DATABASE_URL", "postgresql://u@h/db")
        patch.setenv("KAFKA_BOOTSTRAP_SERVERS", "x:1")
        return {name: importlib.import_module(f"services.{name}.app").create_app()
                for name in SERVICES}


def operations(app: FastAPI) -> Iterator[tuple[str, str, Any, dict[str, Any]]]:
    """(method, path, route, OpenAPI operation) for every documented route."""
    spec = app.openapi()
    for route in iter_route_contexts(app.routes):
        if not isinstance(route.original_route, APIRoute) or not route.include_in_schema:
            continue
        for method in sorted(route.methods):
            yield method, route.path_format, route, spec["paths"][route.path_format][method.lower()]


def model_of(annotation: Any) -> type[BaseModel]:
    """The pydantic model of a body or answer (`Model`, `Model | None`, `list[Model]`)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, UnionType, list):
        [model] = [model_of(a) for a in get_args(annotation) if a is not type(None)]
        return model
    raise AssertionError(f"not a pydantic model: {annotation!r}")


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def schema_examples(spec: dict[str, Any], schema: dict[str, Any]) -> list[Any]:
    schema = resolve(spec, schema)
    found = list(schema.get("examples", []))
    for option in [*schema.get("anyOf", []), *schema.get("oneOf", [])]:
        found += schema_examples(spec, option)
    return found


def body_examples(spec: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """Every example the document shows for the JSON request body, wherever it is put."""
    media = operation["requestBody"]["content"]["application/json"]
    found = [named["value"] for named in media.get("examples", {}).values()]
    if "example" in media:
        found.append(media["example"])
    return found + schema_examples(spec, media.get("schema", {}))


def examples(model: type[BaseModel]) -> list[dict[str, Any]]:
    return model.model_json_schema()["examples"]


def sent(model: type[BaseModel], example: Any) -> Any:
    """The example as the route parses it: from JSON, as the request would arrive."""
    return model.model_validate_json(json.dumps(example))


def first(model: type[BaseModel]) -> Any:
    return sent(model, examples(model)[0])


# --- what every service documents ------------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES)
def test_every_request_body_shows_an_example_its_model_accepts(apps, service):
    app = apps[service]
    spec, checked, missing = app.openapi(), 0, []
    for method, path, route, operation in operations(app):
        if "requestBody" not in operation:
            continue
        found = body_examples(spec, operation)
        if not found:
            missing.append(f"{method} {path}")
        for example in found:
            # as the route parses it (a model, or a union read by its tags), from JSON
            _, errors = route.body_field.validate(json.loads(json.dumps(example)), loc=("body",))
            assert errors == [], f"{method} {path}: {example}"
            checked += 1
    assert missing == []
    assert checked > 0


@pytest.mark.parametrize("service", SERVICES)
def test_main_answers_show_examples_that_fit_their_model(apps, service):
    app = apps[service]
    shown: set[str] = set()
    for _, _, route, _ in operations(app):
        if route.response_model is None:
            continue
        model = model_of(route.response_model)
        for example in model.model_json_schema().get("examples", []):
            sent(model, example)
            shown.add(model.__name__)
    assert MAIN_ANSWERS[service] <= shown


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_documents_a_problem_answer(apps, service):
    undocumented = [
        f"{method} {path}" for method, path, _, operation in operations(apps[service])
        # the health probe and the published key set take no input and need no token
        if path not in ("/health", "/v1/keys") and not any(
            code.startswith("4") and MEDIA_TYPE in answer.get("content", {})
            for code, answer in operation["responses"].items())
    ]
    assert undocumented == []


def test_applicant_examples_are_a_person_with_a_valid_iin_and_a_legal_entity_with_its_bin():
    assert parse_iin(first(PersonIn).iin).birth_date.year == 1958
    assert parse_bin(first(LegalEntityIn).iin).entity == "resident_legal_entity"


# --- intake: the examples get a receipt, not a refusal receipt --------------------------------


@pytest.mark.parametrize("variant", SUBMISSIONS, ids=lambda v: v.__name__)
def test_intake_submit_examples_get_a_receipt_and_are_forwarded_to_the_provider(variant):
    """Each regulation's example, sent by an organisation the directory says accepts it, gets a
    receipt and goes to the provider the directory gives by default."""
    [example] = examples(variant)
    body = sent(SubmitRequest, example)
    regulation = catalogue_for(NOW.date()).regulation(body.regulation_id)
    office = next(o for o in DIRECTORY.acceptors(regulation, "talgar")
                  if o.kind is not OrganisationKind.PORTAL)
    role = Role.OPERATOR if office.kind is OrganisationKind.STATE_CORPORATION else (
        Role.OFFICE_CLERK)
    caller = Principal(organisation_id=office.organisation_id, kind=office.kind,
                       district=office.district, rural_district=office.rural_district,
                       role=role, person_id=f"{office.organisation_id}-person")
    command = submission_command(caller, body, NOW, "00000000-0000-4000-8000-000000000001",
                                 f"{office.organisation_id}-2026-000001")
    [receipt] = decide(initial_state, command)
    assert isinstance(receipt, ApplicationAccepted), receipt
    rules = rules_for(receipt.regulation_id, receipt.catalogue_version)
    [provider, *_] = providers_for(DIRECTORY, receipt)
    state = evolve(initial_state, receipt)
    [forwarded] = decide(state, ForwardApplication(NOW + timedelta(hours=1), rules, provider))
    assert isinstance(forwarded, ApplicationForwarded)


def test_there_is_a_submission_for_every_regulation():
    assert {v.model_fields["regulation_id"].annotation.__args__[0] for v in SUBMISSIONS} == set(
        range(1, 19))


# --- workflow: the examples, sent in order, walk a reg. 1 case to its issued result -----------


def test_workflow_examples_walk_a_case_opened_in_person_to_its_issued_result():
    def staff(person: str, role: Role) -> d.Caller:
        return d.Caller(person, role, OrganisationKind.DISTRICT_DEPARTMENT, "dd-talgar", "talgar")

    engine = d.Engine(d.Catalogues.packaged())
    clerk, head = staff("dd-talgar-clerk", Role.OFFICE_CLERK), staff("dd-talgar-head", Role.HEAD)
    accept, assign, reassign = first(s.AcceptInPerson), first(s.ExecutorIn), first(s.ReassignIn)
    executor = staff(reassign.person_id, Role.RESPONSIBLE_EXECUTOR)
    asked, extension = first(s.InformationRequestIn), first(s.ExtensionIn)
    approve, refuse = first(approval_shapes()[0]), first(Refusal)
    comment, issue = first(s.ReturnIn), first(s.IssueIn)
    numbered, signed = first(s.RegisterIn), first(s.SignIn)
    payload = approve.payload.model_dump(mode="json", exclude_unset=True)
    assert (approve.regulation_id, approve.sub_service) == (accept.regulation_id,
                                                            accept.sub_service)
    version = engine.catalogues.version_for(NOW.date())
    provider = OrganisationRef(organisation_id="dd-talgar",
                               kind=OrganisationKind.DISTRICT_DEPARTMENT, district="talgar")
    case_id = "7c1e4b2a-5d3f-4e8a-9b61-2f0c8d4e6a13"
    minutes = iter(range(10, 10_000, 10))

    def at() -> datetime:
        return NOW + timedelta(minutes=next(minutes))

    commands = [
        d.OpenCase(case_id=case_id, application_id=case_id, regulation_id=accept.regulation_id,
                   sub_service=accept.sub_service, channel="provider_office",
                   catalogue_version=version, provider=provider,
                   applicant=Applicant(**accept.applicant.model_dump()), origin="in_person",
                   now=NOW, facts=accept.facts),
        d.Register(clerk, numbered.registration_number, at()),
        d.AssignExecutor(head, assign.person_id, at()),
        d.ReassignExecutor(head, reassign.person_id, reassign.reason, at()),
        d.RequestInformation(executor, "request-1", asked.addressed_to, asked.subject, at()),
        d.ExtendTerm(executor, extension.extension_id, extension.reason, at()),
        d.DraftDecision(executor, approve.outcome, tuple(approve.reasons), payload, at()),
        d.ReturnDraft(head, comment.comment, at()),
        d.DraftDecision(executor, approve.outcome, tuple(approve.reasons), payload, at()),
        d.SignDecision(head, signed.decision_reference, at(), head_signature=signed.signature),
        d.IssueResult(executor, at(), issue.summary),
    ]
    def run(sent_commands: list[Any]) -> d.State:
        return reduce(lambda state, command: reduce(d.evolve, engine.decide(state, command),
                                                    state), sent_commands, d.initial_state)

    closed = run(commands)
    assert isinstance(closed, d.Closed) and closed.outcome == "approved"
    # the refusal example, drafted at the same step instead, is a refusal the regulation allows
    refused = d.DraftDecision(executor, refuse.outcome, tuple(refuse.reasons), {}, at())
    [drafted, *_] = engine.decide(run(commands[:6]), refused)
    assert drafted.outcome == "refused"


def test_workflow_notice_example_names_an_extension_that_owes_the_applicant_a_notice():
    catalogues = d.Catalogues.packaged()
    version = catalogues.version_for(NOW.date())
    noticed = {e.id for n in range(1, 19) for e in catalogues.regulation(version, n).extensions
               if e.notice is not None}
    assert first(s.NoticeIn).extension_id in noticed


# --- payments: IBANs and payment days as the routes check them --------------------------------


def test_payment_details_examples_have_valid_ibans():
    for example in examples(DetailsIn):
        route = sent(DetailsIn, example).route
        assert checked(route) == route  # already in compact form: stored as sent


def test_envelope_release_example_is_a_payment_day():
    for example in examples(ReleaseIn):
        assert schedule.is_payment_day(sent(ReleaseIn, example).schedule_date)
