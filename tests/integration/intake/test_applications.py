"""A reg. 1 package through the real app: receipt or refusal receipt, forward, result, hand-over."""

import json
from datetime import timedelta

import pytest

from contracts.envelope import Envelope
from contracts.intake_events import ApplicationForwarded
from eventkit import store

from .conftest import FULL, NOW, REPRESENTATIVE, eventually, reg1

pytestmark = pytest.mark.integration


async def events_of(intake, application_id: str) -> list[Envelope]:
    async with intake.pool.acquire() as conn:
        return await store.load(conn, application_id)


async def test_complete_package_gets_a_receipt_that_can_be_fetched_again(intake, sc_talgar):
    answer = await intake.client.post("/v1/applications", json=reg1(), headers=sc_talgar)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["status"] == "accepted" and answer.headers["ETag"] == 'W/"1"'
    assert answer.headers["Location"] == f"/v1/applications/{body['application_id']}"
    receipt = body["receipt"]
    assert receipt["receipt_number"] == "sc-talgar-2026-000001"
    assert receipt["forward_due"].startswith("2026-12-01T13:00")
    assert receipt["result_due"] is not None
    again = await intake.client.get(f"/v1/applications/{body['application_id']}/receipt",
                                    headers=sc_talgar)
    assert again.json() == receipt
    page = await intake.client.get(f"/v1/applications/{body['application_id']}/receipt.html",
                                   headers=sc_talgar)
    assert page.headers["content-type"].startswith("text/html")
    assert "sc-talgar-2026-000001" in page.text and "Semey" in page.text


async def test_receipt_numbers_run_per_organisation(intake, sc_talgar, as_):
    numbers = []
    for headers in (sc_talgar, sc_talgar, as_("sc-karasai", "state_corporation", "operator",
                                              "karasai")):
        answer = await intake.client.post("/v1/applications", json=reg1(), headers=headers)
        numbers.append(answer.json()["receipt"]["receipt_number"])
    assert numbers == ["sc-talgar-2026-000001", "sc-talgar-2026-000002", "sc-karasai-2026-000001"]


async def test_incomplete_package_gets_a_refusal_receipt_naming_the_missing_document(
        intake, sc_talgar):
    answer = await intake.client.post("/v1/applications", json=reg1(documents=FULL[:1]),
                                      headers=sc_talgar)
    assert answer.status_code == 201
    receipt = answer.json()["receipt"]
    assert answer.json()["status"] == "refused" and receipt["kind"] == "refusal"
    assert [m["id"] for m in receipt["missing_documents"]] == ["identity_document"]
    page = await intake.client.get(
        f"/v1/applications/{answer.json()['application_id']}/receipt.html", headers=sc_talgar)
    assert "Missing documents" in page.text
    forward = await intake.client.post(
        f"/v1/applications/{answer.json()['application_id']}/forward",
        json={"provider": {"organisation_id": "dd-talgar", "kind": "district_department",
                           "district": "talgar"}}, headers=sc_talgar)
    assert forward.status_code == 409
    assert forward.headers["content-type"] == "application/problem+json"


async def test_receipt_by_number_once_projected(intake, sc_talgar):
    answer = await intake.client.post("/v1/applications", json=reg1(), headers=sc_talgar)
    number = answer.json()["receipt"]["receipt_number"]

    async def fetched():
        got = await intake.client.get(f"/v1/receipts/{number}", headers=sc_talgar)
        return got if got.status_code == 200 else None

    got = await eventually(fetched)
    assert got.json()["application_id"] == answer.json()["application_id"]


async def test_state_corporation_intake_of_regulation_4_is_a_clear_problem(intake, sc_talgar):
    # who accepts what is the caller's standing, not the request's shape: 403, naming the field
    body = reg1(regulation_id=4, sub_service=None, facts={"address": "Talgar"})
    answer = await intake.client.post("/v1/applications", json=body, headers=sc_talgar)
    assert answer.status_code == 403
    problem = answer.json()
    assert problem["errors"][0]["field"] == "channel"
    assert "employment_centre" in problem["errors"][0]["message"]
    assert answer.headers["content-type"] == "application/problem+json"


async def test_portal_intake_of_regulation_10_is_open_only_to_its_categories(intake, as_):
    portal = as_("egov-portal", "portal", "system")
    body = reg1(regulation_id=10, sub_service=None, district="talgar",
                facts={"category": "large_family"})
    answer = await intake.client.post("/v1/applications", json=body, headers=portal)
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "facts.category"
    body["facts"] = {"category": "disability"}
    answer = await intake.client.post("/v1/applications", json=body, headers=portal)
    assert answer.status_code == 201 and answer.json()["district"] == "talgar"


@pytest.mark.parametrize(("change", "field"), [
    ({"applicant": {"iin": "850101300021", "last_name": "A", "first_name": "B"}},
     "applicant.iin"),
    ({"facts": {"periods": [{"zone": "moon", "from_year": 1950, "to_year": 1951,
                             "place": "x", "kind": "work"}]}}, "facts.periods[0].zone"),
    ({"documents": [*FULL, {"kind": "diploma", "copies": 1}]}, "documents[2].kind"),
    ({"sub_service": "renewal"}, "sub_service"),
    ({"channel": "portal"}, "channel"),
    ({"district": "karasai"}, "district"),
    ({"refusal_reasons": ["bad_mood"]}, "refusal_reasons[0]"),
])
async def test_invalid_submission_names_the_field_and_leaves_nothing(intake, sc_talgar, change,
                                                                     field):
    answer = await intake.client.post("/v1/applications", json=reg1(**change), headers=sc_talgar)
    # another channel or district than the caller's own is refused as the caller's standing
    assert answer.status_code == (403 if field in ("channel", "district") else 422), answer.text
    problem = answer.json()
    assert problem["errors"][0]["field"] == field
    assert "850101300021" not in answer.text  # a rejected IIN is never echoed
    async with intake.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM events") == 0
        assert await conn.fetchval("SELECT count(*) FROM intake_receipt_counters") == 0
    # the next good package still gets number 1: the failed one used none
    good = await intake.client.post("/v1/applications", json=reg1(), headers=sc_talgar)
    assert good.json()["receipt"]["receipt_number"] == "sc-talgar-2026-000001"


async def test_missing_token_is_401_and_a_treasury_token_is_403(intake, as_):
    answer = await intake.client.post("/v1/applications", json=reg1())
    assert answer.status_code == 401 and answer.headers["WWW-Authenticate"] == "Bearer"
    treasury = as_("treasury", "treasury", "treasury")
    answer = await intake.client.post("/v1/applications", json=reg1(), headers=treasury)
    assert answer.status_code == 403


async def test_forward_with_a_stale_etag_is_a_conflict(intake, sc_talgar):
    created = (await intake.client.post("/v1/applications", json=reg1(),
                                        headers=sc_talgar)).json()
    provider = {"organisation_id": "dd-talgar", "kind": "district_department",
                "district": "talgar"}
    stale = await intake.client.post(f"/v1/applications/{created['application_id']}/forward",
                                     json={"provider": provider},
                                     headers={**sc_talgar, "If-Match": 'W/"7"'})
    assert stale.status_code == 409


async def test_forward_without_a_provider_goes_to_the_directorys_default(intake, sc_talgar):
    created = (await intake.client.post("/v1/applications", json=reg1(),
                                        headers=sc_talgar)).json()
    [action] = created["next_actions"]
    assert action["action"] == "forward"
    assert action["provider"]["organisation_id"] == "dd-talgar"
    answer = await intake.client.post(f"/v1/applications/{created['application_id']}/forward",
                                      headers=sc_talgar)
    assert answer.status_code == 200, answer.text
    assert answer.json()["provider"] == action["provider"]
    assert answer.json()["next_actions"] == []


async def test_a_provider_accepting_at_its_own_desk_forwards_in_the_same_step(intake, as_):
    clerk = as_("dd-talgar", "district_department", "office_clerk", "talgar")
    own = await intake.client.post("/v1/applications", json=reg1(), headers=clerk)
    assert own.status_code == 201, own.text
    body = own.json()
    assert body["channel"] == "provider_office" and body["status"] == "forwarded"
    assert body["provider"]["organisation_id"] == "dd-talgar" and own.headers["ETag"] == 'W/"2"'
    again = await intake.client.post(f"/v1/applications/{body['application_id']}/forward",
                                     headers=clerk)
    assert again.status_code == 200 and again.json()["version"] == 2  # a retry changes nothing


async def test_full_flow_forward_result_hand_over_and_auditor_history(intake, sc_talgar, as_):
    created = (await intake.client.post(
        "/v1/applications", json=reg1(representative=REPRESENTATIVE), headers=sc_talgar)).json()
    app_id = created["application_id"]
    provider = {"organisation_id": "dd-talgar", "kind": "district_department",
                "district": "talgar"}
    intake.app.state.clock.set(NOW + timedelta(hours=1))
    forwarded = await intake.client.post(f"/v1/applications/{app_id}/forward",
                                         json={"provider": provider},
                                         headers={**sc_talgar, "If-Match": 'W/"1"'})
    assert forwarded.status_code == 200, forwarded.text
    assert forwarded.json()["status"] == "forwarded" and forwarded.headers["ETag"] == 'W/"2"'
    assert forwarded.json()["forward_overdue"] is False
    envelopes = await events_of(intake, app_id)
    payload = ApplicationForwarded.model_validate(envelopes[-1].payload)
    assert payload.provider.organisation_id == "dd-talgar" and payload.facts["periods"]

    early = await intake.client.post(f"/v1/applications/{app_id}/hand-over", headers=sc_talgar)
    assert early.status_code == 409

    await deliver_result(intake, app_id)
    handed = await intake.client.post(f"/v1/applications/{app_id}/hand-over",
                                      json={"recipient": "representative"}, headers=sc_talgar)
    assert handed.status_code == 200, handed.text
    result = handed.json()["result"]
    assert handed.json()["status"] == "handed_over" and result["recipient"] == "representative"
    assert result["handed_over_by"] == {"person_id": "sc-talgar-operator", "role": "operator"}

    auditor = as_("oblast-dept", "oblast_department", "auditor")
    history = await intake.client.get(f"/v1/applications/{app_id}/events", headers=auditor)
    assert [e["event_type"] for e in history.json()] == [
        "intake.ApplicationAccepted", "intake.ApplicationForwarded", "intake.ResultReceived",
        "intake.DocumentRecorded", "intake.ResultHandedOver"]
    assert {e["producer"]["organisation_id"] for e in history.json()} == {"sc-talgar"}
    assert history.json()[2]["actor"]["role"] == "system"
    assert history.json()[3]["event_type"] == "intake.DocumentRecorded"
    operator_history = await intake.client.get(f"/v1/applications/{app_id}/events",
                                               headers=sc_talgar)
    assert operator_history.status_code == 403


async def deliver_result(intake, app_id: str) -> None:
    """Runs the workflow's ResultIssued, and the registry's certificate of the reg. 1 decision,
    through intake's handlers, as the inbox does."""
    from .results import certificate_issued_envelope, result_issued_envelope, run_handler

    await run_handler(intake, result_issued_envelope(app_id))
    await run_handler(intake, certificate_issued_envelope(app_id))


async def test_list_filters_by_status_inside_the_jurisdiction(intake, sc_talgar, as_):
    await intake.client.post("/v1/applications", json=reg1(), headers=sc_talgar)
    await intake.client.post("/v1/applications", json=reg1(documents=FULL[:1]), headers=sc_talgar)
    karasai = as_("sc-karasai", "state_corporation", "operator", "karasai")
    await intake.client.post("/v1/applications", json=reg1(), headers=karasai)

    async def listed():
        page = await intake.client.get("/v1/applications", headers=sc_talgar)
        return page.json()["items"] if len(page.json()["items"]) == 2 else None

    items = await eventually(listed)
    assert {i["district"] for i in items} == {"talgar"}
    refused = await intake.client.get("/v1/applications", params={"status": "refused"},
                                      headers=sc_talgar)
    assert [i["status"] for i in refused.json()["items"]] == ["refused"]
    paged = await intake.client.get("/v1/applications", params={"limit": 1, "offset": 1},
                                    headers=sc_talgar)
    assert len(paged.json()["items"]) == 1
    bad = await intake.client.get("/v1/applications", params={"limit": 0}, headers=sc_talgar)
    assert bad.status_code == 422


async def test_openapi_documents_every_endpoint_with_its_problems(intake):
    schema = (await intake.client.get("/openapi.json")).json()
    submit = schema["paths"]["/v1/applications"]["post"]
    assert {"401", "403", "409", "422"} <= set(submit["responses"])
    forward = schema["paths"]["/v1/applications/{application_id}/forward"]["post"]
    assert "application/problem+json" in forward["responses"]["404"]["content"]
    assert json.dumps(schema).count("Idempotency-Key") >= 1


async def test_read_model_rebuilds_to_the_same_rows(intake, sc_talgar):
    from eventkit.projections import rebuild
    from services.intake.projections import PROJECTIONS

    await intake.client.post("/v1/applications", json=reg1(), headers=sc_talgar)
    await intake.client.post("/v1/applications", json=reg1(documents=FULL[:1]), headers=sc_talgar)
    query = "SELECT application_id, status, version, view FROM intake_applications ORDER BY 1"

    async def both_projected():
        async with intake.pool.acquire() as conn:
            rows = await conn.fetch(query)
        return rows if len(rows) == 2 else None

    before = [dict(r) for r in await eventually(both_projected)]
    intake.app.state.runtime.stop.set()  # the live runner must not race the rebuild
    await rebuild(intake.pool, PROJECTIONS)
    async with intake.pool.acquire() as conn:
        after = [dict(r) for r in await conn.fetch(query)]
    assert after == before
