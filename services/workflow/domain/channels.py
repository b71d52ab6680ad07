"""The channel of an application accepted in person at a provider's own desk."""

from collections.abc import Mapping

from contracts.catalogue import Regulation
from contracts.identity import OrganisationKind

# the channel an organisation's own office is when it does not provide the service itself
_IN_PERSON: Mapping[OrganisationKind, str] = {
    OrganisationKind.DISTRICT_DEPARTMENT: "provider_office",
    OrganisationKind.OBLAST_DEPARTMENT: "provider_office",
    OrganisationKind.EMPLOYMENT_CENTRE: "employment_centre",
    OrganisationKind.RURAL_AKIM: "rural_akim",
}


def in_person_channel(regulation: Regulation, kind: OrganisationKind) -> str:
    """The provider's own office when the caller provides the service (e.g. the Employment
    Centre for reg. 14); otherwise the caller's own kind of intake channel (e.g. reg. 4 at the
    Centre, which forwards)."""
    offered = {c.kind.value for c in regulation.channels}
    providers = {k.value for k in regulation.provider.kinds}
    if kind.value in providers and "provider_office" in offered:
        return "provider_office"
    return _IN_PERSON[kind]
