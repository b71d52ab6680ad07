"""aiokafka clients configured the one way this system relies on.

No idempotent producer and no transactions (the embedded broker has neither, and correctness
must not need them): `acks="all"` and the consumers' inbox give effectively-once effects.
"""

import asyncio
import contextlib
from collections.abc import Iterable, Mapping

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

DEFAULT_PARTITIONS = 6


def producer(bootstrap: str, client_id: str) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        acks="all",
        enable_idempotence=False,
        linger_ms=5,
        max_batch_size=256 * 1024,
    )


def consumer(
    bootstrap: str,
    group: str,
    topics: Iterable[str],
    client_id: str,
    session_timeout_ms: int = 10_000,
    heartbeat_interval_ms: int = 3_000,
    rebalance_timeout_ms: int | None = None,
) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=group,
        client_id=client_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_uncommitted",
        max_poll_records=500,
        session_timeout_ms=session_timeout_ms,
        heartbeat_interval_ms=heartbeat_interval_ms,
        rebalance_timeout_ms=rebalance_timeout_ms,
    )


async def ensure_topics(
    bootstrap: str, topics: Iterable[str], partitions: int = DEFAULT_PARTITIONS, attempts: int = 30,
    configs: Mapping[str, str] | None = None, replication_factor: int = 1,
) -> None:
    """Create missing topics; waits for the broker to accept connections first (`attempts` tries,
    half a second apart, then the connection error is raised)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="qorgau-admin")
    for attempt in range(attempts):
        try:
            await admin.start()
            break
        except KafkaConnectionError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(0.5)
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(name=t, num_partitions=partitions, replication_factor=replication_factor,
                     topic_configs=dict(configs or {}))
            for t in topics
            if t not in existing
        ]
        if missing:
            # another process may create one between our list and create: the goal holds
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
    finally:
        await admin.close()


Lag = dict[tuple[str, int], int]  # (topic, partition) -> messages not yet committed


async def consumer_lag(consumer: AIOKafkaConsumer, committed: Mapping[TopicPartition, int]) -> Lag:
    """Per assigned partition: the broker's end offset less the offset this group committed.

    `committed` holds what this process committed. On a partition it has not committed to yet
    it has applied nothing either, so the consumer's position is where the group stands (asking
    the coordinator instead costs a round trip per partition, behind the consumer's own).
    """
    assigned = sorted(consumer.assignment())
    if not assigned:
        return {}
    ends = await consumer.end_offsets(assigned)
    lag: Lag = {}
    for partition in assigned:
        done = committed.get(partition)
        if done is None:
            done = await consumer.position(partition)
        lag[partition.topic, partition.partition] = max(ends[partition] - done, 0)
    return lag


async def group_lag(bootstrap: str, group: str, topics: Iterable[str] | None = None,
                    timeout_ms: int = 5_000) -> Lag:
    """A consumer group's lag read from the broker alone (no member of the group needed): on
    `topics`, or on every topic the group has committed offsets to (partitions named one by
    one: a request for "all of the group's offsets" is not understood by every broker)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="qorgau-status",
                                request_timeout_ms=timeout_ms)
    reader = AIOKafkaConsumer(bootstrap_servers=bootstrap, client_id="qorgau-status",
                              enable_auto_commit=False, request_timeout_ms=timeout_ms)
    await admin.start()
    try:
        await reader.start()
        try:
            known = await reader.topics()  # also loads every topic's partitions
            asked = sorted(set(topics) if topics is not None else known)
            every = [TopicPartition(topic, p) for topic in asked
                     for p in sorted(reader.partitions_for_topic(topic) or ())]
            committed = await admin.list_consumer_group_offsets(group, partitions=every)
            consumed = {tp.topic for tp, meta in committed.items() if meta.offset >= 0}
            partitions = [tp for tp in every if topics is not None or tp.topic in consumed]
            ends = await reader.end_offsets(partitions) if partitions else {}
        finally:
            await reader.stop()
    finally:
        await admin.close()
    lag: Lag = {}
    for partition in partitions:
        meta = committed.get(partition)
        done = meta.offset if meta is not None and meta.offset >= 0 else 0
        lag[partition.topic, partition.partition] = max(ends[partition] - done, 0)
    return lag
