"""The organisation directory: who may accept which regulation where, and whom a package is
forwarded to by default.

It is data a deployment configures (`almaty_oblast.yaml` here; a deployment points its services
at its own file). The catalogue says which kinds of office accept and provide a regulation; the
directory says which organisations of those kinds exist and which place each serves:

    directory = load_directory()
    acceptors = directory.acceptors(regulation, district="talgar")
    provider = directory.default_provider(regulation, accepted_by, "first_registration",
                                          district="talgar")
"""

from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from contracts.catalogue import Regulation, RouteNotFound
from contracts.identity import OrganisationKind, Role
from contracts.people import OrganisationRef

# The channel an organisation's own office is, when it does not provide the regulation itself.
CHANNEL_OF_KIND: Mapping[OrganisationKind, str] = MappingProxyType({
    OrganisationKind.STATE_CORPORATION: "state_corporation",
    OrganisationKind.DISTRICT_DEPARTMENT: "provider_office",
    OrganisationKind.OBLAST_DEPARTMENT: "provider_office",
    OrganisationKind.RURAL_AKIM: "rural_akim",
    OrganisationKind.EMPLOYMENT_CENTRE: "employment_centre",
    OrganisationKind.PORTAL: "portal",
})
# kinds whose office serves the whole oblast rather than one district
OBLAST_WIDE = frozenset({OrganisationKind.OBLAST_DEPARTMENT, OrganisationKind.PORTAL,
                         OrganisationKind.TREASURY})


def channel_for(regulation: Regulation, kind: OrganisationKind) -> str | None:
    """The channel an organisation of `kind` accepts `regulation` through; None: it does not.

    A provider of the regulation accepts at its own office (the Employment Centre for reg. 14,
    a rural akim for reg. 13); any other office through its own kind of channel (the Employment
    Centre for reg. 4, which forwards to the district department).
    """
    offered = {c.kind.value for c in regulation.channels}
    providers = {k.value for k in regulation.provider.kinds}
    if kind.value in providers and "provider_office" in offered:
        return "provider_office"
    own = CHANNEL_OF_KIND.get(kind)
    # a department's own office is a provider's office: it does not accept for another provider
    if own is None or own == "provider_office" or own not in offered:
        return None
    return own


class StaffMember(BaseModel):
    """A person of an organisation, in the role its identity provider issues tokens for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person_id: str = Field(min_length=1, max_length=64)
    role: Role


class Organisation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")
    kind: OrganisationKind
    name: str = Field(min_length=1, max_length=300)
    district: str | None = Field(default=None, max_length=32)
    rural_district: str | None = Field(default=None, max_length=32)
    accepts: tuple[int, ...] | None = Field(
        default=None, description="regulations it takes applications for; null: every one its "
        "kind of office may accept")
    forwards_to: Mapping[int, str] = Field(default_factory=dict,
                                           description="regulation -> provider, overriding the "
                                           "default")
    staff: tuple[StaffMember, ...] = Field(
        default=(), description="its people and their roles: whom a case of it may be "
        "assigned to")

    @model_validator(mode="after")
    def _placed(self) -> "Organisation":
        if self.kind not in OBLAST_WIDE and self.district is None:
            raise ValueError(f"{self.organisation_id}: a {self.kind.value} serves a district")
        if (self.kind is OrganisationKind.RURAL_AKIM) != (self.rural_district is not None):
            raise ValueError(f"{self.organisation_id}: a rural akim, and only it, names its "
                             "rural district")
        return self

    @property
    def ref(self) -> OrganisationRef:
        return OrganisationRef(organisation_id=self.organisation_id, kind=self.kind,
                               district=self.district, rural_district=self.rural_district)

    def serves(self, district: str | None, rural_district: str | None = None) -> bool:
        if self.kind in OBLAST_WIDE:
            return True
        if district is not None and self.district != district:
            return False
        return self.rural_district is None or rural_district in (None, self.rural_district)

    def member(self, person_id: str, role: Role) -> StaffMember | None:
        """The person on the roster in that role, or None."""
        return next((m for m in self.staff if m.person_id == person_id and m.role is role),
                    None)

    def may_accept(self, regulation: Regulation) -> bool:
        if self.accepts is not None and regulation.id not in self.accepts:
            return False
        return channel_for(regulation, self.kind) is not None


class Directory(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    organisations: tuple[Organisation, ...]

    @model_validator(mode="after")
    def _references_resolve(self) -> "Directory":
        ids = [o.organisation_id for o in self.organisations]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"organisations listed twice: {', '.join(twice)}")
        people = [m.person_id for o in self.organisations for m in o.staff]
        again = sorted({p for p in people if people.count(p) > 1})
        if again:
            raise ValueError(f"people on two rosters (or twice on one): {', '.join(again)}")
        for org in self.organisations:
            unknown = sorted(set(org.forwards_to.values()) - set(ids))
            if unknown:
                raise ValueError(f"{org.organisation_id} forwards to unknown {unknown}")
        return self

    def get(self, organisation_id: str) -> Organisation | None:
        return next((o for o in self.organisations if o.organisation_id == organisation_id),
                    None)

    def acceptors(self, regulation: Regulation, district: str | None = None,
                  rural_district: str | None = None) -> list[Organisation]:
        """Who may accept the regulation for an applicant of this place."""
        return [o for o in self.organisations
                if o.may_accept(regulation) and o.serves(district, rural_district)]

    def providers(self, regulation: Regulation, channel: str, sub_service: str | None,
                  district: str | None, rural_district: str | None) -> list[Organisation]:
        """The organisations that may run the case, in the order the regulation names their
        kinds: the providers of every route that fits the sub-service and channel."""
        kinds = _provider_kinds(regulation, channel, sub_service)
        found = [o for o in self.organisations if o.kind.value in kinds
                 and o.serves(district, rural_district)]
        return sorted(found, key=lambda o: kinds.index(o.kind.value))

    def default_provider(self, regulation: Regulation, accepted_by: OrganisationRef,
                         channel: str, sub_service: str | None, district: str | None,
                         rural_district: str | None) -> Organisation | None:
        """Whom the package goes to when the operator names nobody: the accepting office's own
        configured provider, the office itself when it provides the service, else the first
        provider serving the applicant's place."""
        office = self.get(accepted_by.organisation_id)
        if office is not None and regulation.id in office.forwards_to:
            return self.get(office.forwards_to[regulation.id])
        candidates = self.providers(regulation, channel, sub_service, district, rural_district)
        own = next((o for o in candidates if o.organisation_id == accepted_by.organisation_id),
                   None)
        return own or next(iter(candidates), None)


def _provider_kinds(regulation: Regulation, channel: str, sub_service: str | None) -> list[str]:
    kinds: list[str] = []
    for route in regulation.routes:
        if route.channels and channel not in route.channels:
            continue
        if sub_service is not None and route.sub_services and sub_service not in (
                route.sub_services):
            continue
        for kind in route.providers or regulation.provider.kinds:
            if kind.value not in kinds:
                kinds.append(kind.value)
    order = [k.value for k in regulation.provider.kinds]
    return sorted(kinds, key=lambda k: order.index(k) if k in order else len(order))


def parse_directory(text: str) -> Directory:
    return Directory.model_validate(yaml.safe_load(text))


@lru_cache(maxsize=8)
def load_directory(path: str | None = None) -> Directory:
    """The directory at `path`, or the packaged one of Almaty oblast."""
    if path:
        return parse_directory(Path(path).read_text(encoding="utf-8"))
    packaged = resources.files(__package__).joinpath("almaty_oblast.yaml")
    return parse_directory(packaged.read_text(encoding="utf-8"))


def ids(organisations: Iterable[Organisation]) -> list[str]:
    return [o.organisation_id for o in organisations]


__all__ = ["CHANNEL_OF_KIND", "Directory", "Organisation", "RouteNotFound", "StaffMember",
           "channel_for", "ids", "load_directory", "parse_directory"]
