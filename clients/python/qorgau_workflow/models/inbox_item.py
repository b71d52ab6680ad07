from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="InboxItem")



@_attrs_define
class InboxItem:
    """ 
        Attributes:
            applicant_last_name (Any):
            case_due (Any):
            case_id (Any):
            district (Any):
            due_at (Any):
            holder_kind (Any):
            instance (Any):
            overdue (Any): the step, or an applicant notice, is past its due time
            person_id (Any):
            regulation_id (Any):
            role (Any):
            rural_district (Any):
            started_at (Any):
            step_id (Any):
            notice_overdue (Any | Unset): an applicant notice an extension owes was not sent by its due time
     """

    applicant_last_name: Any
    case_due: Any
    case_id: Any
    district: Any
    due_at: Any
    holder_kind: Any
    instance: Any
    overdue: Any
    person_id: Any
    regulation_id: Any
    role: Any
    rural_district: Any
    started_at: Any
    step_id: Any
    notice_overdue: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        applicant_last_name = self.applicant_last_name

        case_due = self.case_due

        case_id = self.case_id

        district = self.district

        due_at = self.due_at

        holder_kind = self.holder_kind

        instance = self.instance

        overdue = self.overdue

        person_id = self.person_id

        regulation_id = self.regulation_id

        role = self.role

        rural_district = self.rural_district

        started_at = self.started_at

        step_id = self.step_id

        notice_overdue = self.notice_overdue


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant_last_name": applicant_last_name,
            "case_due": case_due,
            "case_id": case_id,
            "district": district,
            "due_at": due_at,
            "holder_kind": holder_kind,
            "instance": instance,
            "overdue": overdue,
            "person_id": person_id,
            "regulation_id": regulation_id,
            "role": role,
            "rural_district": rural_district,
            "started_at": started_at,
            "step_id": step_id,
        })
        if notice_overdue is not UNSET:
            field_dict["notice_overdue"] = notice_overdue

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applicant_last_name = d.pop("applicant_last_name")

        case_due = d.pop("case_due")

        case_id = d.pop("case_id")

        district = d.pop("district")

        due_at = d.pop("due_at")

        holder_kind = d.pop("holder_kind")

        instance = d.pop("instance")

        overdue = d.pop("overdue")

        person_id = d.pop("person_id")

        regulation_id = d.pop("regulation_id")

        role = d.pop("role")

        rural_district = d.pop("rural_district")

        started_at = d.pop("started_at")

        step_id = d.pop("step_id")

        notice_overdue = d.pop("notice_overdue", UNSET)

        inbox_item = cls(
            applicant_last_name=applicant_last_name,
            case_due=case_due,
            case_id=case_id,
            district=district,
            due_at=due_at,
            holder_kind=holder_kind,
            instance=instance,
            overdue=overdue,
            person_id=person_id,
            regulation_id=regulation_id,
            role=role,
            rural_district=rural_district,
            started_at=started_at,
            step_id=step_id,
            notice_overdue=notice_overdue,
        )


        inbox_item.additional_properties = d
        return inbox_item

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
