"""Through the broker: a decision published by the workflow becomes an entry and a certificate;
the registry's own events leave on `registry.documents` under the deciding department's name;
the overdue timer, on the app's frozen clock, flags a certificate not issued in time."""

import json
from datetime import datetime, timedelta
from uuid import uuid4

import pytest

from contracts import topics
from contracts.identity import OrganisationKind as K
from contracts.identity import Role
from eventkit import kafka
from eventkit.clock import FrozenClock
from tests.support.cases import with_opening
from tests.support.polling import eventually

from .conftest import running, settings_for
from .factories import SIGNED, decision, department, iin

pytestmark = pytest.mark.integration


async def test_decision_over_kafka_to_published_registry_events(
    fresh_database, kafka_bootstrap, keypair, token_for
):
    settings = settings_for(fresh_database, kafka_bootstrap, keypair[1], background=True)
    # the clock stands at the signature until the test moves it past the due time
    async with running(settings, clock=FrozenClock(SIGNED)) as app:
        envelope = decision(iin(700), department("talgar"))
        producer = kafka.producer(kafka_bootstrap, "test-workflow")
        await producer.start()
        try:
            for published in with_opening(envelope):
                await producer.send_and_wait(topics.WORKFLOW_CASES, published.to_json(),
                                             key=published.stream_id.encode())
        finally:
            await producer.stop()
        officer = token_for(K.DISTRICT_DEPARTMENT, Role.REGISTRY_OFFICER, "talgar")

        async def ordered():
            found = await app.state.client.get("/v1/documents", headers=officer)
            return [d for d in found.json()["items"] if d["case_id"] == envelope.stream_id]

        document, = await eventually(ordered, timeout=30)
        app.state.clock.set(datetime.fromisoformat(document["due_at"]) + timedelta(hours=1))

        async def flagged():
            found = await app.state.client.get(f"/v1/documents/{document['document_id']}",
                                               headers=officer)
            return found.json()["overdue"]

        await eventually(flagged, timeout=30)
        published = await _published(kafka_bootstrap, f"holder-{document['holder_id']}")
        assert [m["event_type"] for m in published] == [
            "registry.PersonRegistered", "registry.DocumentRequested", "registry.DocumentOverdue",
        ]
        assert {m["producer"]["organisation_id"] for m in published} == {"dd-talgar"}
        assert {m["causation_id"] for m in published[:2]} == {str(envelope.event_id)}


async def _published(bootstrap: str, key: str) -> list[dict]:
    consumer = kafka.consumer(bootstrap, f"probe-{uuid4().hex[:8]}", [topics.REGISTRY_DOCUMENTS],
                              "probe")
    await consumer.start()
    mine: list[dict] = []
    try:
        async def three():
            batches = await consumer.getmany(timeout_ms=200)
            for messages in batches.values():
                mine.extend(json.loads(m.value) for m in messages if m.key == key.encode())
            return len(mine) >= 3

        await eventually(three, timeout=30)
    finally:
        await consumer.stop()
    return sorted(mine, key=lambda m: m["stream_version"])
