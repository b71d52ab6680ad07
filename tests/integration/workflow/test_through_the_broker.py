"""With the broker and every background loop running: a forwarded application published on
`intake.applications` opens one case even when delivered twice, the scheduler loop (on the
injected clock) marks the overdue step, and the decision reaches `workflow.cases` under the
district department's name."""

import asyncio
import time
import uuid

import pytest
from aiokafka import AIOKafkaConsumer

from contracts import topics
from contracts.envelope import Envelope
from contracts.identity import OrganisationKind, Role
from eventkit import kafka, store
from services.workflow.app import WorkflowSettings, create_app

from .conftest import MONDAY, PERIODS, Clock, Workflow, forwarded_envelope

pytestmark = pytest.mark.integration
HEAD = {"role": Role.HEAD, "person": "head-1"}
EXECUTOR = {"role": Role.RESPONSIBLE_EXECUTOR, "person": "exec-1"}


async def eventually(probe, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while True:
        value = await probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


@pytest.fixture
async def running(start_service, issue_token, kafka_bootstrap):
    clock = Clock()
    service = await start_service(
        lambda s: create_app(s, WorkflowSettings(WORKFLOW_OVERDUE_SCAN_S=0.05)),
        KAFKA_CLIENT_ID=f"wf-{uuid.uuid4().hex[:6]}",
    )
    service.app.state.clock = clock
    return Workflow(service, clock, issue_token)


async def test_forwarded_twice_opens_once_and_the_decision_is_published(running, kafka_bootstrap):
    w = running
    case_id = str(uuid.uuid4())
    envelope = forwarded_envelope(1, "first_registration", "state_corporation", None, case_id,
                                  MONDAY)
    producer = kafka.producer(kafka_bootstrap, "test-intake")
    await producer.start()
    try:
        for _ in range(2):  # a redelivery
            await producer.send_and_wait(topics.INTAKE_APPLICATIONS, envelope.to_json(),
                                         key=case_id.encode())
    finally:
        await producer.stop()

    async def opened():
        answer = await w.http.get(f"/v1/cases/{case_id}", headers=w.headers())
        return answer.json() if answer.status_code == 200 else None

    detail = await eventually(opened)
    assert detail["current_step"]["step_id"] == "register"

    # the clock passes the registration's due time: the scheduler loop says so, once
    w.clock.advance(hours=1)

    async def overdue():
        async with w.pool.acquire() as conn:
            return await conn.fetchval("SELECT count(*) FROM events WHERE stream_id = $1 AND"
                                       " event_type = 'workflow.StepOverdue'", case_id)

    assert await eventually(overdue) == 1
    await asyncio.sleep(0.3)  # more scans go by
    assert await overdue() == 1
    async with w.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM events WHERE stream_id = $1 AND"
                                   " event_type = 'workflow.CaseOpened'", case_id) == 1
        w.etags[case_id] = f'W/"{await store.stream_version(conn, case_id)}"'

    for path, body, who in [
        ("/registration", {}, {}), ("/executor", {"person_id": "exec-1"}, HEAD),
        ("/draft", {"outcome": "approved", "payload": {"recognition": {"periods": PERIODS}}},
         EXECUTOR),
        ("/signature", {"decision_reference": f"D-{case_id[:8]}"}, HEAD),
        ("/result", {}, EXECUTOR),
    ]:
        answer = await w.post(case_id, path, body, **who)
        assert answer.status_code == 200, answer.text

    consumer = AIOKafkaConsumer(topics.WORKFLOW_CASES, bootstrap_servers=kafka_bootstrap,
                                group_id=f"check-{uuid.uuid4().hex[:6]}",
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    seen: dict[str, object] = {}
    try:
        deadline = time.monotonic() + 20
        while "workflow.ResultIssued" not in seen and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=200)
            for messages in batches.values():
                for message in messages:
                    if message.key == case_id.encode():
                        env = Envelope.from_json(message.value)
                        seen[env.event_type] = env
    finally:
        await consumer.stop()
    signed = seen["workflow.DecisionSigned"]
    assert signed.producer.kind is OrganisationKind.DISTRICT_DEPARTMENT
    assert signed.producer.district == "talgar" and signed.actor.role is Role.HEAD
    assert signed.payload["payload"]["recognition"]["periods"] == PERIODS
    assert "workflow.ResultIssued" in seen
