from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="Authority")



@_attrs_define
class Authority:
    """ 
        Attributes:
            district (None | str):
            kind (str):
            organisation_id (str):
            rural_district (None | str):
     """

    district: None | str
    kind: str
    organisation_id: str
    rural_district: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        district: None | str
        district = self.district

        kind = self.kind

        organisation_id = self.organisation_id

        rural_district: None | str
        rural_district = self.rural_district


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "district": district,
            "kind": kind,
            "organisation_id": organisation_id,
            "rural_district": rural_district,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))


        kind = d.pop("kind")

        organisation_id = d.pop("organisation_id")

        def _parse_rural_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rural_district = _parse_rural_district(d.pop("rural_district"))


        authority = cls(
            district=district,
            kind=kind,
            organisation_id=organisation_id,
            rural_district=rural_district,
        )


        authority.additional_properties = d
        return authority

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
