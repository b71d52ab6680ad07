"""The result coming back: received from the provider, handed over, or returned uncollected."""

from contracts.calendar import OFFICE_HOURS, due
from contracts.events import Event
from contracts.intake_events import ResultHandedOver, ResultReceived, ResultReturnedToProvider

from .commands import HandOverResult, RecordResult, ReturnResultToProvider
from .errors import Invalid, NotAllowedNow, UnknownApplication
from .rules import due_after
from .state import (
    Accepted,
    AwaitingPickup,
    Forwarded,
    HandedOver,
    NotSubmitted,
    Refused,
    ReturnedToProvider,
    State,
)


def record_result(state: State, command: RecordResult) -> list[Event]:
    match state:
        case NotSubmitted():
            raise UnknownApplication("no such application")
        case Refused() | Accepted():
            raise NotAllowedNow("the package was never forwarded, so no result can come back")
        case AwaitingPickup() | HandedOver() | ReturnedToProvider():
            if state.result.decision_reference == command.decision_reference:
                return []  # the same result told twice
            raise NotAllowedNow("another result has already been received")
        case Forwarded():
            if command.provider.organisation_id != state.provider.organisation_id:
                raise NotAllowedNow("the result comes from a provider the package was not sent to")
            return [_received(state, command)]


def _received(state: Forwarded, command: RecordResult) -> ResultReceived:
    channel = command.rules.channels.get(state.receipt.channel)
    holder = state.receipt.accepted_by.kind.value
    return ResultReceived(
        application_id=state.receipt.application_id,
        outcome=command.outcome,
        decision_reference=command.decision_reference,
        provider=command.provider,
        issued_at=command.issued_at,
        received_at=command.now,
        receive_due=due_after(command.issued_at, channel.collect if channel else None),
        collect_by=due(command.now, command.keep_for, OFFICE_HOURS[holder]),
        keep_for=command.keep_for,
        awaits_document=command.awaits_document and command.outcome == "approved",
    )


def hand_over(state: State, command: HandOverResult) -> list[Event]:
    match state:
        case NotSubmitted():
            raise UnknownApplication("no such application")
        case HandedOver():
            return []
        case ReturnedToProvider():
            raise NotAllowedNow("the uncollected result has been returned to the provider")
        case Refused() | Accepted() | Forwarded():
            raise NotAllowedNow("there is no result to hand over yet")
        case AwaitingPickup():
            if command.recipient == "representative" and state.receipt.representative is None:
                raise Invalid("recipient", "the application names no representative")
            notes = state.notes
            if state.result.awaits_document and not notes.documents and notes.elsewhere is None:
                raise NotAllowedNow("the registry has not issued the document of this result "
                                    "yet: it is handed over with it")
            return [_handed_over(state, command)]


def _handed_over(state: AwaitingPickup, command: HandOverResult) -> ResultHandedOver:
    channel = command.rules.channels.get(state.receipt.channel)
    arrived = command.applicant_arrived_at
    hand_over_due = due_after(arrived, channel.hand_over if channel else None) if arrived else None
    return ResultHandedOver(
        application_id=state.receipt.application_id,
        handed_over_at=command.now,
        recipient=command.recipient,
        hand_over_due=hand_over_due,
        overdue=hand_over_due is not None and command.now > hand_over_due,
    )


def return_to_provider(state: State, command: ReturnResultToProvider) -> list[Event]:
    match state:
        case NotSubmitted():
            raise UnknownApplication("no such application")
        case ReturnedToProvider():
            return []
        case HandedOver():
            raise NotAllowedNow("the result has been handed over")
        case Refused() | Accepted() | Forwarded():
            raise NotAllowedNow("there is no result to return")
        case AwaitingPickup():
            if command.now < state.result.collect_by:
                raise NotAllowedNow("the result may still be collected")
            return [ResultReturnedToProvider(
                application_id=state.receipt.application_id,
                provider=state.result.provider,
                returned_at=command.now,
                collect_by=state.result.collect_by,
            )]
