from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="OrganisationView")



@_attrs_define
class OrganisationView:
    """ 
        Attributes:
            accepts (Any):
            district (Any):
            kind (Any):
            name (Any):
            organisation_id (Any):
            rural_district (Any):
     """

    accepts: Any
    district: Any
    kind: Any
    name: Any
    organisation_id: Any
    rural_district: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        accepts = self.accepts

        district = self.district

        kind = self.kind

        name = self.name

        organisation_id = self.organisation_id

        rural_district = self.rural_district


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepts": accepts,
            "district": district,
            "kind": kind,
            "name": name,
            "organisation_id": organisation_id,
            "rural_district": rural_district,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepts = d.pop("accepts")

        district = d.pop("district")

        kind = d.pop("kind")

        name = d.pop("name")

        organisation_id = d.pop("organisation_id")

        rural_district = d.pop("rural_district")

        organisation_view = cls(
            accepts=accepts,
            district=district,
            kind=kind,
            name=name,
            organisation_id=organisation_id,
            rural_district=rural_district,
        )


        organisation_view.additional_properties = d
        return organisation_view

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
