"""Event types as explicit contracts: a stable name, a schema version, who may say it, its topic.

Types are registered explicitly in an `EventRegistry`; nothing is looked up by import path or
class name. Old versions are read through pure upcasters `dict -> dict`, keyed by (type, version).
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from contracts.envelope import Envelope
from contracts.identity import OrganisationKind

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Proof:
    """A signature an event must carry besides its producer's: `signature` (None: missing) over
    `message`, made at `at` by a key of `organisation_id` (and of `person_id`, when named).

    E.g. a decision carries its head's own signature of the decision document: who signed is
    provable, not only which office produced the event. Consumers check every proof before they
    apply the event (`eventkit.inbox`).
    """

    what: str  # named in a refusal: "the head's signature of the decision"
    signature: str | None
    message: bytes
    organisation_id: str
    person_id: str | None
    at: datetime


class Event(BaseModel):
    """Base of every domain event: frozen facts plus class-level contract metadata."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_type: ClassVar[str]
    schema_version: ClassVar[int] = 1
    topic: ClassVar[str]
    producers: ClassVar[frozenset[OrganisationKind]]

    def proofs(self, envelope: Envelope) -> tuple[Proof, ...]:
        """The signatures this event must carry besides its producer's (none by default)."""
        return ()


class UnknownEventType(LookupError):
    pass


class ProducerNotAllowed(PermissionError):
    pass


class EventRegistry:
    def __init__(self, events: Iterable[type[Event]] = ()) -> None:
        self._types: dict[str, type[Event]] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}
        for event in events:
            self.register(event)

    def register(self, event: type[Event]) -> type[Event]:
        name = event.event_type
        if name in self._types and self._types[name] is not event:
            raise ValueError(f"event type {name!r} is already registered")
        self._types[name] = event
        return event

    def register_upcaster(self, event_type: str, from_version: int, upcast: Upcaster) -> None:
        """`upcast` turns a payload of `from_version` into one of `from_version + 1`."""
        self._upcasters[(event_type, from_version)] = upcast

    def merged(self, other: "EventRegistry") -> "EventRegistry":
        merged = EventRegistry([*self._types.values(), *other._types.values()])
        merged._upcasters = {**self._upcasters, **other._upcasters}
        return merged

    def __contains__(self, event_type: str) -> bool:
        return event_type in self._types

    def __iter__(self) -> Iterator[type[Event]]:
        return iter(self._types.values())

    def type_of(self, event_type: str) -> type[Event]:
        try:
            return self._types[event_type]
        except KeyError:
            raise UnknownEventType(event_type) from None

    def decode(self, envelope: Envelope) -> Event:
        """The envelope's payload as the current version of its event class."""
        cls = self.type_of(envelope.event_type)
        payload, version = dict(envelope.payload), envelope.schema_version
        while version < cls.schema_version:
            upcast = self._upcasters.get((envelope.event_type, version))
            if upcast is None:
                raise UnknownEventType(f"{envelope.event_type} v{version}: no upcaster")
            payload, version = upcast(payload), version + 1
        if version != cls.schema_version:
            raise UnknownEventType(f"{envelope.event_type} v{version} is newer than this reader")
        return cls.model_validate(payload)

    def check_producer(self, envelope: Envelope) -> None:
        """Consumers call this before acting: a producer may say only its own kind of facts."""
        cls = self.type_of(envelope.event_type)
        if envelope.producer.kind not in cls.producers:
            raise ProducerNotAllowed(
                f"{envelope.producer.kind.value} may not produce {envelope.event_type}"
            )
