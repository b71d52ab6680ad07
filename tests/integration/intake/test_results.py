"""The result coming back: the handler's rules, the keeping period and the return sweep."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from contracts.identity import OrganisationKind
from contracts.people import OrganisationRef
from eventkit import store
from eventkit.inbox import Rejected
from services.intake.timers import return_uncollected

from .conftest import NOW, api_only, eventually, reg1
from .results import PROVIDER, result_issued_envelope, run_handler

pytestmark = pytest.mark.integration
AFTER_A_MONTH = datetime(2027, 2, 1, 10, 0, tzinfo=ZoneInfo("Asia/Almaty"))


async def forwarded(intake, headers) -> str:
    created = (await intake.client.post("/v1/applications", json=reg1(), headers=headers)).json()
    app_id = created["application_id"]
    answer = await intake.client.post(f"/v1/applications/{app_id}/forward",
                                      json={"provider": PROVIDER.model_dump(mode="json")},
                                      headers=headers)
    assert answer.status_code == 200, answer.text
    return app_id


async def stream(intake, app_id):
    async with intake.pool.acquire() as conn:
        return await store.load(conn, app_id)


async def test_result_is_recorded_once_with_its_cause(intake, sc_talgar):
    app_id = await forwarded(intake, sc_talgar)
    envelope = result_issued_envelope(app_id)
    await run_handler(intake, envelope)
    await run_handler(intake, result_issued_envelope(app_id))  # told again: same decision
    events = await stream(intake, app_id)
    assert [e.event_type for e in events][-1] == "intake.ResultReceived"
    assert len(events) == 3
    received = events[-1]
    assert received.causation_id == envelope.event_id
    assert received.correlation_id == envelope.correlation_id
    assert received.producer.organisation_id == "sc-talgar"  # the holder says it, not the provider
    assert received.payload["collect_by"] > received.payload["received_at"]


async def test_result_for_an_unknown_case_is_rejected(intake):
    with pytest.raises(Rejected):
        await run_handler(intake, result_issued_envelope("00000000-0000-4000-8000-000000000001"))


async def test_result_from_another_provider_is_rejected(intake, sc_talgar):
    app_id = await forwarded(intake, sc_talgar)
    stranger = OrganisationRef(organisation_id="dd-karasai",
                               kind=OrganisationKind.DISTRICT_DEPARTMENT, district="karasai")
    with pytest.raises(Rejected):
        await run_handler(intake, result_issued_envelope(app_id, provider=stranger))
    assert len(await stream(intake, app_id)) == 2


async def test_result_said_by_someone_else_than_its_provider_is_rejected(intake, sc_talgar):
    app_id = await forwarded(intake, sc_talgar)
    envelope = result_issued_envelope(app_id)
    forged = envelope.model_copy(update={"producer": envelope.producer.model_copy(
        update={"organisation_id": "dd-karasai"})})
    with pytest.raises(Rejected):
        await run_handler(intake, forged)


async def test_intermediate_result_waits_for_the_final_one(intake, sc_talgar):
    app_id = await forwarded(intake, sc_talgar)
    envelope = result_issued_envelope(app_id)
    stage_one = envelope.model_copy(update={"payload": {**envelope.payload, "final": False,
                                                        "stage": 1}})
    await run_handler(intake, stage_one)
    assert len(await stream(intake, app_id)) == 2


async def test_uncollected_result_is_returned_by_the_sweep(intake, sc_talgar):
    app_id = await forwarded(intake, sc_talgar)
    await run_handler(intake, result_issued_envelope(app_id))

    async def awaiting():
        page = await intake.client.get("/v1/applications", params={"status": "result_received"},
                                       headers=sc_talgar)
        return page.json()["items"]

    await eventually(awaiting)
    assert await return_uncollected(intake.pool, NOW + timedelta(days=1)) == 0
    assert await return_uncollected(intake.pool, AFTER_A_MONTH) == 1
    events = await stream(intake, app_id)
    assert events[-1].event_type == "intake.ResultReturnedToProvider"
    assert events[-1].actor.role == "system"
    late = await intake.client.post(f"/v1/applications/{app_id}/hand-over", headers=sc_talgar)
    assert late.status_code == 409


async def test_the_return_loop_runs_on_the_injected_clock(start_service, sc_talgar):
    intake = await start_service(lambda settings: api_only(
        settings, INTAKE_RETURN_SWEEP_S=0.05, INTAKE_KEEP_RESULTS_FOR="2 hours"))
    app_id = await forwarded(intake, sc_talgar)
    await run_handler(intake, result_issued_envelope(app_id))
    intake.app.state.clock.set(NOW + timedelta(days=1))  # two office hours have long passed

    async def returned():
        got = await intake.client.get(f"/v1/applications/{app_id}", headers=sc_talgar)
        return got.json()["status"] == "returned_to_provider"

    await eventually(returned)
