from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organisation_kind import check_organisation_kind
from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OrganisationRef")



@_attrs_define
class OrganisationRef:
    """ An organisation named as a party (e.g. the provider a package is forwarded to).

        Attributes:
            kind (OrganisationKind):
            organisation_id (str):
            district (None | str | Unset):
            rural_district (None | str | Unset):
     """

    kind: OrganisationKind
    organisation_id: str
    district: None | str | Unset = UNSET
    rural_district: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        organisation_id = self.organisation_id

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        rural_district: None | str | Unset
        if isinstance(self.rural_district, Unset):
            rural_district = UNSET
        else:
            rural_district = self.rural_district


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "organisation_id": organisation_id,
        })
        if district is not UNSET:
            field_dict["district"] = district
        if rural_district is not UNSET:
            field_dict["rural_district"] = rural_district

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_organisation_kind(d.pop("kind"))




        organisation_id = d.pop("organisation_id")

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))


        def _parse_rural_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rural_district = _parse_rural_district(d.pop("rural_district", UNSET))


        organisation_ref = cls(
            kind=kind,
            organisation_id=organisation_id,
            district=district,
            rural_district=rural_district,
        )

        return organisation_ref

