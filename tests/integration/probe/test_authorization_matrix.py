"""Every operation of the four APIs, read from their OpenAPI documents (a route added tomorrow
is covered the day it is added), called by every demo person, akims of another rural district,
a second executor and head, a public citizen, nobody, and bad tokens: wherever a route needs a
caller, no token and every bad token is 401; a caller whose role or organisation kind the
route's own `require` does not admit is 403; a caller outside the jurisdiction of a record that
exists is 404, never an answer.

In process on a real database per service, on a clock standing still. One application (intake)
and one case (workflow) exist, so jurisdiction is tried on records that are there, not only on
ids nobody has.
"""

import base64
import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from contracts.identity import OrganisationKind as K
from contracts.identity import Role
from contracts.intake_events import ApplicationForwarded
from contracts.people import OrganisationRef
from eventkit.authz import admitted
from eventkit.db import ensure_database
from eventkit.identity import Principal, TokenIssuer, generate_keypair
from eventkit.problem_docs import _calls  # the walk that documents a route's dependencies
from eventkit.projections import ProjectionRunner
from qorgau import embedded
from qorgau.devstack import demo_organisations
from tests.integration.intake.conftest import reg1
from tests.integration.test_openapi_truth import NOW, SERVICES, build_app
from tests.integration.workflow.conftest import forwarded_envelope
from tests.support.keys import TEST_KEYS

pytestmark = pytest.mark.integration

ISSUER = AUDIENCE = "qorgau"
# the application that exists: accepted by the Talgar State Corporation office for an applicant
# of the Panfilov rural district (its provider: the Talgar district department)
ACCEPTED_BY, PROVIDER = "gfc-talgar", "dd-talgar"
DD_TALGAR = OrganisationRef(organisation_id=PROVIDER, kind=K.DISTRICT_DEPARTMENT,
                            district="talgar")


# --- who calls -------------------------------------------------------------------------------


def principals() -> dict[str, Principal]:
    """Every demo person, and the callers the demo has none of."""
    found = {f"{p.organisation_id}/{p.person_id}": p
             for o in demo_organisations() for p in o.principals()}
    extra = [
        # akims of another rural district of the same district
        *(Principal(organisation_id="akim-talgar-tuzdybastau", kind=K.RURAL_AKIM,
                    district="talgar", rural_district="tuzdybastau", role=role,
                    person_id=f"tuzdybastau-{role.value}")
          for role in (Role.OFFICE_CLERK, Role.HEAD, Role.RESPONSIBLE_EXECUTOR)),
        # a second executor and head of the provider
        Principal(organisation_id=PROVIDER, kind=K.DISTRICT_DEPARTMENT, district="talgar",
                  role=Role.RESPONSIBLE_EXECUTOR, person_id="dd-talgar-executor-2"),
        Principal(organisation_id=PROVIDER, kind=K.DISTRICT_DEPARTMENT, district="talgar",
                  role=Role.HEAD, person_id="dd-talgar-head-2"),
        # a citizen, in whatever role a token might claim
        *(Principal(organisation_id="citizen", kind=K.PUBLIC, role=role,
                    person_id=f"citizen-{role.value}") for role in Role),
    ]
    found.update({f"{p.organisation_id}/{p.person_id}": p for p in extra})
    return found


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(header: dict[str, Any], claims: dict[str, Any], sign: Callable[[bytes], bytes]) -> str:
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    return f"{signing_input}.{_b64(sign(signing_input.encode()))}"


def bad_tokens(private_pem: str, public_pem: str) -> dict[str, str]:
    """Tokens that must get nothing: each says it is the oblast department's head. (Tokens
    live on the real clock, not the services' frozen one: their lifetimes are checked so.)"""
    head = Principal(organisation_id="oblast-dept", kind=K.OBLAST_DEPARTMENT, role=Role.HEAD,
                     person_id="oblast-head")
    good = TokenIssuer(private_pem, ISSUER, AUDIENCE).issue(head, timedelta(hours=1))
    claims = json.loads(base64.urlsafe_b64decode(good.split(".")[1] + "=="))
    foreign_key = ed25519.Ed25519PrivateKey.generate()
    foreign_public = foreign_key.public_key().public_bytes_raw()
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": _b64(foreign_public)}

    def hs256(secret: bytes) -> Callable[[bytes], bytes]:
        def sign(data: bytes) -> bytes:
            mac = hmac.HMAC(secret, hashes.SHA256())
            mac.update(data)
            return mac.finalize()
        return sign

    header, payload, signature = good.split(".")
    tampered = {**claims, "role": "registry_officer", "org": "dd-kegen", "district": "kegen",
                "org_kind": "district_department"}
    return {
        "alg none": _jwt({"alg": "none", "typ": "JWT"}, claims, lambda _: b""),
        "alg None": _jwt({"alg": "None", "typ": "JWT"}, claims, lambda _: b""),
        "HS256 keyed with the public key": _jwt({"alg": "HS256", "typ": "JWT"}, claims,
                                                hs256(public_pem.encode())),
        "HS256 keyed with the public key's bytes": _jwt({"alg": "HS256", "typ": "JWT"}, claims,
                                                        hs256(public_pem.strip().encode())),
        "a foreign key": TokenIssuer(generate_keypair()[0], ISSUER, AUDIENCE).issue(
            head, timedelta(hours=1)),
        "a foreign key named by kid": _jwt({"alg": "EdDSA", "typ": "JWT", "kid": "qorgau-1"},
                                           claims, foreign_key.sign),
        "an embedded jwk": _jwt({"alg": "EdDSA", "typ": "JWT", "jwk": jwk}, claims,
                                foreign_key.sign),
        "a jku to fetch keys from": _jwt({"alg": "EdDSA", "typ": "JWT",
                                          "jku": "https://attacker.example/jwks.json",
                                          "kid": "attacker"}, claims, foreign_key.sign),
        "a tampered payload": f"{header}.{_b64(json.dumps(tampered).encode())}.{signature}",
        "a tampered signature": f"{header}.{payload}.{signature[:-4]}AAAA",
        "expired": TokenIssuer(private_pem, ISSUER, AUDIENCE).issue(
            head, timedelta(minutes=5), now=datetime.now(UTC) - timedelta(hours=3)),
        "not yet issued": TokenIssuer(private_pem, ISSUER, AUDIENCE).issue(
            head, timedelta(hours=1), now=datetime.now(UTC) + timedelta(days=2)),
        "wrong audience": TokenIssuer(private_pem, ISSUER, "elsewhere").issue(
            head, timedelta(hours=1)),
        "wrong issuer": TokenIssuer(private_pem, "elsewhere", AUDIENCE).issue(
            head, timedelta(hours=1)),
        "not a token": "not-a-token",
        "an empty token": "",
    }


# --- what the routes admit ---------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # as the OpenAPI document names it
    parameters: tuple[str, ...]  # the path's parameters
    body: Any  # the document's example of the request body (None: no body)
    admits: tuple[frozenset[Role], frozenset[K]] | None  # None: a public route

    def allows(self, who: Principal) -> bool:
        assert self.admits is not None
        roles, kinds = self.admits
        return who.role in roles and who.kind in kinds


def operations(app: FastAPI) -> Iterator[Operation]:
    """Every operation of the app's OpenAPI document, with what its route's `require` admits."""
    document = app.openapi()
    rules: dict[tuple[str, str | None], tuple[frozenset[Role], frozenset[K]] | None] = {}
    for route in iter_route_contexts(app.routes):
        if not isinstance(route.original_route, APIRoute):
            continue
        found = [rule for call in _calls(route.dependant) if (rule := admitted(call))]
        for method in route.methods or ():
            rules[(method, route.path_format)] = found[0] if found else None
    for path, item in document["paths"].items():
        for method, spec in item.items():
            names = tuple(p["name"] for p in spec.get("parameters", ()) if p["in"] == "path")
            key = (method.upper(), path)
            assert key in rules, f"{key}: in the document but no route"
            yield Operation(method.upper(), path, names, _example(document, spec), rules[key])


def _example(document: dict[str, Any], spec: dict[str, Any]) -> Any:
    """The request body the document gives as its example: a well-formed request, so that
    what answers is the caller's standing, not the body's shape. `{}` where it gives none."""
    if "requestBody" not in spec:
        return None
    schema = spec["requestBody"]["content"].get("application/json", {}).get("schema", {})
    for _ in range(8):
        if schema.get("examples"):
            return schema["examples"][0]
        if "example" in schema:
            return schema["example"]
        if "$ref" in schema:
            schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        elif schema.get("oneOf") or schema.get("anyOf"):
            schema = (schema.get("oneOf") or schema.get("anyOf"))[0]
        else:
            break
    return {}


# --- the records that exist ---------------------------------------------------------------------


def sees_application(who: Principal) -> bool:
    """The application: its accepting office and provider; the oblast department; the
    district's State Corporation office and department (not its Centre, not an akim)."""
    return (who.organisation_id in (ACCEPTED_BY, PROVIDER) or who.kind is K.OBLAST_DEPARTMENT
            or (who.kind in (K.STATE_CORPORATION, K.DISTRICT_DEPARTMENT)
                and who.district == "talgar"))


def sees_case(who: Principal) -> bool:
    """The reg. 1 case of the Talgar department: the oblast department and the department."""
    return who.kind is K.OBLAST_DEPARTMENT or (who.kind is K.DISTRICT_DEPARTMENT
                                               and who.district == "talgar")


@dataclass
class Service:
    name: str
    app: FastAPI
    client: httpx.AsyncClient
    values: dict[str, str]  # path parameter -> the id of a record that exists
    sees: dict[str, Callable[[Principal], bool]]  # path parameter -> who may see that record

    async def catch_up(self) -> None:
        runtime = self.app.state.runtime
        await ProjectionRunner(self.app.state.pool, runtime.spec.projections).catch_up()


@asynccontextmanager
async def running(name: str, server: str, public_pem: str):
    database = f"am_{uuid.uuid4().hex[:12]}"
    await ensure_database(server, database)
    app = build_app(name, embedded.database_uri(server, database), public_pem)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://testserver") as client:
            yield Service(name, app, client, {}, {})


async def seed(service: Service, issuer: TokenIssuer) -> None:
    """The records the jurisdiction checks run on."""
    if service.name == "intake":
        operator = Principal(organisation_id=ACCEPTED_BY, kind=K.STATE_CORPORATION,
                             district="talgar", role=Role.OPERATOR,
                             person_id="gfc-talgar-operator")
        TEST_KEYS.ensure(ACCEPTED_BY)
        answer = await service.client.post(
            "/v1/applications", json=reg1(rural_district="panfilov"),
            headers=_auth(issuer.issue(operator, timedelta(hours=2))))
        assert answer.status_code == 201, answer.text
        body = answer.json()
        service.values = {"application_id": body["application_id"],
                          "receipt_number": body["receipt"]["receipt_number"]}
        service.sees = {"application_id": sees_application, "receipt_number": sees_application}
    elif service.name == "workflow":
        envelope = forwarded_envelope(1, "first_registration", "state_corporation", DD_TALGAR,
                                      str(uuid.uuid4()), NOW)
        spec = service.app.state.runtime.spec
        async with service.app.state.pool.acquire() as conn, conn.transaction():
            await spec.handlers[ApplicationForwarded](conn, spec.registry.decode(envelope),
                                                      envelope)
        service.values = {"case_id": envelope.stream_id}
        service.sees = {"case_id": sees_case}
    await service.catch_up()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _path(service: Service, operation: Operation) -> str:
    path = operation.path
    for name in operation.parameters:
        value = service.values.get(name) or ("A" * 22 if name == "code" else str(uuid.uuid4()))
        path = path.replace(f"{{{name}}}", value)
    return path


# --- the run -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SERVICES)
async def test_authorization_matrix(name: str, pg_server_uri: str, keypair: tuple[str, str]):
    private_pem, public_pem = keypair
    issuer = TokenIssuer(private_pem, ISSUER, AUDIENCE)
    callers = principals()
    for who in callers.values():
        TEST_KEYS.ensure(who.organisation_id)
        if who.role is Role.HEAD:
            TEST_KEYS.ensure(who.organisation_id, who.person_id)
    tokens = {key: issuer.issue(who, timedelta(hours=2)) for key, who in callers.items()}
    bad = bad_tokens(private_pem, public_pem)
    started, calls, wrong = time.monotonic(), 0, []
    async with running(name, pg_server_uri, public_pem) as service:
        await seed(service, issuer)
        for operation in operations(service.app):
            if operation.admits is None:
                continue  # public: verification, the key set, health
            path = _path(service, operation)

            async def call(headers: dict[str, str], operation: Operation = operation,
                           path: str = path) -> httpx.Response:
                nonlocal calls
                calls += 1
                return await service.client.request(
                    operation.method, path, json=operation.body,
                    headers={**headers, "If-Match": 'W/"1"',
                             "Idempotency-Key": uuid.uuid4().hex})

            label = f"{operation.method} {operation.path}"
            for reason, token in {"no token": None, **bad}.items():
                answer = await call(_auth(token) if token is not None else {})
                if answer.status_code != 401:
                    wrong.append(f"{label} with {reason}: {answer.status_code}")
            records = [service.sees[p] for p in operation.parameters if p in service.sees]
            for key, who in callers.items():
                answer = await call(_auth(tokens[key]))
                got = answer.status_code
                if not operation.allows(who):
                    if got != 403:
                        wrong.append(f"{label} as {key}: {got}, not admitted (403)")
                elif not all(sees(who) for sees in records):
                    if got != 404:
                        wrong.append(f"{label} as {key}: {got}, outside its jurisdiction "
                                     "(404)")
                elif got == 401:
                    wrong.append(f"{label} as {key}: 401 with a good token")
                if 200 <= got < 300 and operation.method != "GET":
                    await service.catch_up()  # what a write changed, the next read shows
    took = time.monotonic() - started
    print(f"authorization matrix over {name}: {calls} calls, {took:.1f} s")  # noqa: T201
    assert wrong == [], "\n".join(wrong)
