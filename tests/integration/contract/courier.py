"""The broker's part, in process: what one service appended reaches the services that subscribe
to its topic, through each one's own inbox (signature and producer checked, payload decoded,
applied once), as the relay and the consumer would carry it, only without the network; and each
service's read models brought to its log's head, as its projection loop would."""

from dataclasses import dataclass, field

from aiokafka.structs import ConsumerRecord
from fastapi import FastAPI

from eventkit import store
from eventkit.inbox import Inbox
from eventkit.projections import ProjectionRunner
from eventkit.store import START, Position


@dataclass
class Courier:
    apps: dict[str, FastAPI]
    read: dict[str, Position] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)
    inboxes: dict[str, Inbox] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, app in self.apps.items():
            spec = app.state.spec
            if spec.subscriptions:
                self.inboxes[name] = Inbox(app.state.pool, None, spec.name,  # type: ignore[arg-type]
                                           spec.handlers, spec.registry, keys=app.state.keys)

    async def deliver(self) -> int:
        """Carry everything appended so far, and what it led to, until nothing new is left."""
        carried = 0
        while moved := await self._round():
            carried += moved
        for app in self.apps.values():
            projections = app.state.spec.projections
            if projections:
                await ProjectionRunner(app.state.pool, projections).catch_up()
        dead = {name: inbox.dead for name, inbox in self.inboxes.items() if inbox.dead}
        assert not dead, f"dead letters: {dead}"
        return carried

    async def _round(self) -> int:
        moved = 0
        for name, app in self.apps.items():
            async with app.state.pool.acquire() as conn:
                recorded = await store.read_all(conn, self.read.get(name, START))
            for envelope, position in recorded:
                self.read[name] = position
                topic = app.state.spec.registry.type_of(envelope.event_type).topic
                for target, inbox in self.inboxes.items():
                    handler = inbox._by_type.get(envelope.event_type)
                    if target == name or topic not in self.apps[target].state.spec.subscriptions \
                            or handler is None:
                        continue
                    offset = self.offsets[topic] = self.offsets.get(topic, -1) + 1
                    value = envelope.to_json()
                    record = ConsumerRecord(topic, 0, offset, 0, 0, envelope.stream_id.encode(),
                                            value, None, 0, len(value), ())
                    await inbox.apply(record, envelope, handler)
                    moved += 1
        return moved
