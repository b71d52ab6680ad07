"""Registry writes that change a holder's file take the version the caller read; public
verification tells nothing about IINs and keys its rate limit by who calls, not by what the
caller claims."""

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role
from services.registry.ratelimit import TokenBucket
from tests.integration.registry.factories import iin
from tests.integration.registry.test_api import issued

pytestmark = pytest.mark.integration

DD = K.DISTRICT_DEPARTMENT
ANNULMENT = {"reason": "decision annulled", "annulment_reference": "court-7"}


async def test_annulment_without_if_match_is_428_and_changes_nothing(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    document, _ = await issued(app, officer, serial=71)
    path = f"/v1/register/{document['holder_id']}"
    before = (await app.state.client.get(path, headers=officer)).headers["etag"]
    answer = await app.state.client.post(f"{path}/annulment", headers=officer, json=ANNULMENT)
    assert answer.status_code == 428, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    after = await app.state.client.get(path, headers=officer)
    assert (after.headers["etag"], after.json()["status"]) == (before, "registered")


async def test_revocation_takes_the_documents_version(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    document, _ = await issued(app, officer, serial=72)
    path = f"/v1/documents/{document['document_id']}"
    body = {"reason": "forged seal"}
    missing = await app.state.client.post(f"{path}/revocation", headers=officer, json=body)
    assert missing.status_code == 428, missing.text
    read = await app.state.client.get(path, headers=officer)
    etag = read.headers["etag"]
    stale = await app.state.client.post(f"{path}/revocation", json=body,
                                        headers={**officer, "If-Match": 'W/"1"'})
    assert stale.status_code == 409, stale.text
    # the file did not move (its version is read from the log, not from a read model)
    assert (await app.state.client.get(path, headers=officer)).headers["etag"] == etag
    done = await app.state.client.post(f"{path}/revocation", json=body,
                                       headers={**officer, "If-Match": etag})
    assert done.status_code == 200, done.text
    again = await app.state.client.post(f"{path}/revocation", json=body,
                                        headers={**officer, "If-Match": etag})
    assert again.status_code == 409  # the file moved on: the version read is stale


async def test_a_wrong_iin_answers_exactly_as_an_unknown_number(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    _, certificate = await issued(app, officer, serial=73)
    wrong_iin = await app.state.client.post("/v1/verify", json={
        "number": certificate["number"], "holder_iin": iin(74)})
    unknown_number = await app.state.client.post("/v1/verify", json={
        "number": "dd-talgar-1999-999999", "holder_iin": iin(74)})
    assert wrong_iin.status_code == unknown_number.status_code == 200
    assert wrong_iin.json() == unknown_number.json() == {
        **wrong_iin.json(), "status": "unknown"}
    assert _comparable(wrong_iin.headers) == _comparable(unknown_number.headers)


def _comparable(headers) -> dict[str, str]:
    skipped = ("date", "traceparent", "x-correlation-id")
    return {k: v for k, v in headers.items() if k.lower() not in skipped}


async def test_signed_in_callers_have_their_own_bucket(registry_app, token_for):
    app = registry_app
    app.state.verify_limiter = TokenBucket(burst=2, per_minute=0.01)
    code = "B" * 22

    async def lookups(headers: dict, times: int) -> list[int]:
        return [(await app.state.client.get(f"/v1/verify/{code}", headers=headers)).status_code
                for _ in range(times)]

    # anonymous callers of one address share its bucket
    assert await lookups({}, 3) == [200, 200, 429]
    # a signed-in officer at the same address has a bucket of its own, and spends only it
    officer = token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    assert await lookups(officer, 3) == [200, 200, 429]
    auditor = token_for(DD, Role.AUDITOR, "talgar", organisation_id="dd-talgar-audit")
    assert await lookups(auditor, 1) == [200]
    # a token that does not verify is nobody: its bearer is the address, already spent
    assert await lookups({"Authorization": "Bearer not.a.token"}, 1) == [429]


async def test_a_forwarded_for_header_opens_no_new_bucket(registry_app):
    app = registry_app
    app.state.verify_limiter = TokenBucket(burst=1, per_minute=0.01)
    code = "C" * 22
    first = await app.state.client.get(f"/v1/verify/{code}")
    forged = [await app.state.client.get(f"/v1/verify/{code}",
                                          headers={"X-Forwarded-For": f"203.0.113.{n}",
                                                   "Forwarded": f"for=198.51.100.{n}"})
              for n in range(3)]
    assert first.status_code == 200
    assert [a.status_code for a in forged] == [429, 429, 429]
