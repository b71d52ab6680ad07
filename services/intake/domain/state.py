"""The application's write state: a closed union of small frozen classes, and `evolve`."""

from dataclasses import dataclass
from typing import assert_never

from contracts.events import Event
from contracts.intake_events import (
    ApplicationAccepted,
    ApplicationForwarded,
    ApplicationRefused,
    ResultHandedOver,
    ResultReceived,
    ResultReturnedToProvider,
)
from contracts.people import OrganisationRef


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


@dataclass(frozen=True)
class AwaitingPickup:
    receipt: ApplicationAccepted
    provider: OrganisationRef
    result: ResultReceived


@dataclass(frozen=True)
class HandedOver:
    receipt: ApplicationAccepted
    result: ResultReceived


@dataclass(frozen=True)
class ReturnedToProvider:
    receipt: ApplicationAccepted
    result: ResultReceived


State = (
    NotSubmitted | Refused | Accepted | Forwarded | AwaitingPickup | HandedOver | ReturnedToProvider
)

initial_state: State = NotSubmitted()


def evolve(state: State, event: Event) -> State:
    match event:
        case ApplicationAccepted():
            return Accepted(event)
        case ApplicationRefused():
            return Refused(event)
        case ApplicationForwarded() if isinstance(state, Accepted):
            return Forwarded(state.receipt, event.provider)
        case ResultReceived() if isinstance(state, Forwarded):
            return AwaitingPickup(state.receipt, state.provider, event)
        case ResultHandedOver() if isinstance(state, AwaitingPickup):
            return HandedOver(state.receipt, state.result)
        case ResultReturnedToProvider() if isinstance(state, AwaitingPickup):
            return ReturnedToProvider(state.receipt, state.result)
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
