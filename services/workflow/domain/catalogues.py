"""Where the engine finds a case's regulation: by the catalogue version the case is bound to."""

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from contracts.catalogue import Catalogue, Regulation, load_catalogue

from .errors import UnknownCatalogue


class CatalogueSource(Protocol):
    def regulation(self, version: str, regulation_id: int) -> Regulation: ...

    def version_for(self, day: date) -> str: ...


class Catalogues:
    """Every catalogue version, by id; `version_for(day)` names the one in force that day."""

    def __init__(self, catalogues: Iterable[Catalogue]) -> None:
        self._by_id = {c.version.id: c for c in catalogues}
        self._by_date = sorted(self._by_id.values(), key=lambda c: c.version.effective_from.value)

    @classmethod
    def packaged(cls) -> "Catalogues":
        return cls(load_catalogue().versions)

    def regulation(self, version: str, regulation_id: int) -> Regulation:
        catalogue = self._by_id.get(version)
        if catalogue is None:
            raise UnknownCatalogue(f"no catalogue version {version!r}", field="catalogue_version")
        try:
            return catalogue.regulation(regulation_id)
        except KeyError as error:
            raise UnknownCatalogue(str(error), field="regulation_id") from None

    def version_for(self, day: date) -> str:
        in_force = [c for c in self._by_date if c.version.effective_from.value <= day]
        if not in_force:
            raise UnknownCatalogue(f"no catalogue version in force on {day}")
        return in_force[-1].version.id
