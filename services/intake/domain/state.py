"""The application's write state: a closed union of small frozen classes, and `evolve`."""

from dataclasses import dataclass, field, replace
from typing import assert_never

from contracts.events import Event
from contracts.intake_events import (
    ApplicationAccepted,
    ApplicationForwarded,
    ApplicationRefused,
    DocumentRecorded,
    RegisteredElsewhere,
    ResultHandedOver,
    ResultReceived,
    ResultReturnedToProvider,
)
from contracts.people import OrganisationRef


@dataclass(frozen=True)
class Notes:
    """What the registry said of the decision, whenever it came: the documents it issued, or
    that the person is registered through another case."""

    documents: tuple[DocumentRecorded, ...] = ()
    elsewhere: RegisteredElsewhere | None = None


@dataclass(frozen=True)
class NotSubmitted:
    pass


@dataclass(frozen=True)
class Refused:
    receipt: ApplicationRefused


@dataclass(frozen=True)
class Accepted:
    receipt: ApplicationAccepted  # the forwarded package is built from it


@dataclass(frozen=True)
class Forwarded:
    receipt: ApplicationAccepted
    provider: OrganisationRef
    notes: Notes = field(default_factory=Notes)


@dataclass(frozen=True)
class AwaitingPickup:
    receipt: ApplicationAccepted
    provider: OrganisationRef
    result: ResultReceived
    notes: Notes = field(default_factory=Notes)


@dataclass(frozen=True)
class HandedOver:
    receipt: ApplicationAccepted
    result: ResultReceived
    notes: Notes = field(default_factory=Notes)


@dataclass(frozen=True)
class ReturnedToProvider:
    receipt: ApplicationAccepted
    result: ResultReceived
    notes: Notes = field(default_factory=Notes)


State = (
    NotSubmitted | Refused | Accepted | Forwarded | AwaitingPickup | HandedOver | ReturnedToProvider
)

initial_state: State = NotSubmitted()
# the states a forwarded package is in: the registry's notes may arrive in any of them
Noted = Forwarded | AwaitingPickup | HandedOver | ReturnedToProvider


def evolve(state: State, event: Event) -> State:
    match event:
        case ApplicationAccepted():
            return Accepted(event)
        case ApplicationRefused():
            return Refused(event)
        case ApplicationForwarded() if isinstance(state, Accepted):
            return Forwarded(state.receipt, event.provider)
        case ResultReceived() if isinstance(state, Forwarded):
            return AwaitingPickup(state.receipt, state.provider, event, state.notes)
        case ResultHandedOver() if isinstance(state, AwaitingPickup):
            return HandedOver(state.receipt, state.result, state.notes)
        case ResultReturnedToProvider() if isinstance(state, AwaitingPickup):
            return ReturnedToProvider(state.receipt, state.result, state.notes)
        case DocumentRecorded() if isinstance(state, Noted):
            documents = (*state.notes.documents, event)
            return replace(state, notes=replace(state.notes, documents=documents))
        case RegisteredElsewhere() if isinstance(state, Noted):
            return replace(state, notes=replace(state.notes, elsewhere=event))
    raise ValueError(f"{type(event).__name__} cannot follow {type(state).__name__}")


def status_of(state: State) -> str:
    match state:
        case NotSubmitted():
            return "not_submitted"
        case Refused():
            return "refused"
        case Accepted():
            return "accepted"
        case Forwarded():
            return "forwarded"
        case AwaitingPickup():
            return "result_received"
        case HandedOver():
            return "handed_over"
        case ReturnedToProvider():
            return "returned_to_provider"
        case _:
            assert_never(state)
