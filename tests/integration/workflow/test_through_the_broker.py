"""With the broker and every background loop running: a forwarded application published on
`intake.applications` opens one case even when delivered twice, the scheduler loop (on the
injected clock) marks the overdue step, and the decision reaches `workflow.cases` under the
district department's name."""

import uuid
from dataclasses import dataclass
from datetime import datetime

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from contracts import topics
from contracts.envelope import Envelope
from contracts.identity import OrganisationKind, Role
from eventkit import kafka, store
from eventkit.clock import FrozenClock
from services.workflow.app import WorkflowSettings, create_app
from tests.support.polling import eventually

from .conftest import MONDAY, PERIODS, REG1, Workflow, forwarded_envelope

pytestmark = pytest.mark.integration
HEAD = {"role": Role.HEAD, "person": "head-1"}
EXECUTOR = {"role": Role.RESPONSIBLE_EXECUTOR, "person": "exec-1"}


@dataclass
class CountingClock(FrozenClock):
    """A frozen clock that counts how often it is asked: the overdue timer asks once per scan,
    so a test can see scans go by instead of sleeping."""

    asked: int = 0

    def __call__(self) -> datetime:
        self.asked += 1
        return self.now


@pytest.fixture
async def running(start_service, issue_token, kafka_bootstrap):
    clock = CountingClock(MONDAY)
    service = await start_service(
        lambda s: create_app(s, WorkflowSettings(WORKFLOW_OVERDUE_SCAN_S=0.05), clock=clock),
        KAFKA_CLIENT_ID=f"wf-{uuid.uuid4().hex[:6]}",
    )
    return Workflow(service, issue_token)


async def test_forwarded_twice_opens_once_and_the_decision_is_published(running, kafka_bootstrap):
    w = running
    case_id = str(uuid.uuid4())
    envelope = forwarded_envelope(1, "first_registration", "state_corporation", None, case_id,
                                  MONDAY)
    producer = kafka.producer(kafka_bootstrap, "test-intake")
    await producer.start()
    try:  # the second one is a redelivery
        sent = [await producer.send_and_wait(topics.INTAKE_APPLICATIONS, envelope.to_json(),
                                             key=case_id.encode()) for _ in range(2)]
    finally:
        await producer.stop()

    async def opened():
        answer = await w.http.get(f"/v1/cases/{case_id}", headers=w.headers())
        return answer.json() if answer.status_code == 200 else None

    detail = await eventually(opened, what="the case opened")
    assert detail["current_step"]["step_id"] == "register"
    inbox_consumer = w.app.state.runtime.components["consumer"]
    redelivered = TopicPartition(sent[-1].topic, sent[-1].partition)

    async def both_handled() -> bool:
        # the inbox commits an offset once everything before it is applied (or found a duplicate)
        committed = await inbox_consumer.committed(redelivered)
        return committed is not None and committed > sent[-1].offset

    await eventually(both_handled, what="the redelivery handled")

    # the clock passes the registration's due time: the scheduler loop says so, once
    w.clock.advance(hours=1)

    async def overdue():
        async with w.pool.acquire() as conn:
            return await conn.fetchval("SELECT count(*) FROM events WHERE stream_id = $1 AND"
                                       " event_type = 'workflow.StepOverdue'", case_id)

    assert await eventually(overdue, what="StepOverdue") == 1
    # two more scans start after the mark, so one of them ran whole: still one StepOverdue
    asked = w.clock.asked

    async def scanned_again() -> bool:
        return w.clock.asked >= asked + 2

    await eventually(scanned_again, what="two more scans")
    assert await overdue() == 1
    async with w.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM events WHERE stream_id = $1 AND"
                                   " event_type = 'workflow.CaseOpened'", case_id) == 1
        w.etags[case_id] = f'W/"{await store.stream_version(conn, case_id)}"'

    for path, body, who in [
        ("/registration", {}, {}), ("/executor", {"person_id": "exec-1"}, HEAD),
        ("/draft", {"outcome": "approved", **REG1,
                    "payload": {"recognition": {"periods": PERIODS}}},
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
    seen: dict[str, Envelope] = {}

    async def issued_published() -> bool:
        for messages in (await consumer.getmany(timeout_ms=200)).values():
            for message in messages:
                if message.key == case_id.encode():
                    env = Envelope.from_json(message.value)
                    seen[env.event_type] = env
        return "workflow.ResultIssued" in seen

    try:
        await eventually(issued_published, what="ResultIssued on workflow.cases")
    finally:
        await consumer.stop()
    signed = seen["workflow.DecisionSigned"]
    assert signed.producer.kind is OrganisationKind.DISTRICT_DEPARTMENT
    assert signed.producer.district == "talgar" and signed.actor.role is Role.HEAD
    assert signed.payload["payload"]["recognition"]["periods"] == PERIODS
    assert "workflow.ResultIssued" in seen
