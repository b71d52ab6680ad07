from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.zone_period_lived_worked_or_served import check_zone_period_lived_worked_or_served
from ..models.zone_period_lived_worked_or_served import ZonePeriodLivedWorkedOrServed
from ..models.zone_period_zone_of_radiation_risk import check_zone_period_zone_of_radiation_risk
from ..models.zone_period_zone_of_radiation_risk import ZonePeriodZoneOfRadiationRisk
from typing import cast






T = TypeVar("T", bound="ZonePeriod")



@_attrs_define
class ZonePeriod:
    """ A span of years lived, worked or served in one zone of the Semey test site.

        Attributes:
            from_year (int):
            kind (ZonePeriodLivedWorkedOrServed):
            place (str): a line of visible text: no control, invisible or bidi-override characters, not only spaces
            to_year (int):
            zone (ZonePeriodZoneOfRadiationRisk):
     """

    from_year: int
    kind: ZonePeriodLivedWorkedOrServed
    place: str
    to_year: int
    zone: ZonePeriodZoneOfRadiationRisk





    def to_dict(self) -> dict[str, Any]:
        from_year = self.from_year

        kind: str = self.kind

        place = self.place

        to_year = self.to_year

        zone: str = self.zone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "from_year": from_year,
            "kind": kind,
            "place": place,
            "to_year": to_year,
            "zone": zone,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_year = d.pop("from_year")

        kind = check_zone_period_lived_worked_or_served(d.pop("kind"))




        place = d.pop("place")

        to_year = d.pop("to_year")

        zone = check_zone_period_zone_of_radiation_risk(d.pop("zone"))




        zone_period = cls(
            from_year=from_year,
            kind=kind,
            place=place,
            to_year=to_year,
            zone=zone,
        )

        return zone_period

