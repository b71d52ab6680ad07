from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CaseStatus")



@_attrs_define
class CaseStatus:
    """ What a command answers: where the case is now and its new version (also the ETag).

        Attributes:
            case_due (Any):
            case_id (Any):
            current_step (Any):
            status (Any):
            version (Any):
            appended (Any | Unset): event types appended
            next_actions (Any | Unset): what the caller may do now
            outcome (Any | Unset):
     """

    case_due: Any
    case_id: Any
    current_step: Any
    status: Any
    version: Any
    appended: Any | Unset = UNSET
    next_actions: Any | Unset = UNSET
    outcome: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        case_due = self.case_due

        case_id = self.case_id

        current_step = self.current_step

        status = self.status

        version = self.version

        appended = self.appended

        next_actions = self.next_actions

        outcome = self.outcome


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_due": case_due,
            "case_id": case_id,
            "current_step": current_step,
            "status": status,
            "version": version,
        })
        if appended is not UNSET:
            field_dict["appended"] = appended
        if next_actions is not UNSET:
            field_dict["next_actions"] = next_actions
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_due = d.pop("case_due")

        case_id = d.pop("case_id")

        current_step = d.pop("current_step")

        status = d.pop("status")

        version = d.pop("version")

        appended = d.pop("appended", UNSET)

        next_actions = d.pop("next_actions", UNSET)

        outcome = d.pop("outcome", UNSET)

        case_status = cls(
            case_due=case_due,
            case_id=case_id,
            current_step=current_step,
            status=status,
            version=version,
            appended=appended,
            next_actions=next_actions,
            outcome=outcome,
        )


        case_status.additional_properties = d
        return case_status

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
