from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Period")



@_attrs_define
class Period:
    """ 
        Attributes:
            from_year (int):
            kind (str):
            place (str):
            to_year (int):
            zone (str):
     """

    from_year: int
    kind: str
    place: str
    to_year: int
    zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from_year = self.from_year

        kind = self.kind

        place = self.place

        to_year = self.to_year

        zone = self.zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        kind = d.pop("kind")

        place = d.pop("place")

        to_year = d.pop("to_year")

        zone = d.pop("zone")

        period = cls(
            from_year=from_year,
            kind=kind,
            place=place,
            to_year=to_year,
            zone=zone,
        )


        period.additional_properties = d
        return period

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
