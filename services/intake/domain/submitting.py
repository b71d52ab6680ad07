"""Submitting a package: a receipt when it is complete, a refusal receipt naming what is missing."""

from datetime import datetime

from contracts.calendar import OFFICE_HOURS, year_status
from contracts.events import Event
from contracts.intake_events import (
    ApplicationAccepted,
    ApplicationRefused,
    DocumentPresented,
    ListedItem,
)

from .commands import SubmitApplication
from .errors import Invalid, NotAllowedNow, NotOffered
from .facts import PORTAL_CATEGORIES_REG_10
from .rules import ChannelRules, Listed, chain_due, due_after
from .state import NotSubmitted, State


def submit(state: State, command: SubmitApplication) -> list[Event]:
    if not isinstance(state, NotSubmitted):
        raise NotAllowedNow("this application has already been submitted")
    channel = _channel(command)
    _check_place(command, channel)
    _check_applicant(command)
    _check_sub_service(command, channel)
    documents = _documents(command)
    declared = _declared_reasons(command)
    missing = [d for d in command.rules.documents if d.id not in {x.kind for x in documents}]
    if missing or declared:
        return [_refusal(command, channel, documents, missing, declared)]
    return [_receipt(command, channel, documents)]


def _channel(command: SubmitApplication) -> ChannelRules:
    rules = command.rules
    channel = rules.channels.get(command.channel)
    if channel is None:
        offered = ", ".join(sorted(rules.channels)) or "none"
        raise NotOffered("channel", f"regulation {rules.regulation_id} is not accepted through "
                                 f"{command.channel} (its channels: {offered})")
    portal_reg10 = rules.regulation_id == 10 and command.channel == "portal"
    if portal_reg10 and command.facts.get("category") not in PORTAL_CATEGORIES_REG_10:
        raise Invalid("facts.category", "on the portal regulation 10 is open only to persons "
                                        "with disabilities or socially significant diseases")
    return channel


def _check_place(command: SubmitApplication, channel: ChannelRules) -> None:
    """A channel open only where the applicant's place lacks an office (reg. 4 at the rural akim:
    no Employment Centre, line 328; reg. 12: no provider office, line 910), checked against the
    place data the deployment configures; a place it does not know is not guessed."""
    condition = channel.condition
    if condition is None:
        return
    where = f"{command.rural_district or '-'} ({command.district or '-'})"
    cited = f" (seed line {', '.join(map(str, condition.lines))})" if condition.lines else ""
    places = command.rules.places
    offices = places.offices_at(command.district, command.rural_district) if places else None
    if offices is None:
        raise Invalid("rural_district", f"regulation {command.rules.regulation_id} is accepted "
                                        f"through {channel.kind} only under a condition: "
                                        f"{condition.text}{cited}; this deployment's place "
                                        f"data does not list {where}")
    present = sorted(offices & condition.absent)
    if present:
        raise NotOffered("channel", f"regulation {command.rules.regulation_id} is not accepted "
                                 f"through {channel.kind} at {where}: {condition.text}{cited}; "
                                 f"the place has {', '.join(present)}")


def _check_applicant(command: SubmitApplication) -> None:
    """A legal entity applies with its BIN only where the regulation serves legal entities
    (reg. 16, line 1198); every other regulation is for individuals."""
    if command.applicant.kind == "legal_entity" and (
            "legal_entities" not in command.rules.recipients):
        raise Invalid("applicant.kind", f"regulation {command.rules.regulation_id} is provided "
                                        "to individuals only: apply with a person's IIN")


def _check_sub_service(command: SubmitApplication, channel: ChannelRules) -> None:
    known, sub = command.rules.sub_services, command.sub_service
    if known and sub is None:
        raise Invalid("sub_service", f"choose one of: {', '.join(known)}")
    if sub is not None and sub not in known:
        raise Invalid("sub_service", f"regulation {command.rules.regulation_id} has no "
                                     f"sub-service {sub!r}")
    if channel.to_result and (sub or "") not in channel.to_result:
        raise NotOffered("sub_service", f"{sub} is not offered through {channel.kind}")


def _documents(command: SubmitApplication) -> list[DocumentPresented]:
    seen: set[str] = set()
    named = []
    for i, document in enumerate(command.documents):
        listed = command.rules.document(document.kind)
        if listed is None:
            raise Invalid(f"documents[{i}].kind", "not in this regulation's document checklist")
        if document.kind in seen:
            raise Invalid(f"documents[{i}].kind", "listed twice")
        if document.originals + document.copies == 0:
            raise Invalid(f"documents[{i}]", "give the number of originals or copies presented")
        seen.add(document.kind)
        named.append(document.model_copy(update={"title": listed.title}))
    return named


def _declared_reasons(command: SubmitApplication) -> list[ListedItem]:
    reasons = []
    for i, reason_id in enumerate(command.refusal_reasons):
        listed = command.rules.reason(reason_id)
        if listed is None:
            raise Invalid(f"refusal_reasons[{i}]", "not a refusal reason configured for this "
                                                  "regulation")
        reasons.append(ListedItem(id=listed.id, title=listed.title))
    return reasons


def _refusal(command: SubmitApplication, channel: ChannelRules,
             documents: list[DocumentPresented], missing: list[Listed],
             declared: list[ListedItem]) -> ApplicationRefused:
    reasons = list(declared)
    if missing:
        incomplete = command.rules.reason(command.rules.incomplete_reason)
        assert incomplete is not None  # IntakeRules picks it from its own list
        reasons.insert(0, ListedItem(id=incomplete.id, title=incomplete.title))
    unique = list({r.id: r for r in reasons}.values())
    return ApplicationRefused(
        application_id=command.application_id,
        receipt_number=command.receipt_number,
        regulation_id=command.rules.regulation_id,
        sub_service=command.sub_service,
        channel=command.channel,
        catalogue_version=command.rules.catalogue_version,
        refused_at=command.now,
        refused_by=command.accepted_by,
        district=command.district,
        rural_district=command.rural_district,
        applicant=command.applicant,
        representative=command.representative,
        documents=documents,
        missing_documents=[ListedItem(id=d.id, title=d.title) for d in missing],
        reasons=unique,
        standard_paragraph=channel.refusal_paragraph,
        receipt_annex=channel.refusal_annex,
        act=command.rules.act,
    )


def _receipt(command: SubmitApplication, channel: ChannelRules,
             documents: list[DocumentPresented]) -> ApplicationAccepted:
    now = command.now
    receipt_due = (due_after(command.package_received_at, channel.receipt)
                   if command.package_received_at else None)
    forward_due = due_after(now, channel.forward)
    result_due = chain_due(now, channel.to_result.get(command.sub_service or "", ()))
    return ApplicationAccepted(
        application_id=command.application_id,
        receipt_number=command.receipt_number,
        regulation_id=command.rules.regulation_id,
        sub_service=command.sub_service,
        channel=command.channel,
        catalogue_version=command.rules.catalogue_version,
        accepted_at=now,
        accepted_by=command.accepted_by,
        district=command.district,
        rural_district=command.rural_district,
        applicant=command.applicant,
        representative=command.representative,
        documents=documents,
        facts=command.facts,
        receipt_due=receipt_due,
        forward_due=forward_due,
        result_due=result_due,
        act=command.rules.act,
        provisional_calendar=provisional_years(receipt_due, forward_due, result_due),
    )


def provisional_years(*dues: datetime | None) -> list[int]:
    """The years of these due times whose calendar is not official yet: a receipt says so."""
    zone = OFFICE_HOURS["state_corporation"].zone
    years = {d.astimezone(zone).year for d in dues if d is not None}
    return sorted(y for y in years if year_status(y) != "data")
