"""An integrator walks every regulation from the OpenAPI documents alone: each submission shape
intake's document shows is sent as its example, forwarded where the answer's next action says,
registered, assigned, decided (the workflow document's approval example for that regulation and
sub-service), signed and issued as the case's next actions lead, its document issued where the
registry was asked for one, and handed over at the front office.

Nothing here reads the catalogue: who accepts a regulation and who provides it come from the
organisation directory (`GET /v1/organisations`), what to do next and who does it from the
answers' `next_actions` and `current_step`, the bodies from the documents' examples, the headers
from the operations' parameters. The four services run in process on databases of their own;
what one appends reaches the others through their inboxes (`courier.py`).
"""

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from fastapi import FastAPI

from contracts.directory import load_directory
from contracts.identity import OrganisationKind, Role
from eventkit.clock import FrozenClock
from eventkit.identity import Principal, TokenIssuer
from eventkit.settings import ServiceSettings
from tests.support.keys import TEST_KEYS

from .courier import Courier
from .openapi import Document, constant, example_of, operation, tags, variants

pytestmark = pytest.mark.integration

NOW = datetime(2026, 3, 2, 10, 5, tzinfo=ZoneInfo("Asia/Almaty"))  # a Monday morning
DISTRICT = "talgar"
SERVICES = ("intake", "workflow", "registry")
# the office an integrator is, when several accept a regulation: a front office first
PREFERRED = [OrganisationKind.STATE_CORPORATION, OrganisationKind.DISTRICT_DEPARTMENT,
             OrganisationKind.EMPLOYMENT_CENTRE, OrganisationKind.RURAL_AKIM,
             OrganisationKind.OBLAST_DEPARTMENT]
DIRECTORY = load_directory()
# the staff of an office the directory lists no one for, named after the office
PEOPLE = {Role.OPERATOR: "operator", Role.OFFICE_CLERK: "clerk", Role.HEAD: "head",
          Role.RESPONSIBLE_EXECUTOR: "executor", Role.REGISTRY_OFFICER: "registry"}


def person_of(organisation_id: str, role: Role) -> str:
    """Who of an office acts in a role: the first on its roster in the deployment's directory
    (the people its identity provider issues tokens to), or one named after the office."""
    office = DIRECTORY.get(organisation_id)
    staff = [m.person_id for m in office.staff if m.role is role] if office else []
    return staff[0] if staff else f"{organisation_id}-{PEOPLE[role]}"


def build(service: str, database_url: str, public_key: str, clock: FrozenClock) -> FastAPI:
    env = {"DATABASE_URL": database_url, "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9",
           "JWT_PUBLIC_KEY": public_key, "LOG_JSON": True, "LOG_LEVEL": "CRITICAL",
           "RUN_BACKGROUND": False}
    match service:
        case "intake":
            from services.intake.app import IntakeSettings
            from services.intake.app import create_app as intake
            return intake(ServiceSettings(**env), IntakeSettings(INTAKE_SUBSCRIBE=True),
                          clock=clock)
        case "workflow":
            from services.workflow.app import create_app as workflow
            return workflow(ServiceSettings(**env), clock=clock)
        case "registry":
            from services.registry.app import create_app as registry
            from services.registry.settings import RegistrySettings
            return registry(RegistrySettings(**env), clock=clock)
    raise AssertionError(service)


@dataclass
class Integrator:
    """Calls the APIs as a given office's staff, with the headers each operation declares."""

    clients: dict[str, httpx.AsyncClient]
    documents: dict[str, Document]
    issuer: TokenIssuer
    clock: FrozenClock
    courier: Courier
    etags: dict[str, str] = field(default_factory=dict)
    directory: list[dict[str, Any]] = field(default_factory=list)

    def token(self, office: dict[str, Any], role: Role) -> str:
        person = person_of(office["organisation_id"], role)
        TEST_KEYS.ensure(office["organisation_id"])
        if role is Role.HEAD:
            TEST_KEYS.ensure(office["organisation_id"], person)
        return self.issuer.issue(Principal(
            organisation_id=office["organisation_id"], kind=office["kind"], role=role,
            district=office.get("district"), rural_district=office.get("rural_district"),
            person_id=person), timedelta(hours=2))

    async def call(self, service: str, method: str, path: str, token: str,
                   body: Any = None, params: dict[str, Any] | None = None,
                   expect: int | tuple[int, ...] = (200, 201)) -> httpx.Response:
        found = operation(self.documents[service], method, path)
        headers = {"Authorization": f"Bearer {token}"}
        if found.header("Idempotency-Key") is not None:
            headers["Idempotency-Key"] = uuid.uuid4().hex
        resource = "/".join(path.split("/")[:4])  # /v1/<collection>/<id>
        if found.header("If-Match") is not None and resource in self.etags:
            headers["If-Match"] = self.etags[resource]
        answer = await self.clients[service].request(
            method, path, headers=headers, params=params,
            json=body if body is not None or not found.body_required else {})
        expected = (expect,) if isinstance(expect, int) else expect
        assert answer.status_code in expected, f"{method} {path}: {answer.text}"
        return answer

    def remember(self, resource: str, answer: httpx.Response) -> None:
        if "ETag" in answer.headers:
            self.etags[resource] = answer.headers["ETag"]

    def office(self, kind: str, district: str | None, rural: str | None = None
               ) -> dict[str, Any]:
        found = [o for o in self.directory if o["kind"] == kind
                 and o.get("district") in (district, None)
                 and (rural is None or o.get("rural_district") == rural)]
        assert found, f"the directory has no {kind} for {district}/{rural}"
        return found[0]


@pytest.fixture
async def integrator(pg_server_uri: str, keypair: tuple[str, str]) -> AsyncIterator[Integrator]:
    from eventkit.db import ensure_database
    from qorgau import embedded

    clock = FrozenClock(NOW)
    apps: dict[str, FastAPI] = {}
    for service in SERVICES:
        name = f"c_{service[:2]}_{uuid.uuid4().hex[:10]}"
        await ensure_database(pg_server_uri, name)
        apps[service] = build(service, embedded.database_uri(pg_server_uri, name), keypair[1],
                              clock)
    contexts = [app.router.lifespan_context(app) for app in apps.values()]
    for context in contexts:
        await context.__aenter__()
    clients = {name: httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                       base_url=f"http://{name}") for name, app in apps.items()}
    try:
        documents = {name: (await client.get("/openapi.json")).json()
                     for name, client in clients.items()}
        yield Integrator(clients, documents, TokenIssuer(keypair[0], "qorgau", "qorgau"), clock,
                         Courier(apps))
    finally:
        for client in clients.values():
            await client.aclose()
        for context in reversed(contexts):
            await context.__aexit__(None, None, None)


def _submissions() -> list[tuple[int, str | None]]:
    """(regulation, sub-service) of every submission shape intake's document shows (building
    the document needs no database)."""
    from services.intake.app import IntakeSettings, create_app

    settings = ServiceSettings(DATABASE_URL="postgresql://nobody@nowhere/none",
                               KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:9")
    intake = create_app(settings, IntakeSettings()).openapi()
    shapes = variants(intake, intake["components"]["schemas"]["SubmitRequest"])
    return sorted({(constant(s, "regulation_id"), sub) for s in shapes
                   for sub in tags(s, "sub_service")}, key=lambda k: (k[0], k[1] or ""))


SUBMISSIONS = _submissions()


@pytest.mark.parametrize(("regulation_id", "sub_service"), SUBMISSIONS,
                         ids=[f"reg{r}-{s or 'one'}" for r, s in SUBMISSIONS])
async def test_a_regulation_walked_from_the_documents_alone(integrator: Integrator,
                                                            regulation_id: int,
                                                            sub_service: str | None) -> None:
    walk = integrator
    intake = walk.documents["intake"]

    # who accepts it here, from the directory
    anyone = walk.token({"organisation_id": "gfc-talgar", "kind": "state_corporation",
                         "district": DISTRICT}, Role.OPERATOR)
    listed = await walk.call("intake", "GET", "/v1/organisations", anyone,
                             params={"regulation_id": regulation_id, "district": DISTRICT})
    walk.directory = (await walk.call("intake", "GET", "/v1/organisations", anyone)).json()
    accepting = [o for o in listed.json() if o["kind"] in PREFERRED]
    assert accepting, f"nobody but the portal accepts regulation {regulation_id} here"
    office = min(accepting, key=lambda o: PREFERRED.index(OrganisationKind(o["kind"])))
    role = Role.OPERATOR if office["kind"] == "state_corporation" else Role.OFFICE_CLERK
    front = walk.token(office, role)

    # the submission shape of this regulation and sub-service, sent as its example
    shapes = variants(intake, intake["components"]["schemas"]["SubmitRequest"])
    [shape] = [s for s in shapes if constant(s, "regulation_id") == regulation_id
               and sub_service in tags(s, "sub_service")]
    body = dict(shape["examples"][0])
    if sub_service is not None:
        body["sub_service"] = sub_service
    if office.get("rural_district"):
        body["rural_district"] = office["rural_district"]
    submitted = await walk.call("intake", "POST", "/v1/applications", front, body, expect=201)
    application = submitted.json()
    application_id = application["application_id"]
    resource = f"/v1/applications/{application_id}"
    walk.remember(resource, submitted)
    assert application["status"] in ("accepted", "forwarded"), application
    assert application["receipt"]["result_due"] is not None

    # forward it where the next action says (no body: the default provider)
    for action in application["next_actions"]:
        if action["action"] == "forward":
            forwarded = await walk.call("intake", "POST", action["href"], front)
            walk.remember(resource, forwarded)
            application = forwarded.json()
    assert application["status"] == "forwarded", application
    provider = application["provider"]

    # the provider's case, walked as its current step and next actions lead
    await walk.courier.deliver()
    case = await _case_of(walk, provider, application_id)
    case_path = f"/v1/cases/{case['case_id']}"
    for _ in range(20):
        detail = await walk.call("workflow", "GET", case_path, walk.token(provider,
                                                                          Role.OFFICE_CLERK))
        walk.remember(case_path, detail)
        case = detail.json()
        if case["status"] == "closed":
            break
        step = case["current_step"]
        holder = walk.office(step["holder_kind"], step["district"], step["rural_district"])
        token = walk.token(holder, Role(step["role"]))
        read = await walk.call("workflow", "GET", case_path, token)
        offered = {a["action"]: a for a in read.json()["next_actions"]}
        action = next((offered[name] for name in ("register", "assign", "draft", "send", "sign",
                                                  "issue", "fee") if name in offered), None)
        assert action is not None, f"step {step['step_id']}: nothing offered: {offered}"
        walk.clock.advance(minutes=20)
        answer = await walk.call("workflow", "POST", action["href"], token,
                                 await _body(walk, action, case, holder, token))
        walk.remember(case_path, answer)
    else:
        raise AssertionError(f"case {case['case_id']} did not close: {case}")
    assert case["outcome"] == "approved", case

    # the document the decision ordered, issued by the registry
    await walk.courier.deliver()
    for authority in {provider["organisation_id"], walk.office("district_department",
                                                               DISTRICT)["organisation_id"]}:
        officer = walk.token(next(o for o in walk.directory
                                  if o["organisation_id"] == authority), Role.REGISTRY_OFFICER)
        page = await walk.call("registry", "GET", "/v1/documents", officer,
                               params={"status": "requested"}, expect=(200, 403))
        if page.status_code == 403:
            continue  # an office without a registry of its own
        for document in page.json()["items"]:
            if document["case_id"] == case["case_id"]:
                await walk.call("registry", "POST",
                                f"/v1/documents/{document['document_id']}/issue", officer)
    await walk.courier.deliver()

    # and the result handed over at the front office, as its next action says
    read = await walk.call("intake", "GET", resource, front)
    walk.remember(resource, read)
    application = read.json()
    assert application["status"] == "result_received", application
    offered = {a["action"]: a for a in application["next_actions"]}
    assert "hand_over" in offered, application
    handed = await walk.call("intake", "POST", offered["hand_over"]["href"], front)
    assert handed.json()["status"] == "handed_over"


async def _case_of(walk: Integrator, provider: dict[str, Any], application_id: str
                   ) -> dict[str, Any]:
    clerk = walk.token(provider, Role.OFFICE_CLERK)
    page = await walk.call("workflow", "GET", "/v1/cases", clerk, params={"status": "open"})
    [case] = [c for c in page.json()["items"] if c["application_id"] == application_id]
    return case


async def _body(walk: Integrator, action: dict[str, Any], case: dict[str, Any],
                holder: dict[str, Any], token: str) -> Any:
    document = walk.documents["workflow"]
    found = operation(document, "POST", action["href"])
    schema = found.body_schema(document)
    if schema is None:
        return None
    if action["action"] == "draft":
        # the approval shape of the case's regulation and sub-service, as its example says
        [shape] = [s for s in variants(document, schema)
                   if constant(s, "outcome") == "approved"
                   and constant(s, "regulation_id") == case["regulation_id"]
                   and case["sub_service"] in tags(s, "sub_service")]
        body = dict(shape["examples"][-1])
        if case["sub_service"] is not None:
            body["sub_service"] = case["sub_service"]
        return body
    body = example_of(document, schema)
    if action["action"] == "assign":
        body["person_id"] = person_of(holder["organisation_id"], Role.RESPONSIBLE_EXECUTOR)
    if action["action"] == "sign":
        signed = await walk.call("workflow", "GET", f"/v1/cases/{case['case_id']}/draft/document",
                                 token)
        person = person_of(holder["organisation_id"], Role.HEAD)
        body = {"signature": TEST_KEYS.ring(holder["organisation_id"], person).sign(
            holder["organisation_id"], signed.content, walk.clock(), person_id=person)}
    return body
