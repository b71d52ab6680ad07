"""Forwarding the accepted package to its provider: what the workflow starts a case from."""

from contracts.calendar import OFFICE_HOURS
from contracts.events import Event
from contracts.intake_events import ApplicationForwarded

from .commands import ForwardApplication
from .errors import Invalid, Mismatch, NotAllowedNow, UnknownApplication
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


def forward(state: State, command: ForwardApplication) -> list[Event]:
    match state:
        case NotSubmitted():
            raise UnknownApplication("no such application")
        case Refused():
            raise NotAllowedNow("a refused package is not forwarded")
        case Forwarded() | AwaitingPickup():
            return _repeat(state.provider.organisation_id, command)
        case HandedOver() | ReturnedToProvider():
            return _repeat(state.result.provider.organisation_id, command)
        case Accepted():
            _check_provider(state, command)
            return [_forwarded(state, command)]


def _repeat(provider_id: str, command: ForwardApplication) -> list[Event]:
    # forwarding twice to the same provider is a retry; to another one it is a mistake
    if provider_id == command.provider.organisation_id:
        return []
    raise NotAllowedNow("the package has already been forwarded to another provider")


def _check_provider(state: Accepted, command: ForwardApplication) -> None:
    provider, receipt = command.provider, state.receipt
    allowed = command.rules.provider_kinds
    if allowed and provider.kind.value not in allowed:
        raise Mismatch("provider.kind", f"regulation {receipt.regulation_id} is provided by "
                                       f"{', '.join(sorted(allowed))}")
    if receipt.district is not None and provider.district not in (None, receipt.district):
        raise Mismatch("provider.district", "the provider must serve the application's "
                                            "district")
    if provider.district is None and provider.kind.value in {"district_department", "rural_akim"}:
        raise Invalid("provider.district", "a district provider names its district")


def _forwarded(state: Accepted, command: ForwardApplication) -> ApplicationForwarded:
    receipt, now = state.receipt, command.now
    result_due = receipt.result_due
    zone = OFFICE_HOURS["state_corporation"].zone
    local_due = result_due.astimezone(zone) if result_due else None
    return ApplicationForwarded(
        application_id=receipt.application_id,
        regulation_id=receipt.regulation_id,
        sub_service=receipt.sub_service,
        channel=receipt.channel,
        catalogue_version=receipt.catalogue_version,
        accepted_at=receipt.accepted_at,
        receipt_number=receipt.receipt_number,
        applicant=receipt.applicant,
        representative=receipt.representative.model_dump(mode="json")
        if receipt.representative else None,
        documents=[d.model_dump(mode="json") for d in receipt.documents],
        facts=receipt.facts,
        provider=command.provider,
        forwarded_at=now,
        result_due=local_due.date() if local_due else None,
        accepted_by=receipt.accepted_by,
        forward_due=receipt.forward_due,
        overdue=receipt.forward_due is not None and now > receipt.forward_due,
    )
