from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recognition_period_kind import check_recognition_period_kind
from ..models.recognition_period_kind import RecognitionPeriodKind
from ..models.recognition_period_zone import check_recognition_period_zone
from ..models.recognition_period_zone import RecognitionPeriodZone
from typing import cast






T = TypeVar("T", bound="RecognitionPeriod")



@_attrs_define
class RecognitionPeriod:
    """ A span of years the person lived, worked or served in one radiation-risk zone.

        Attributes:
            from_year (int):
            kind (RecognitionPeriodKind):
            place (str): a line of visible text: no control, invisible or bidi-override characters, not only spaces
            to_year (int):
            zone (RecognitionPeriodZone):
     """

    from_year: int
    kind: RecognitionPeriodKind
    place: str
    to_year: int
    zone: RecognitionPeriodZone





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

        kind = check_recognition_period_kind(d.pop("kind"))




        place = d.pop("place")

        to_year = d.pop("to_year")

        zone = check_recognition_period_zone(d.pop("zone"))




        recognition_period = cls(
            from_year=from_year,
            kind=kind,
            place=place,
            to_year=to_year,
            zone=zone,
        )

        return recognition_period

