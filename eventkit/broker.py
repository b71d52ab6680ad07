"""What a process asks the broker about the broker itself: which one it is, and how far each
partition it wrote to still reaches.

A broker that restarts empty (the embedded one keeps everything in memory) answers on the same
address, with the same topic names soon made again, and with offsets that mean other messages.
Two questions tell it from the broker a process published to or committed offsets on:

- its **incarnation**: the first message of a one-partition topic, written by whichever process
  first found that topic empty. A broker that kept its data keeps that message; one that lost it
  gets a new one. Consumers compare it with the incarnation they last checked their positions on.
- **what it still holds** of what it acknowledged: a relay, the only writer of its topics, keeps
  the offsets of the last batch acknowledged on each partition; a topic or partition gone, or an
  end offset not past that record, means the broker lost what it had acknowledged.

The embedded broker (Tansu 0.6) reports a partition's end ("latest" offset) as one past the first
message of the last batch it wrote, not past its last message; the high watermark of a fetch is
right. So a record is compared with the first offset of its batch, and a consumer compares its
position with the high watermark its fetches saw.
"""

import uuid
from collections.abc import Mapping

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaTimeoutError

from eventkit import kafka

INCARNATION_TOPIC = "eventkit.incarnation"
_MARKER = TopicPartition(INCARNATION_TOPIC, 0)


class Broker:
    """A group-less client for questions about the broker; started on first use."""

    def __init__(self, bootstrap: str, client_id: str, timeout_ms: int = 5_000) -> None:
        self.bootstrap, self.client_id, self.timeout_ms = bootstrap, client_id, timeout_ms
        self._reader: AIOKafkaConsumer | None = None
        # the topics and partitions of the last answer `partitions` had (every `incarnation`
        # asks): what a consumer's own view of them is compared with, at no extra request
        self.seen: dict[str, frozenset[int]] = {}

    async def _started(self) -> AIOKafkaConsumer:
        if self._reader is None:
            reader = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False,
                                      client_id=f"{self.client_id}-probe",
                                      request_timeout_ms=self.timeout_ms)
            await reader.start()
            reader.assign([_MARKER])
            self._reader = reader
        return self._reader

    async def stop(self) -> None:
        if self._reader is not None:
            await self._reader.stop()
            self._reader = None

    async def partitions(self) -> dict[str, frozenset[int]]:
        """Every topic the broker has now, with its partitions (asked afresh, not cached)."""
        reader = await self._started()
        cluster = await reader._client.fetch_all_metadata()
        self.seen = {topic: frozenset(cluster.partitions_for_topic(topic) or ())
                     for topic in cluster.topics()}
        return self.seen

    async def lost(self, acknowledged: Mapping[TopicPartition, int]) -> list[str]:
        """What of `acknowledged` (partition -> offset of a message acknowledged there) the
        broker no longer holds, said for a log line; empty when it holds it all."""
        if not acknowledged:
            return []
        present = await self.partitions()
        missing = [tp for tp in acknowledged if tp.partition not in present.get(tp.topic, ())]
        reasons = [f"{tp.topic}[{tp.partition}] is gone" for tp in sorted(missing)]
        held = [tp for tp in acknowledged if tp not in missing]
        ends = await (await self._started()).end_offsets(held) if held else {}
        reasons += [f"{tp.topic}[{tp.partition}] ends at {ends[tp]}, had {acknowledged[tp]}"
                    for tp in sorted(held) if ends[tp] <= acknowledged[tp]]
        return reasons

    async def incarnation(self) -> str:
        """Which broker this is. The first process to find the marker topic empty writes the
        marker; every process reads the first message, so racing writers agree."""
        first = await self._first_marker()
        if first is None:
            await self._write_marker()
            first = await self._first_marker()
        if first is None:
            raise KafkaTimeoutError("the broker's incarnation marker could not be read")
        return first

    async def _first_marker(self) -> str | None:
        reader = await self._started()
        if INCARNATION_TOPIC not in await self.partitions():
            await kafka.ensure_topics(self.bootstrap, [INCARNATION_TOPIC], partitions=1,
                                      attempts=1, configs={"retention.ms": "-1"})
        begin = (await reader.beginning_offsets([_MARKER]))[_MARKER]
        if (await reader.end_offsets([_MARKER]))[_MARKER] <= begin:
            return None
        reader.seek(_MARKER, begin)
        found = await reader.getmany(_MARKER, timeout_ms=self.timeout_ms, max_records=1)
        records = found.get(_MARKER, [])
        return records[0].value.decode() if records else None

    async def _write_marker(self) -> None:
        producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all",
                                    client_id=f"{self.client_id}-probe")
        await producer.start()
        try:
            await producer.send_and_wait(INCARNATION_TOPIC, uuid.uuid4().hex.encode(),
                                         partition=0)
        finally:
            await producer.stop()
