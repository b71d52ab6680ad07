"""Each organisation writes under its own identity, and the events reach Kafka that way."""

import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from contracts import topics
from contracts.envelope import Envelope
from eventkit import store
from eventkit.clock import FrozenClock
from services.intake.app import create_app

from .conftest import NOW, eventually, reg1
from .results import PROVIDER, certificate_issued_envelope, result_issued_envelope

pytestmark = pytest.mark.integration


async def test_two_organisations_events_carry_their_own_producers(intake, sc_talgar, as_):
    centre = as_("ec-talgar", "employment_centre", "office_clerk", "talgar")
    sc_app = (await intake.client.post("/v1/applications", json=reg1(),
                                       headers=sc_talgar)).json()
    reg4 = reg1(regulation_id=4, sub_service=None, facts={"address": "Talgar, Abai 1"})
    ec_app = (await intake.client.post("/v1/applications", json=reg4, headers=centre)).json()
    assert ec_app["channel"] == "employment_centre", ec_app
    async with intake.pool.acquire() as conn:
        sc_events = await store.load(conn, sc_app["application_id"])
        ec_events = await store.load(conn, ec_app["application_id"])
    assert sc_events[0].producer.model_dump() == {
        "organisation_id": "sc-talgar", "kind": "state_corporation", "district": "talgar",
        "rural_district": None}
    assert sc_events[0].actor.person_id == "sc-talgar-operator"
    assert ec_events[0].producer.organisation_id == "ec-talgar"
    assert ec_events[0].producer.kind == "employment_centre"
    assert ec_events[0].actor.model_dump() == {"person_id": "ec-talgar-office_clerk",
                                               "role": "office_clerk"}


async def test_body_cannot_claim_another_producer(intake, sc_talgar):
    body = reg1(producer={"organisation_id": "dd-talgar", "kind": "district_department"})
    answer = await intake.client.post("/v1/applications", json=body, headers=sc_talgar)
    assert answer.status_code == 422  # no such field: the token alone says who


async def read_topic(bootstrap: str, topic: str, stream_id: str, count: int) -> list[Envelope]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap,
                                group_id=f"intake-test-{uuid.uuid4().hex[:8]}",
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    found: list[Envelope] = []
    try:
        async def enough():
            batches = await consumer.getmany(timeout_ms=200)
            for messages in batches.values():
                for message in messages:
                    if message.key == stream_id.encode():
                        found.append(Envelope.from_json(message.value))
            return len(found) >= count

        await eventually(enough, timeout=90)
    finally:
        await consumer.stop()
    return found


async def test_reg1_package_round_trip_through_kafka(start_service, kafka_bootstrap, sc_talgar):
    # with its consumer of workflow results
    intake = await start_service(lambda settings: create_app(settings, clock=FrozenClock(NOW)))
    created = (await intake.client.post("/v1/applications", json=reg1(),
                                        headers=sc_talgar)).json()
    app_id = created["application_id"]
    forward = await intake.client.post(f"/v1/applications/{app_id}/forward",
                                       json={"provider": PROVIDER.model_dump(mode="json")},
                                       headers=sc_talgar)
    assert forward.status_code == 200

    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        envelope = result_issued_envelope(app_id)
        await producer.send_and_wait(topics.WORKFLOW_CASES, envelope.to_json(),
                                     key=app_id.encode())
        certificate = certificate_issued_envelope(app_id)
        await producer.send_and_wait(topics.REGISTRY_DOCUMENTS, certificate.to_json(),
                                     key=certificate.stream_id.encode())
    finally:
        await producer.stop()

    async def received():
        got = await intake.client.get(f"/v1/applications/{app_id}", headers=sc_talgar)
        return got.json()["status"] == "result_received" and got.json()["documents"]

    await eventually(received, timeout=90)
    handed = await intake.client.post(f"/v1/applications/{app_id}/hand-over", headers=sc_talgar)
    assert handed.status_code == 200

    published = await read_topic(kafka_bootstrap, topics.INTAKE_APPLICATIONS, app_id, 5)
    types = [e.event_type for e in published]
    # the result and the certificate come on two topics: either may be noted first
    assert types[:2] == ["intake.ApplicationAccepted", "intake.ApplicationForwarded"]
    assert sorted(types[2:4]) == ["intake.DocumentRecorded", "intake.ResultReceived"]
    assert types[4] == "intake.ResultHandedOver"
    assert {e.producer.organisation_id for e in published} == {"sc-talgar"}
    assert {e.producer.kind for e in published} == {"state_corporation"}
    assert published[1].actor.person_id == "sc-talgar-operator"
