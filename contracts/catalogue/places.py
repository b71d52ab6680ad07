"""The offices at each place of a deployment: what the channel conditions of regs 4 and 12 read.

The rural akim accepts reg. 4 only where there is no Employment Centre at the applicant's place
(seed line 328) and reg. 12 only where there is no provider office (line 910). Which places have
which offices is not in the resolution: the deployment configures it in a YAML file named by
`QORGAU_PLACES_FILE`:

    places:
    - district: talgar                   # the district centre
      offices: [employment_centre, provider_office]
    - district: talgar
      rural_district: panfilov
      offices: []

A place the file does not list is unknown, never assumed to have or to lack an office.
"""

import os
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .vocabulary import PlaceService

PLACES_SETTING = "QORGAU_PLACES_FILE"


class PlacesError(ValueError):
    """The place data file is missing or malformed; the message names the file and the field."""


class Place(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    district: str = Field(min_length=1, max_length=32)
    rural_district: str | None = Field(default=None, min_length=1, max_length=32)
    offices: tuple[PlaceService, ...] = ()


class Places(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    places: tuple[Place, ...]
    source: str = ""  # where the data was read from, for messages

    @model_validator(mode="after")
    def _each_place_once(self) -> "Places":
        keys = [(p.district, p.rural_district) for p in self.places]
        twice = sorted({f"{d}/{r or '-'}" for d, r in keys if keys.count((d, r)) > 1})
        if twice:
            raise ValueError(f"places listed twice: {', '.join(twice)}")
        return self

    def offices_at(self, district: str | None,
                   rural_district: str | None) -> frozenset[PlaceService] | None:
        """The offices at the place; None when the place is not in the data."""
        for place in self.places:
            if (place.district, place.rural_district) == (district, rural_district):
                return frozenset(place.offices)
        return None


def parse_places(text: str, source: str = "") -> Places:
    try:
        data = yaml.safe_load(text)
        return Places.model_validate({**(data or {}), "source": source})
    except (yaml.YAMLError, ValidationError, TypeError) as error:
        raise PlacesError(f"{source or 'place data'}: {error}") from error


@lru_cache(maxsize=4)
def load_places(path: str) -> Places:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise PlacesError(f"{path}: cannot read: {error}") from error
    return parse_places(text, path)


def deployment_places() -> Places | None:
    """The place data the deployment configures (`QORGAU_PLACES_FILE`), or None."""
    path = os.environ.get(PLACES_SETTING, "").strip()
    return load_places(path) if path else None
