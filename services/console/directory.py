"""Who is where: the organisations a package may be forwarded to and the people of a team.

Until the services publish an organisation directory, the console reads one from a YAML file
(`CONSOLE_DIRECTORY_FILE`, the shape of the demo organisations: id, kind, district, rural
district, people with roles). This is the one place to switch to the directory API.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from contracts.catalogue import Regulation


class Person(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    person_id: str
    role: str


class Organisation(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    organisation_id: str
    kind: str
    district: str | None = None
    rural_district: str | None = None
    people: tuple[Person, ...] = ()

    def ref(self) -> dict[str, str | None]:
        return {"organisation_id": self.organisation_id, "kind": self.kind,
                "district": self.district, "rural_district": self.rural_district}


@dataclass(frozen=True)
class Directory:
    organisations: tuple[Organisation, ...] = ()

    def organisation(self, organisation_id: str) -> Organisation | None:
        return next((o for o in self.organisations if o.organisation_id == organisation_id), None)

    def providers(self, regulation: Regulation, district: str | None,
                  rural_district: str | None = None) -> list[Organisation]:
        """The providers of the regulation serving the application's place; the oblast
        department serves every district."""
        kinds = {k.value for k in regulation.provider_kinds}
        return [o for o in self.organisations if o.kind in kinds and (
            o.kind == "oblast_department" or (o.district == district and (
                o.kind != "rural_akim" or o.rural_district == rural_district)))]

    def people(self, organisation_id: str, role: str) -> list[Person]:
        found = self.organisation(organisation_id)
        return [p for p in found.people if p.role == role] if found else []


@cache
def load(path: str | None) -> Directory:
    if not path or not Path(path).exists():
        return Directory()
    raw = yaml.safe_load(Path(path).read_text("utf-8")) or []
    return Directory(tuple(Organisation.model_validate(o) for o in raw))
