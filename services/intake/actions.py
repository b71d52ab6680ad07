"""What the caller may do with an application now: the next actions an answer lists, with the
ids each needs (the default provider to forward to, who may receive the result)."""

from contracts.directory import Directory
from eventkit.identity import Principal

from . import commanding
from .domain import Accepted, AwaitingPickup, State
from .schemas import ApplicationAction, ApplicationView


def actions_of(view: ApplicationView, state: State, principal: Principal,
               directory: Directory) -> list[ApplicationAction]:
    """Only the organisation that accepted the package acts on it."""
    if view.organisation_id != principal.organisation_id:
        return []
    href = f"/v1/applications/{view.application_id}"
    match state:
        case Accepted():
            providers = commanding.providers_for(directory, state.receipt)
            return [ApplicationAction(
                action="forward", title="Forward the package to its provider",
                href=f"{href}/forward", provider=providers[0] if providers else None,
                providers=providers)]
        case AwaitingPickup():
            notes, result = state.notes, state.result
            if result.awaits_document and not notes.documents and notes.elsewhere is None:
                return []  # the registry has not issued the certificate yet
            recipients = ["applicant"] + (["representative"] if state.receipt.representative
                                          else [])
            return [ApplicationAction(
                action="hand_over", title="Hand the result over", href=f"{href}/hand-over",
                recipients=recipients)]
    return []
