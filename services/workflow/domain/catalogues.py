"""Where the engine finds a case's regulation: by the catalogue version the case is bound to, and
which act a case runs under (the version in force on the day it started, or, after the
resolution's repeal, only what the deployment explicitly keeps running)."""

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from contracts.catalogue import (
    ActInForce,
    ActNotInForce,
    Catalogue,
    CatalogueHistory,
    Continuation,
    Places,
    Regulation,
    deployment_continuation,
    deployment_places,
    load_catalogue,
)

from .errors import UnknownCatalogue


class CatalogueSource(Protocol):
    def regulation(self, version: str, regulation_id: int) -> Regulation: ...

    def version_for(self, day: date) -> str: ...

    def act_of(self, version: str, day: date) -> ActInForce: ...

    @property
    def places(self) -> Places | None: ...


class Catalogues:
    """Every catalogue version, by id; `version_for(day)` names the one in force that day."""

    def __init__(self, catalogues: Iterable[Catalogue], continuation: Continuation | None = None,
                 places: Places | None = None) -> None:
        ordered = sorted(catalogues, key=lambda c: c.version.effective_from.value)
        self._history = CatalogueHistory(versions=tuple(ordered))
        self._by_id = {c.version.id: c for c in ordered}
        self._continuation = continuation
        self._places = places

    @classmethod
    def packaged(cls) -> "Catalogues":
        """The packaged versions, under this deployment's settings (`contracts.catalogue`)."""
        return cls(load_catalogue().versions, deployment_continuation(), deployment_places())

    @property
    def places(self) -> Places | None:
        return self._places

    def regulation(self, version: str, regulation_id: int) -> Regulation:
        catalogue = self._by_id.get(version)
        if catalogue is None:
            raise UnknownCatalogue(f"no catalogue version {version!r}", field="catalogue_version")
        try:
            return catalogue.regulation(regulation_id)
        except KeyError as error:
            raise UnknownCatalogue(str(error), field="regulation_id") from None

    def version_for(self, day: date) -> str:
        try:
            return self._history.in_force(day, self._continuation)[0].version.id
        except ActNotInForce as error:
            raise UnknownCatalogue(str(error), field="regulation_id") from None

    def act_of(self, version: str, day: date) -> ActInForce:
        try:
            return self._history.act_of(version, day, self._continuation)
        except ActNotInForce as error:
            raise UnknownCatalogue(str(error), field="catalogue_version") from None
