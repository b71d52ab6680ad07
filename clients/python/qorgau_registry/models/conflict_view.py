from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ConflictView")



@_attrs_define
class ConflictView:
    """ 
        Attributes:
            case_id (str):
            decision_reference (str):
            detected_at (datetime.datetime):
            district (None | str):
            holder_id (str):
            organisation_id (str):
            registered_case_id (str):
            registered_district (None | str):
     """

    case_id: str
    decision_reference: str
    detected_at: datetime.datetime
    district: None | str
    holder_id: str
    organisation_id: str
    registered_case_id: str
    registered_district: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        decision_reference = self.decision_reference

        detected_at = self.detected_at.isoformat()

        district: None | str
        district = self.district

        holder_id = self.holder_id

        organisation_id = self.organisation_id

        registered_case_id = self.registered_case_id

        registered_district: None | str
        registered_district = self.registered_district


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "decision_reference": decision_reference,
            "detected_at": detected_at,
            "district": district,
            "holder_id": holder_id,
            "organisation_id": organisation_id,
            "registered_case_id": registered_case_id,
            "registered_district": registered_district,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_id = d.pop("case_id")

        decision_reference = d.pop("decision_reference")

        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))




        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))


        holder_id = d.pop("holder_id")

        organisation_id = d.pop("organisation_id")

        registered_case_id = d.pop("registered_case_id")

        def _parse_registered_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_district = _parse_registered_district(d.pop("registered_district"))


        conflict_view = cls(
            case_id=case_id,
            decision_reference=decision_reference,
            detected_at=detected_at,
            district=district,
            holder_id=holder_id,
            organisation_id=organisation_id,
            registered_case_id=registered_case_id,
            registered_district=registered_district,
        )


        conflict_view.additional_properties = d
        return conflict_view

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
