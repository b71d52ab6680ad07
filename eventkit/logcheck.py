"""A whole log checked offline against a key set: what `qorgau verify-log <service>` runs.

Every event must carry its producer's signature, by a key of the producing organisation valid
when it occurred, over the event as it is stored; and the proofs its contract asks for (a
decision's head signature). The log itself may have been written to by someone other than the
service (it refuses updates and deletes, not inserts): this finds such an event, names the first
one in the log's order and counts them all.
"""

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from contracts.envelope import Envelope
from contracts.events import EventRegistry, UnknownEventType
from eventkit import store
from eventkit.db import Connection
from eventkit.signing import SignatureRefused, Verifier


@dataclass(frozen=True)
class BadEvent:
    position: int
    envelope: Envelope
    reason: str

    def describe(self) -> str:
        e = self.envelope
        return (f"position {self.position}: {e.event_type} {e.event_id} (stream {e.stream_id}"
                f" v{e.stream_version}, by {e.producer.organisation_id}): {self.reason}")


@dataclass(frozen=True)
class LogCheck:
    checked: int
    bad: int
    first: BadEvent | None

    @property
    def ok(self) -> bool:
        return self.bad == 0


def problem_of(envelope: Envelope, keys: Verifier, registry: EventRegistry) -> str | None:
    """Why the event's origin is not proved, or None when it is."""
    try:
        keys.verify(envelope)
        if envelope.event_type in registry:
            event = registry.decode(envelope)
            for proof in event.proofs(envelope):
                keys.prove(proof)
    except SignatureRefused as error:
        return str(error)
    except (UnknownEventType, ValidationError) as error:
        return f"unreadable: {type(error).__name__}"
    return None


async def check_log(conn: Connection, keys: Verifier, registry: EventRegistry,
                    progress: Callable[[int], None] | None = None,
                    batch: int = 1000) -> LogCheck:
    """Every event of the log in its global order (see `store.read_all`)."""
    checked = bad = 0
    first: BadEvent | None = None
    after = store.START
    while recorded := await store.read_all(conn, after, batch):
        for envelope, position in recorded:
            reason = problem_of(envelope, keys, registry)
            if reason is not None:
                bad += 1
                first = first or BadEvent(position.seq, envelope, reason)
        checked += len(recorded)
        after = recorded[-1].position
        if progress is not None:
            progress(len(recorded))
    return LogCheck(checked, bad, first)
