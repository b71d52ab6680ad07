"""Who may produce a provider's decision: the provider itself, or the office its route names to
sign for it, in the provider's place.

A rural akim's office provides reg. 12 but the district department's head signs the decision
(seed lines 905-912): that decision is the department's, produced and signed under its identity,
for a case the akim's office holds. Consumers accept a `workflow.DecisionSigned` only from the
organisations this module names, so a provider cannot be impersonated by any other office.
"""

from functools import lru_cache

from contracts.catalogue import Regulation, load_catalogue
from contracts.catalogue.vocabulary import Produces
from contracts.identity import OrganisationKind, Producer
from contracts.people import OrganisationRef


class UnknownAuthority(LookupError):
    """The decision names a catalogue version, regulation or route the catalogue does not hold."""


@lru_cache(maxsize=512)
def _regulation(catalogue_version: str, regulation_id: int) -> Regulation:
    for catalogue in load_catalogue().versions:
        if catalogue.version.id == catalogue_version:
            try:
                return catalogue.regulation(regulation_id)
            except KeyError as error:
                raise UnknownAuthority(str(error)) from None
    raise UnknownAuthority(f"no catalogue version {catalogue_version!r}")


def signing_kinds(catalogue_version: str, regulation_id: int, sub_service: str | None,
                  provider: OrganisationKind, channel: str | None) -> frozenset[OrganisationKind]:
    """The organisation kinds whose heads sign the result in the case's route."""
    regulation = _regulation(catalogue_version, regulation_id)
    try:
        route = regulation.route_for(sub_service, provider.value, channel)
    except (LookupError, ValueError) as error:
        raise UnknownAuthority(str(error)) from None
    return frozenset(OrganisationKind(step.actor.org.value) for step in route.steps
                     if step.produces is Produces.RESULT_SIGNED and step.actor.org is not None)


def may_decide_for(producer: Producer, provider: OrganisationRef, catalogue_version: str,
                   regulation_id: int, sub_service: str | None, channel: str | None) -> bool:
    """Whether `producer` may produce the decision of `provider`'s case."""
    if producer.organisation_id == provider.organisation_id:
        return True
    kinds = signing_kinds(catalogue_version, regulation_id, sub_service,
                          OrganisationKind(provider.kind), channel)
    if producer.kind not in kinds:
        return False
    if producer.kind is OrganisationKind.OBLAST_DEPARTMENT:
        return True  # one oblast department signs for every district
    return producer.district is not None and producer.district == provider.district


def why_refused(producer: Producer, provider: OrganisationRef, case_id: str,
                catalogue_version: str, regulation_id: int, sub_service: str | None,
                channel: str | None, opened_by: str | None) -> str | None:
    """Why a consumer must refuse a decision produced by `producer` for `provider`'s case, which
    it saw opened by `opened_by` (None: never), or None when it may apply it."""
    try:
        allowed = may_decide_for(producer, provider, catalogue_version, regulation_id,
                                 sub_service, channel)
    except UnknownAuthority as error:
        return f"who may decide: {error}"
    if not allowed:
        return f"{producer.organisation_id} may not decide for {provider.organisation_id}"
    if opened_by is None:
        return f"no case {case_id} was opened here (neither forwarded nor accepted in person)"
    if opened_by != provider.organisation_id:
        return f"case {case_id} was opened by another provider"
    return None
