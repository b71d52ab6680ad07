"""Which regulation issues which document, and how long the registry has to issue it.

The term is never written here: it is the duration of the step that issues the document in the
regulation's route, read from the catalogue version the decision was made under
(`DecisionSigned.catalogue_version`), so a decision keeps the rules its case started with. The
step is found by what it produces, not by its position:

- reg. 1, first registration: the step producing the certificate ("within 4 working days of the
  registration decision"), ahead of the generic "issue the result" that follows the signature;
- reg. 1, duplicate: the step producing the duplicate ("4 working days", counted from the
  registration of the duplicate application);
- regs 13, 15, 16, 17: the step that issues the result once the head has signed it.

The registry knows two moments of a case: when the provider registered the application and when
the decision was signed. A step counted from the registration step runs from the first; a step
counted from the decision, or following the signature, from the second. Anything else cannot be
computed here and is refused loudly (`UnknownTerm`) rather than guessed. The due time itself is
computed by `contracts.calendar` in the issuing authority's office hours.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from contracts.calendar import OFFICE_HOURS, due
from contracts.catalogue import (
    Produces,
    Regulation,
    RouteNotFound,
    Step,
    load_catalogue,
)
from contracts.durations import Duration
from contracts.identity import OrganisationKind
from contracts.registry_events import DocumentKind

KIND_BY_REGULATION = {
    1: DocumentKind.SEMEY_CERTIFICATE,
    13: DocumentKind.TSA_MEMBERSHIP_CERTIFICATE,
    15: DocumentKind.ORALMAN_CERTIFICATE,
    16: DocumentKind.FOREIGN_LABOUR_PERMIT,
    17: DocumentKind.REHABILITATED_CERTIFICATE,
}

TITLES = {
    DocumentKind.SEMEY_CERTIFICATE: "Certificate of a citizen affected by the nuclear tests at "
    "the Semey test site",
    DocumentKind.TSA_MEMBERSHIP_CERTIFICATE: "Certificate of (non-)membership of a family "
    "receiving targeted social assistance",
    DocumentKind.ORALMAN_CERTIFICATE: "Oralman certificate",
    DocumentKind.FOREIGN_LABOUR_PERMIT: "Permit to attract foreign labour",
    DocumentKind.REHABILITATED_CERTIFICATE: "Certificate of a rehabilitated person",
}

# What a step issuing a registry document produces, most specific first: a route with a step for
# the certificate itself (reg. 1) times the document by it, not by the result hand-over after it.
ISSUING_PRODUCES = (Produces.CERTIFICATE, Produces.DUPLICATE_CERTIFICATE, Produces.RESULT_ISSUED)
_SIGNATURE = (Produces.DECISION, Produces.RESULT_SIGNED)


class UnknownTerm(LookupError):
    """The catalogue gives no issuing step the registry can time for this decision."""


class CountedFrom(StrEnum):
    REGISTRATION = "registration"  # the provider registered the application
    SIGNATURE = "signature"  # the decision was signed


@dataclass(frozen=True)
class IssueTerm:
    """The issuing step's term, and where in the catalogue it was read."""

    catalogue_version: str
    regulation_id: int
    route_id: str
    step_id: str
    duration: Duration
    counted_from: CountedFrom


def regulation_in(catalogue_version: str, regulation_id: int) -> Regulation:
    """The regulation as the catalogue version `catalogue_version` (a `version.id`) has it."""
    for catalogue in load_catalogue().versions:
        if catalogue.version.id == catalogue_version:
            try:
                return catalogue.regulation(regulation_id)
            except KeyError as error:
                raise UnknownTerm(str(error)) from None
    raise UnknownTerm(f"no catalogue version {catalogue_version!r}")


def issue_term(
    regulation: Regulation, catalogue_version: str, sub_service: str | None,
    provider: OrganisationKind,
) -> IssueTerm:
    """The term of the step of the case's route that issues the document.

    The channel is not known to the registry; the route is picked without it, which selects the
    provider's own route (reg. 13's intermediary routes end at the signature and issue nothing).
    """
    try:
        route = regulation.route_for(sub_service, provider.value)
    except RouteNotFound as error:
        raise UnknownTerm(str(error)) from None
    step = _issuing_step(route.steps, regulation.id, route.id)
    if step.duration is None:
        raise UnknownTerm(f"reg. {regulation.id} step {step.id} has no term ({step.untimed})")
    return IssueTerm(
        catalogue_version=catalogue_version, regulation_id=regulation.id, route_id=route.id,
        step_id=step.id, duration=step.duration,
        counted_from=_counted_from(route.steps, step, regulation.id),
    )


def term_for(
    catalogue_version: str, regulation_id: int, sub_service: str | None,
    provider: OrganisationKind,
) -> IssueTerm:
    return issue_term(regulation_in(catalogue_version, regulation_id), catalogue_version,
                      sub_service, provider)


def issue_due(
    term: IssueTerm, signed_at: datetime, registered_at: datetime | None,
    authority: OrganisationKind,
) -> datetime:
    start = signed_at
    if term.counted_from is CountedFrom.REGISTRATION and registered_at is not None:
        start = registered_at
    # A decision published before `DecisionSigned.registered_at` existed does not say when the
    # application was registered; its signature is the earliest moment known for it (later than
    # the registration, so the due is later than the regulation's, never earlier).
    return due(start, term.duration, OFFICE_HOURS[authority.value])


def _issuing_step(steps: tuple[Step, ...], regulation_id: int, route_id: str) -> Step:
    for produces in ISSUING_PRODUCES:
        found = [s for s in steps if s.produces is produces]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UnknownTerm(f"reg. {regulation_id} route {route_id}: several steps produce "
                              f"{produces.value}: {', '.join(s.id for s in found)}")
    raise UnknownTerm(f"reg. {regulation_id} route {route_id} has no step issuing a document")


def _counted_from(steps: tuple[Step, ...], step: Step, regulation_id: int) -> CountedFrom:
    if step.counted_from is not None:
        anchor = next(s for s in steps if s.id == step.counted_from.step)  # checked by the loader
        if step.counted_from.edge != "end":
            raise UnknownTerm(f"reg. {regulation_id} step {step.id} is counted from the start of "
                              f"{anchor.id}, a moment the registry does not know")
    else:
        # no anchor: the term runs from the end of the step before it
        position = steps.index(step)
        if position == 0:
            raise UnknownTerm(f"reg. {regulation_id} step {step.id} has no earlier step")
        anchor = steps[position - 1]
    if anchor.produces is Produces.REGISTERED:
        return CountedFrom.REGISTRATION
    if anchor.produces in _SIGNATURE:
        return CountedFrom.SIGNATURE
    raise UnknownTerm(f"reg. {regulation_id} step {step.id} runs from {anchor.id} "
                      f"({anchor.produces.value}), a moment the registry does not know")
