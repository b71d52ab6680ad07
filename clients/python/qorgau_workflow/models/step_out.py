from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="StepOut")



@_attrs_define
class StepOut:
    """ 
        Attributes:
            district (Any):
            due_at (Any):
            holder_kind (Any):
            instance (Any):
            person_id (Any):
            role (Any):
            rural_district (Any):
            started_at (Any):
            step_id (Any):
            overdue (Any | Unset):
     """

    district: Any
    due_at: Any
    holder_kind: Any
    instance: Any
    person_id: Any
    role: Any
    rural_district: Any
    started_at: Any
    step_id: Any
    overdue: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        district = self.district

        due_at = self.due_at

        holder_kind = self.holder_kind

        instance = self.instance

        person_id = self.person_id

        role = self.role

        rural_district = self.rural_district

        started_at = self.started_at

        step_id = self.step_id

        overdue = self.overdue


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "district": district,
            "due_at": due_at,
            "holder_kind": holder_kind,
            "instance": instance,
            "person_id": person_id,
            "role": role,
            "rural_district": rural_district,
            "started_at": started_at,
            "step_id": step_id,
        })
        if overdue is not UNSET:
            field_dict["overdue"] = overdue

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        district = d.pop("district")

        due_at = d.pop("due_at")

        holder_kind = d.pop("holder_kind")

        instance = d.pop("instance")

        person_id = d.pop("person_id")

        role = d.pop("role")

        rural_district = d.pop("rural_district")

        started_at = d.pop("started_at")

        step_id = d.pop("step_id")

        overdue = d.pop("overdue", UNSET)

        step_out = cls(
            district=district,
            due_at=due_at,
            holder_kind=holder_kind,
            instance=instance,
            person_id=person_id,
            role=role,
            rural_district=rural_district,
            started_at=started_at,
            step_id=step_id,
            overdue=overdue,
        )


        step_out.additional_properties = d
        return step_out

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
