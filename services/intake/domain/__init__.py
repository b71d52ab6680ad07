"""The application decider: `decide(state, command) -> events`, `evolve(state, event) -> state`."""

from typing import assert_never

from contracts.events import Event

from .commands import (
    Command,
    ForwardApplication,
    HandOverResult,
    RecordDocument,
    RecordRegisteredElsewhere,
    RecordResult,
    ReturnResultToProvider,
    SubmitApplication,
)
from .errors import (
    IntakeError,
    Invalid,
    Mismatch,
    NotAllowedNow,
    NotOffered,
    UnknownApplication,
)
from .forwarding import forward
from .notes import record_document, record_registered_elsewhere
from .results import hand_over, record_result, return_to_provider
from .state import (
    Accepted,
    AwaitingPickup,
    Forwarded,
    HandedOver,
    Noted,
    Notes,
    NotSubmitted,
    Refused,
    ReturnedToProvider,
    State,
    evolve,
    initial_state,
    status_of,
)
from .submitting import submit


def decide(state: State, command: Command) -> list[Event]:
    match command:
        case SubmitApplication():
            return submit(state, command)
        case ForwardApplication():
            return forward(state, command)
        case RecordResult():
            return record_result(state, command)
        case HandOverResult():
            return hand_over(state, command)
        case ReturnResultToProvider():
            return return_to_provider(state, command)
        case RecordDocument():
            return record_document(state, command)
        case RecordRegisteredElsewhere():
            return record_registered_elsewhere(state, command)
        case _:
            assert_never(command)

__all__ = [
    "Accepted",
    "AwaitingPickup",
    "Command",
    "ForwardApplication",
    "Forwarded",
    "HandOverResult",
    "HandedOver",
    "IntakeError",
    "Invalid",
    "Mismatch",
    "NotAllowedNow",
    "NotOffered",
    "NotSubmitted",
    "Noted",
    "Notes",
    "RecordDocument",
    "RecordRegisteredElsewhere",
    "RecordResult",
    "Refused",
    "ReturnResultToProvider",
    "ReturnedToProvider",
    "State",
    "SubmitApplication",
    "UnknownApplication",
    "decide",
    "evolve",
    "initial_state",
    "status_of",
]
