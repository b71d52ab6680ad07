"""Signing keys of the dev stack: one per demo organisation, a personal one per head, the key set.

Made on the stack's first start and kept in `<home>/keys/signing/` (the logs signed with them
must go on verifying after a restart; an organisation added to the demo later gets its key on
the next start):

- `organisations/` and `people/`: every key, as `new_key` writes them;
- `<service>/` (and `treasury/`): copies of the keys of the organisations that service acts for,
  its SIGNING_KEYS_DIR. A service acts for the organisations whose kind may produce the events
  of its topic (`ACTS_FOR`): intake for every office that accepts applications, workflow for the
  providers, registry for the issuing authorities and the public (its verification journal),
  payments for the payment departments, the treasury simulator for the treasury;
- `people/` doubles as the heads' own signing devices in development: the console and the
  scenarios sign decisions with them, as a head's EDS client would;
- `<home>/keys/keyset.json`: the published key set every service trusts (KEY_SET_FILE).
"""

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from contracts import (
    intake_events,
    payments_events,
    registry_events,
    treasury_events,
    workflow_events,
)
from contracts.events import EventRegistry
from contracts.identity import OrganisationKind, Role
from eventkit.signing import KeyRing, KeySet, key_set_of, new_key, write_key, write_key_set
from qorgau.tokens import Organisation

# development keys are valid from long before any demo or test clock, and never expire
NOT_BEFORE = datetime(2000, 1, 1, tzinfo=UTC)
# the registry writes its public verification journal as this organisation
PUBLIC = Organisation(organisation_id="public", kind=OrganisationKind.PUBLIC, people=[])


def _kinds(registry: EventRegistry) -> frozenset[OrganisationKind]:
    return frozenset().union(*(event.producers for event in registry))


ACTS_FOR: dict[str, frozenset[OrganisationKind]] = {
    "intake": _kinds(intake_events.REGISTRY),
    "workflow": _kinds(workflow_events.REGISTRY),
    "registry": _kinds(registry_events.REGISTRY),
    "payments": _kinds(payments_events.REGISTRY),
    "treasury": _kinds(treasury_events.REGISTRY),
}


def organisation_kid(organisation_id: str) -> str:
    return f"{organisation_id}.dev"


def person_kid(organisation_id: str, person_id: str) -> str:
    return f"{organisation_id}.{person_id}.dev"


def signers(organisations: Iterable[Organisation]) -> list[tuple[str, str]]:
    """(organisation, person) of every head: the people who sign decisions."""
    return [(o.organisation_id, p.person_id) for o in organisations for p in o.people
            if p.role is Role.HEAD]


@dataclass(frozen=True)
class DevKeys:
    """Where the dev stack's keys are."""

    root: Path  # <home>/keys/signing

    @property
    def key_set_file(self) -> Path:
        return self.root.parent / "keyset.json"

    @property
    def people(self) -> Path:
        return self.root / "people"

    def folder_of(self, service: str) -> Path:
        """SIGNING_KEYS_DIR of a service (or of the treasury simulator)."""
        return self.root / service

    def ensure(self, organisations: list[Organisation]) -> KeySet:
        """Keys for whichever organisation or head has none yet, each service's folder, and the
        key set published again; keys made before are kept as they are."""
        held = self.root / "organisations"
        for organisation in [*organisations, PUBLIC]:
            kid = organisation_kid(organisation.organisation_id)
            if not (held / f"{kid}.json").exists():
                write_key(held, *new_key(kid, organisation.organisation_id, NOT_BEFORE))
        for organisation_id, person_id in signers(organisations):
            kid = person_kid(organisation_id, person_id)
            if not (self.people / f"{kid}.json").exists():
                write_key(self.people, *new_key(kid, organisation_id, NOT_BEFORE,
                                                person_id=person_id))
        kinds = {o.organisation_id: o.kind for o in [*organisations, PUBLIC]}
        for service, acting in ACTS_FOR.items():
            self._hand_out(held, self.folder_of(service),
                           {organisation_kid(org) for org, kind in kinds.items() if kind in acting})
        keys = key_set_of([KeyRing.load(held), KeyRing.load(self.people)])
        write_key_set(self.key_set_file, keys)
        return keys

    @staticmethod
    def _hand_out(held: Path, folder: Path, kids: set[str]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.iterdir():
            if stale.stem not in kids:
                stale.unlink()
        for kid in sorted(kids):
            for suffix in (".pem", ".json"):  # the private half first, as write_key does
                shutil.copy2(held / f"{kid}{suffix}", folder / f"{kid}{suffix}")
