"""The registry through its HTTP API with real tokens, a real database and the real inbox."""

from datetime import UTC, datetime, timedelta

import pytest

from contracts.identity import OrganisationKind as K
from contracts.identity import Role
from services.registry.ratelimit import TokenBucket
from services.registry.timers import mark_overdue
from tests.support.polling import eventually

from .factories import decision, department, iin, inbox, record

pytestmark = pytest.mark.integration

DD = K.DISTRICT_DEPARTMENT


async def decide(app, envelope, offset=0) -> None:
    await inbox(app.state.pool, app.state.clock).process(record(envelope, offset=offset))


async def requested_document(app, token, case_id) -> dict:
    async def probe():
        answer = await app.state.client.get("/v1/documents", headers=token,
                                            params={"status": "requested"})
        return next((d for d in answer.json()["items"] if d["case_id"] == case_id), None)

    return await eventually(probe)


async def issued(app, token, person="talgar", serial=1) -> tuple[dict, dict]:
    envelope = decision(iin(serial), department(person))
    await decide(app, envelope)
    document = await requested_document(app, token, envelope.stream_id)
    answer = await app.state.client.post(f"/v1/documents/{document['document_id']}/issue",
                                         headers=token)
    assert answer.status_code == 200, answer.text
    return document, answer.json()


async def test_decision_to_certificate_pdf_and_verification(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    document, issued_now = await issued(app, officer)
    assert issued_now["number"] == f"dd-talgar-{datetime.now(UTC).year}-000001"
    code = issued_now["verification_url"].rsplit("/", 1)[1]
    assert issued_now["verification_url"].startswith("https://verify.example.kz/v1/verify/")

    async def printed():
        answer = await app.state.client.get(issued_now["pdf_path"], headers=officer)
        return answer if answer.status_code == 200 else None

    pdf = await eventually(printed)
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")

    checked = await eventually(lambda: _verify(app, code, "valid"))
    assert checked["holder"] == "А*** Б***" and checked["number"] == issued_now["number"]
    assert document["holder_iin"] not in str(checked)
    by_number = await app.state.client.post("/v1/verify", json={
        "number": issued_now["number"], "holder_iin": document["holder_iin"]})
    assert by_number.json()["status"] == "valid"
    wrong = await app.state.client.post("/v1/verify", json={
        "number": issued_now["number"], "holder_iin": iin(999)})
    assert wrong.json()["status"] == "unknown"

    async def audited():
        async with app.state.pool.acquire() as conn:
            rows = await conn.fetch("SELECT payload FROM events"
                                    " WHERE event_type = 'registry.VerificationLookedUp'")
        return rows if len(rows) >= 3 else None

    rows = await eventually(audited)
    assert all(document["holder_iin"] not in row["payload"] for row in rows)


async def _verify(app, code, status):
    answer = await app.state.client.get(f"/v1/verify/{code}")
    body = answer.json()
    return body if body["status"] == status else None


async def test_duplicate_replaces_the_certificate_and_the_chain_is_visible(
    registry_app, token_for
):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    first, first_issue = await issued(app, officer, serial=2)
    duplicate = decision(iin(2), department("talgar"), sub_service="duplicate",
                         payload={"duplicate": {"reason": "lost",
                                                "replaces": first_issue["number"]}})
    await decide(app, duplicate, offset=1)
    second = await requested_document(app, officer, duplicate.stream_id)
    assert second["replaces"] == first["document_id"]
    code = first_issue["verification_url"].rsplit("/", 1)[1]
    assert (await eventually(lambda: _verify(app, code, "replaced")))["status"] == "replaced"

    entry = await app.state.client.get(f"/v1/register/{first['holder_id']}", headers=officer)
    chain = entry.json()["documents"]
    assert [d["status"] for d in chain] == ["replaced", "requested"]
    assert chain[0]["replaced_by"] == second["document_id"]
    assert chain[0]["invalid_reason"] == "lost"


async def test_issue_is_idempotent_with_a_key_and_refused_twice_without(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    envelope = decision(iin(3), department("talgar"))
    await decide(app, envelope)
    document = await requested_document(app, officer, envelope.stream_id)
    path = f"/v1/documents/{document['document_id']}/issue"
    keyed = {**officer, "Idempotency-Key": "issue-1"}
    one, two = [await app.state.client.post(path, headers=keyed) for _ in range(2)]
    assert one.json() == two.json()
    again = await app.state.client.post(path, headers=officer)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


async def test_revocation_records_reason_and_actor(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    document, _issued = await issued(app, officer, serial=4)
    path = f"/v1/documents/{document['document_id']}/revocation"
    seen = await app.state.client.get(f"/v1/documents/{document['document_id']}", headers=officer)
    officer = {**officer, "If-Match": seen.headers["etag"]}
    answer = await app.state.client.post(path, headers=officer, json={"reason": "forged seal"})
    assert answer.status_code == 200

    async def revoked():
        found = await app.state.client.get(f"/v1/documents/{document['document_id']}",
                                           headers=officer)
        return found.json() if found.json()["status"] == "revoked" else None

    view = await eventually(revoked)
    assert (view["invalid_reason"], view["invalidated_by"]) == ("forged seal",
                                                                 "registry_officer-1")
    again = await app.state.client.post(path, headers=officer, json={"reason": "again"})
    assert again.status_code == 409


async def test_annulment_closes_the_entry_with_if_match(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    document, _ = await issued(app, officer, serial=5)
    path = f"/v1/register/{document['holder_id']}"
    etag = (await app.state.client.get(path, headers=officer)).headers["etag"]
    body = {"reason": "decision annulled", "annulment_reference": "court-1"}
    stale = await app.state.client.post(f"{path}/annulment", headers={**officer,
                                        "If-Match": 'W/"1"'}, json=body)
    assert stale.status_code == 409
    answer = await app.state.client.post(f"{path}/annulment", headers={**officer,
                                         "If-Match": etag}, json=body)
    assert answer.json()["revoked_documents"] == [document["document_id"]]


async def test_public_lookups_are_rate_limited_per_client(registry_app):
    app = registry_app
    app.state.verify_limiter = TokenBucket(burst=2, per_minute=0.01)
    code = "A" * 22
    answers = [await app.state.client.get(f"/v1/verify/{code}") for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[0].json()["status"] == "unknown"
    assert int(answers[2].headers["retry-after"]) >= 1


async def test_search_takes_the_iin_in_the_body_and_validates_it(registry_app, token_for):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    bad = await app.state.client.post("/v1/register/search", headers=officer,
                                      json={"iin": "123456789012"})
    assert bad.status_code == 422 and "123456789012" not in bad.text
    document, _ = await issued(app, officer, serial=6)
    found = await app.state.client.post("/v1/register/search", headers=officer,
                                        json={"iin": document["holder_iin"]})
    assert found.json()["holder_id"] == document["holder_id"]


async def test_overdue_certificates_are_flagged_by_the_loop_with_an_injected_clock(
    registry_app, token_for
):
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    envelope = decision(iin(7), department("talgar"))
    await decide(app, envelope)
    document = await requested_document(app, officer, envelope.stream_id)
    due = datetime.fromisoformat(document["due_at"])
    assert await mark_overdue(app.state.pool, due) == 0
    assert await mark_overdue(app.state.pool, due + timedelta(minutes=1)) == 1

    async def flagged():
        found = await app.state.client.get("/v1/documents", headers=officer,
                                           params={"overdue": "true"})
        return found.json()["items"]

    assert [d["document_id"] for d in await eventually(flagged)] == [document["document_id"]]
    assert await mark_overdue(app.state.pool, due + timedelta(days=9)) == 0


async def test_a_certificate_just_issued_verifies_as_valid_at_once(registry_app, token_for):
    """A genuine certificate never reads as unknown: the first lookup after the issue, with no
    wait and whatever the projections' loop is doing, already finds it."""
    app, officer = registry_app, token_for(DD, Role.REGISTRY_OFFICER, "talgar")
    _, issued_now = await issued(app, officer, serial=7)
    code = issued_now["verification_url"].rsplit("/", 1)[1]
    answer = await app.state.client.get(f"/v1/verify/{code}")
    assert answer.status_code == 200 and answer.json()["status"] == "valid"
    by_number = await app.state.client.post("/v1/verify", json={
        "number": issued_now["number"], "holder_iin": iin(7)})
    assert by_number.json()["status"] == "valid"
