"""`qorgau republish`: a service's log published again from a position, by the command itself
when no instance of the service runs, by the running relay when one does."""

import pytest

from eventkit import store
from eventkit.service import create_service_app
from qorgau.republish import republish
from tests.integration.test_broker_refill import on_topic_envelopes
from tests.integration.test_service_wiring import specs
from tests.support.polling import eventually

pytestmark = pytest.mark.integration


async def published(bootstrap: str, topic: str) -> list[int]:
    return sorted(e.payload["n"] for e in await on_topic_envelopes(bootstrap, topic))


async def count(service, *numbers: int) -> None:
    for n in numbers:
        assert (await service.client.post(f"/count/s-{n}", params={"n": n})).status_code == 200


async def test_with_no_instance_running_the_command_publishes_from_the_position_on(
        start_service, unique_topic, kafka_bootstrap):
    topic = unique_topic("again")
    writer_spec, _ = specs(topic)
    offline = await start_service(lambda s: create_service_app(writer_spec, s),
                                  RUN_BACKGROUND=False)
    await count(offline, 1, 2, 3, 4, 5)
    done = await republish(offline.app)
    assert done.by_this_command and done.set_back_to is not None
    assert await published(kafka_bootstrap, topic) == [1, 2, 3, 4, 5]

    async with offline.pool.acquire() as conn:
        third = await conn.fetchval("SELECT position FROM events WHERE stream_id = 's-3'")
    await republish(offline.app, third)
    assert await published(kafka_bootstrap, topic) == [1, 2, 3, 3, 4, 4, 5, 5]
    async with offline.pool.acquire() as conn:
        assert await store.load_checkpoint(conn, "relay") == await store.head(conn)


async def test_with_an_instance_running_its_relay_publishes_again(start_service, unique_topic,
                                                                  kafka_bootstrap):
    topic = unique_topic("running")
    writer_spec, _ = specs(topic)
    running = await start_service(lambda s: create_service_app(writer_spec, s))
    await count(running, 1, 2, 3)
    assert await eventually(lambda: published(kafka_bootstrap, topic), what="published") == [
        1, 2, 3]
    tool = await start_service(lambda s: create_service_app(writer_spec, s),
                               DATABASE_URL=running.database_url, RUN_BACKGROUND=False)
    done = await republish(tool.app)
    assert not done.by_this_command
    assert await published(kafka_bootstrap, topic) == [1, 1, 2, 2, 3, 3]


async def test_past_the_head_there_is_nothing_to_publish(start_service, unique_topic):
    writer_spec, _ = specs(unique_topic("nothing"))
    offline = await start_service(lambda s: create_service_app(writer_spec, s),
                                  RUN_BACKGROUND=False)
    await count(offline, 1)
    assert (await republish(offline.app, 10_000)).set_back_to is None
