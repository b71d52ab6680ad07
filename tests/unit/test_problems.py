"""The HTTP edge: problem documents, authentication, jurisdiction, ETags and body limits."""

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Annotated

import httpx
import pytest
from fastapi import FastAPI, Path, Response
from pydantic import BaseModel, Field

from contracts.identity import OrganisationKind, Role
from eventkit.authz import (
    ANY_KIND,
    ANY_ROLE,
    Jurisdiction,
    can_see,
    ensure_visible,
    principal_dep,
)
from eventkit.etag import IfMatch, IfMatchRequired, set_etag
from eventkit.idempotency import IdempotencyKey, request_hash
from eventkit.identity import Principal, TokenIssuer, TokenVerifier, generate_keypair
from eventkit.problem_docs import problem_responses
from eventkit.problem_handlers import BodySizeLimit, install_problem_handlers
from eventkit.problems import MEDIA_TYPE
from eventkit.store import ConcurrencyError

PRIVATE, PUBLIC = generate_keypair()
SIGNER = TokenIssuer(PRIVATE, "qorgau", "qorgau")

Operator = principal_dep({Role.OPERATOR}, {OrganisationKind.STATE_CORPORATION})
Anyone = principal_dep(ANY_ROLE, ANY_KIND)


def principal(kind: OrganisationKind, role: Role = Role.HEAD, **place: str) -> Principal:
    return Principal(organisation_id=f"org-{kind}", kind=kind, role=role, person_id="p-1", **place)


OPERATOR = principal(OrganisationKind.STATE_CORPORATION, Role.OPERATOR, district="talgar")
AKIM = principal(OrganisationKind.RURAL_AKIM, district="talgar", rural_district="tuzdybastau")
DISTRICT = principal(OrganisationKind.DISTRICT_DEPARTMENT, district="talgar")
OBLAST = principal(OrganisationKind.OBLAST_DEPARTMENT, Role.AUDITOR)
PORTAL = principal(OrganisationKind.PORTAL, Role.SYSTEM)


class Applicant(BaseModel):
    iin: str = Field(min_length=12, max_length=12, pattern=r"^\d{12}$")


class Application(BaseModel):
    applicant: Applicant


def build_app() -> FastAPI:
    app = FastAPI()
    app.state.token_verifier = TokenVerifier(PUBLIC, "qorgau", "qorgau")
    install_problem_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=1024)

    @app.post("/applications", status_code=201, responses=problem_responses(401, 403, 422))
    async def submit(body: Application, caller: Operator, key: IdempotencyKey) -> dict[str, str]:
        return {"by": caller.organisation_id, "key": key or ""}

    @app.get("/districts/{district}/cases/1", responses=problem_responses(401, 404))
    async def read(district: Annotated[str, Path()], caller: Anyone, response: Response) -> dict:
        ensure_visible(caller, district, None, what="case")
        set_etag(response, 3)
        return {"district": district}

    @app.post("/cases/1/sign", responses=problem_responses(409, 428))
    async def sign(version: IfMatchRequired) -> dict[str, int]:
        raise ConcurrencyError("case-1", version, version + 1)

    @app.post("/cases/1/note")
    async def note(version: IfMatch) -> dict[str, int | None]:
        return {"version": version}

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals: IIN 860101300123")

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(build_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


def bearer(who: Principal) -> dict[str, str]:
    return {"Authorization": f"Bearer {SIGNER.issue(who, timedelta(minutes=5))}"}


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == MEDIA_TYPE
    body = response.json()
    assert body["status"] == status and body["title"]
    return body


async def test_validation_error_names_the_field(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/applications", json={"applicant": {"iin": "86010130"}}, headers=bearer(OPERATOR)
    )
    body = assert_problem(answer, 422)
    assert [e["field"] for e in body["errors"]] == ["applicant.iin"]
    assert "86010130" not in answer.text  # the value is never echoed back


async def test_malformed_json_is_a_bad_request(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/applications",
        content=b'{"applicant": ',
        headers={**bearer(OPERATOR), "content-type": "application/json"},
    )
    assert assert_problem(answer, 400)["errors"][0]["field"] == "body"


async def test_missing_token_is_401_with_a_bearer_challenge(client: httpx.AsyncClient) -> None:
    answer = await client.post("/applications", json={"applicant": {"iin": "860101300123"}})
    assert_problem(answer, 401)
    assert answer.headers["www-authenticate"] == "Bearer"


async def test_invalid_token_is_401(client: httpx.AsyncClient) -> None:
    garbage = {"Authorization": "Bearer x.y.z"}
    answer = await client.get("/districts/talgar/cases/1", headers=garbage)
    assert_problem(answer, 401)
    assert 'error="invalid_token"' in answer.headers["www-authenticate"]


async def test_wrong_role_is_403(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/applications", json={"applicant": {"iin": "860101300123"}}, headers=bearer(DISTRICT)
    )
    assert_problem(answer, 403)


async def test_allowed_caller_gets_through(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/applications",
        json={"applicant": {"iin": "860101300123"}},
        headers={**bearer(OPERATOR), "Idempotency-Key": "k-1"},
    )
    assert answer.status_code == 201
    assert answer.json() == {"by": OPERATOR.organisation_id, "key": "k-1"}


async def test_bad_idempotency_key_names_the_header(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/applications",
        json={"applicant": {"iin": "860101300123"}},
        headers={**bearer(OPERATOR), "Idempotency-Key": "x" * 129},
    )
    assert assert_problem(answer, 422)["errors"][0]["field"] == "Idempotency-Key"


async def test_case_in_another_district_is_404(client: httpx.AsyncClient) -> None:
    answer = await client.get("/districts/almaty/cases/1", headers=bearer(DISTRICT))
    assert assert_problem(answer, 404)["detail"] == "case not found"


async def test_case_in_own_district_is_visible_with_its_etag(client: httpx.AsyncClient) -> None:
    answer = await client.get("/districts/talgar/cases/1", headers=bearer(DISTRICT))
    assert answer.status_code == 200
    assert answer.headers["etag"] == 'W/"3"'


async def test_concurrency_error_is_409_with_versions(client: httpx.AsyncClient) -> None:
    answer = await client.post("/cases/1/sign", headers={"If-Match": '"4"'})
    body = assert_problem(answer, 409)
    assert (body["expected_version"], body["actual_version"]) == (4, 5)
    assert "case-1" not in answer.text


async def test_missing_if_match_is_428(client: httpx.AsyncClient) -> None:
    assert_problem(await client.post("/cases/1/sign"), 428)


async def test_bad_if_match_names_the_header(client: httpx.AsyncClient) -> None:
    answer = await client.post("/cases/1/note", headers={"If-Match": "yesterday"})
    assert assert_problem(answer, 422)["errors"][0]["field"] == "If-Match"


@pytest.mark.parametrize(("sent", "read"), [('W/"7"', 7), ('"7"', 7), (None, None)])
async def test_if_match_reads_weak_and_strong_etags(
    client: httpx.AsyncClient, sent: str | None, read: int | None
) -> None:
    headers = {} if sent is None else {"If-Match": sent}
    assert (await client.post("/cases/1/note", headers=headers)).json() == {"version": read}


async def test_declared_huge_body_is_413(client: httpx.AsyncClient) -> None:
    answer = await client.post("/applications", content=b"x" * 2048, headers=bearer(OPERATOR))
    assert_problem(answer, 413)


async def test_streamed_huge_body_is_413(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(8):
            yield b"x" * 256

    answer = await client.post("/applications", content=chunks(), headers=bearer(OPERATOR))
    assert "content-length" not in answer.request.headers
    assert_problem(answer, 413)


async def test_unknown_route_is_404(client: httpx.AsyncClient) -> None:
    assert assert_problem(await client.get("/nowhere"), 404)["type"] == "about:blank"


async def test_wrong_method_is_405(client: httpx.AsyncClient) -> None:
    assert_problem(await client.delete("/applications"), 405)


async def test_unexpected_error_is_500_without_internals(client: httpx.AsyncClient) -> None:
    answer = await client.get("/boom", headers={"X-Correlation-Id": "c-42"})
    body = assert_problem(answer, 500)
    assert "secret" not in answer.text and "860101300123" not in answer.text
    assert body["correlation_id"] == "c-42"


async def test_openapi_documents_problems(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    answers = spec["paths"]["/applications"]["post"]["responses"]
    assert MEDIA_TYPE in answers["403"]["content"]
    assert answers["422"]["content"][MEDIA_TYPE]["schema"]["$ref"].endswith("/Problem")
    assert "Problem" in spec["components"]["schemas"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]


async def test_a_service_without_a_verifier_answers_401() -> None:
    app = build_app()
    app.state.token_verifier = None
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        answer = await http.get("/districts/talgar/cases/1", headers=bearer(DISTRICT))
    assert_problem(answer, 401)

# --- jurisdiction, without HTTP ---


@pytest.mark.parametrize(
    ("who", "district", "rural", "seen"),
    [
        (OBLAST, "almaty", None, True),
        (DISTRICT, "talgar", "tuzdybastau", True),
        (DISTRICT, "almaty", None, False),
        (AKIM, "talgar", "tuzdybastau", True),
        (AKIM, "talgar", "belbulak", False),
        (AKIM, "talgar", None, False),
        (AKIM, "almaty", "tuzdybastau", False),
        (PORTAL, "talgar", None, False),
    ],
)
def test_jurisdiction(who: Principal, district: str, rural: str | None, seen: bool) -> None:
    assert can_see(who, district, rural) is seen


def test_an_organisation_sees_what_it_submitted_elsewhere() -> None:
    assert can_see(PORTAL, "talgar", None, organisation_id=PORTAL.organisation_id)
    assert can_see(OPERATOR, "almaty", None, organisation_id=OPERATOR.organisation_id)


def test_jurisdiction_as_sql() -> None:
    clause, args = Jurisdiction.of(AKIM).sql(first_param=3)
    assert clause == "(organisation_id = $3 OR (district = $4 AND rural_district = $5))"
    assert args == [AKIM.organisation_id, "talgar", "tuzdybastau"]
    assert Jurisdiction.of(OBLAST).sql() == ("TRUE", [])


def test_request_hash_ignores_key_order() -> None:
    assert request_hash({"a": 1, "b": [1, 2]}) == request_hash({"b": [1, 2], "a": 1})
    assert request_hash({"a": 1}) != request_hash({"a": 2})

