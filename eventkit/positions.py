"""A consumer's positions, kept to the broker they mean something on.

A committed offset only means something on the broker it was committed to. A broker that
restarted empty (the embedded one keeps everything in memory) answers a fetch past its end with
nothing rather than "offset out of range", and it accepts the old offsets a consumer that has not
noticed commits into it: a consumer at its old position waits there, then skips everything the
refilled partition holds before it.

`Guard` resets a partition to its beginning (the inbox drops what it already applied) when
- it was last checked on another incarnation of the broker (`eventkit.broker`) than the current
  one: after every rebalance and every `check_every_s` it asks which broker it reads, and
  remembers per partition the incarnation it checked it on (in the consumer's database, so a
  process killed before it noticed leaves the next one a partition to reset); or
- its position is past the partition's end.

It also keeps the consumer's view of its topics' partitions to the broker's (a topic made
again after a restart may have other partitions than the one before, see `_follow_partitions`).
"""

import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Protocol

import asyncpg
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import IllegalStateError

from eventkit.broker import Broker
from eventkit.logging import get_logger

log = get_logger(__name__)


class Checked(Protocol):
    """Where a consumer keeps the incarnation of the broker each partition was checked on."""

    async def load(self) -> dict[TopicPartition, str]: ...

    async def save(self, partitions: Iterable[TopicPartition], incarnation: str) -> None: ...


class CheckedInMemory:
    """For a process without a database of its own: it knows nothing when it starts."""

    def __init__(self) -> None:
        self.known: dict[TopicPartition, str] = {}

    async def load(self) -> dict[TopicPartition, str]:
        return dict(self.known)

    async def save(self, partitions: Iterable[TopicPartition], incarnation: str) -> None:
        self.known.update(dict.fromkeys(partitions, incarnation))


class CheckedInDatabase:
    def __init__(self, pool: asyncpg.Pool, consumer: str) -> None:
        self.pool, self.consumer = pool, consumer

    async def load(self) -> dict[TopicPartition, str]:
        async with self.pool.acquire() as conn:
            rows = await conn.fetch('SELECT topic, "partition", incarnation'
                                    " FROM consumer_partitions WHERE consumer = $1", self.consumer)
        return {TopicPartition(r["topic"], r["partition"]): r["incarnation"] for r in rows}

    async def save(self, partitions: Iterable[TopicPartition], incarnation: str) -> None:
        rows = [(self.consumer, tp.topic, tp.partition, incarnation) for tp in partitions]
        async with self.pool.acquire() as conn:
            await conn.executemany(
                'INSERT INTO consumer_partitions (consumer, topic, "partition", incarnation)'
                " VALUES ($1, $2, $3, $4) ON CONFLICT (consumer, topic, \"partition\")"
                " DO UPDATE SET incarnation = EXCLUDED.incarnation,"
                " checked_at = clock_timestamp()", rows)


class Guard(ConsumerRebalanceListener):  # type: ignore[misc]
    """Subscribe with it as the rebalance listener and call `check()` after each fetch.

    A partition never checked before is trusted as the broker has it (a new consumer starts from
    its group's committed offsets), unless `trust_unchecked` is False: then it is read from the
    beginning, for a process that keeps nothing between its runs.
    """

    def __init__(self, consumer: AIOKafkaConsumer, broker: Broker, checked: Checked, name: str,
                 check_every_s: float = 2.0, trust_unchecked: bool = True,
                 on_change: Callable[[], Awaitable[object]] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.consumer, self.broker, self.store, self.name = consumer, broker, checked, name
        self.check_every_s, self.trust_unchecked, self.clock = check_every_s, trust_unchecked, clock
        self.on_change = on_change  # told when the broker turned out to be another one
        self.pending: set[TopicPartition] = set()  # assigned since their last check
        self.known: dict[TopicPartition, str] | None = None
        self.incarnation: str | None = None
        self.resets = 0  # partitions reset to their beginning, for tests and metrics
        self._next = 0.0

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        pass

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        # only noted here: the checks need the broker and the database, which may be away
        self.pending |= set(assigned)

    def soon(self) -> None:
        """Check at the next call (after a broker error: it may have restarted meanwhile)."""
        self._next = 0.0

    async def check(self) -> set[TopicPartition]:
        """Reset what needs it; returns the partitions reset, whose fetched records are stale."""
        assigned = set(self.consumer.assignment())
        if not assigned or (not self.pending & assigned and self.clock() < self._next):
            return set()
        current = await self.broker.incarnation()
        if await self._follow_partitions():
            return assigned  # no longer this consumer's until the group is rebalanced
        if self.known is None:
            self.known = await self.store.load()
        if self.incarnation is not None and current != self.incarnation:
            # every position this process holds was taken on the broker that went away
            log.warning("consumer.broker_changed", consumer=self.name)
            if self.on_change is not None:
                await self.on_change()
            stale = assigned
        else:
            stale = {tp for tp in self.pending & assigned if self._stale(tp, current)}
        if current != self.incarnation:
            self.pending |= assigned
        past, unknown = await self._past_end(assigned - stale)
        reset = stale | past
        if reset:
            await self._reset(reset)
        await self.store.save(self.pending & assigned, current)
        self.known.update(dict.fromkeys(self.pending & assigned, current))
        self.pending = unknown  # looked at again once a fetch said where their end is
        self.incarnation, self._next = current, self.clock() + self.check_every_s
        return reset

    async def _follow_partitions(self) -> bool:
        """True when a subscribed topic has other partitions on the broker than in this
        consumer's metadata: the metadata is refreshed and the group rebalanced over them now,
        not after the metadata's age (minutes). The embedded broker, restarted, makes a topic
        with 4 partitions for whichever client asks for it first, and another process may make
        it with 6 meanwhile: a consumer left with the 4 never reads what goes to the other two.
        That broker keeps a lone member's assignment when it merely rejoins, so the consumer
        leaves the group and joins it again (what it applied is committed: nothing is lost)."""
        present = self.broker.seen  # as the incarnation's look at the broker just found them
        cluster = self.consumer._client.cluster
        topics = sorted(self.consumer.subscription())
        changed = [topic for topic in topics if present.get(topic)
                   and present[topic] != set(cluster.partitions_for_topic(topic) or ())]
        if not changed:
            return False
        log.warning("consumer.partitions_changed", consumer=self.name, topics=changed)
        await self.consumer._client.force_metadata_update()
        self.consumer.unsubscribe()
        self.consumer.subscribe(topics, listener=self)
        return True

    def _stale(self, tp: TopicPartition, current: str) -> bool:
        assert self.known is not None
        seen = self.known.get(tp)
        return seen != current if seen is not None else not self.trust_unchecked

    async def _past_end(self, partitions: set[TopicPartition]
                        ) -> tuple[set[TopicPartition], set[TopicPartition]]:
        """(past the end, not known yet): a position is compared with the high watermark the
        partition's last fetch answered with, which the first fetch after an assignment gives."""
        past, unknown = set(), set()
        for tp in partitions:
            try:
                end = self.consumer.highwater(tp)
                if end is None:
                    unknown.add(tp)
                elif await self.consumer.position(tp) > end:
                    past.add(tp)
            except IllegalStateError:  # no longer assigned: its next owner checks it
                continue
        return past, unknown

    async def _reset(self, partitions: set[TopicPartition]) -> None:
        ordered = sorted(partitions)
        log.warning("consumer.reset_to_beginning", consumer=self.name,
                    partitions=[f"{tp.topic}[{tp.partition}]" for tp in ordered])
        await self.consumer.seek_to_beginning(*ordered)
        # the old offsets committed into this broker go too: the next owner starts over as well
        beginning = await self.consumer.beginning_offsets(ordered)
        await self.consumer.commit({tp: beginning[tp] for tp in ordered})
        self.resets += len(ordered)
