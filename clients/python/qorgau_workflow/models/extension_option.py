from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ExtensionOption")



@_attrs_define
class ExtensionOption:
    """ 
        Attributes:
            adds (Any): the term it gives, e.g. '1 months'
            extension_id (Any):
            reason (Any):
            remaining (Any): how many more times it may be used
     """

    adds: Any
    extension_id: Any
    reason: Any
    remaining: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        adds = self.adds

        extension_id = self.extension_id

        reason = self.reason

        remaining = self.remaining


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "adds": adds,
            "extension_id": extension_id,
            "reason": reason,
            "remaining": remaining,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adds = d.pop("adds")

        extension_id = d.pop("extension_id")

        reason = d.pop("reason")

        remaining = d.pop("remaining")

        extension_option = cls(
            adds=adds,
            extension_id=extension_id,
            reason=reason,
            remaining=remaining,
        )


        extension_option.additional_properties = d
        return extension_option

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
