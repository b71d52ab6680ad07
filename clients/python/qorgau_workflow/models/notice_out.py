from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="NoticeOut")



@_attrs_define
class NoticeOut:
    """ An applicant notice an extension owes (reg. 4: within 2 working days of extending).

        Attributes:
            due_at (Any):
            extension_id (Any):
            notified_at (Any):
            overdue (Any): not sent by its due time (sent late still shows it)
     """

    due_at: Any
    extension_id: Any
    notified_at: Any
    overdue: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_at = self.due_at

        extension_id = self.extension_id

        notified_at = self.notified_at

        overdue = self.overdue


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_at": due_at,
            "extension_id": extension_id,
            "notified_at": notified_at,
            "overdue": overdue,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_at = d.pop("due_at")

        extension_id = d.pop("extension_id")

        notified_at = d.pop("notified_at")

        overdue = d.pop("overdue")

        notice_out = cls(
            due_at=due_at,
            extension_id=extension_id,
            notified_at=notified_at,
            overdue=overdue,
        )


        notice_out.additional_properties = d
        return notice_out

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
