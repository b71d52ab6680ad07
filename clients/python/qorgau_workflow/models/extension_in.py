from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ExtensionIn")



@_attrs_define
class ExtensionIn:
    """ 
        Attributes:
            extension_id (str):
            reason (str): visible text, lines separated by LF: no other control, invisible or bidi-override character, not
                only spaces
     """

    extension_id: str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        extension_id = self.extension_id

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "extension_id": extension_id,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extension_id = d.pop("extension_id")

        reason = d.pop("reason")

        extension_in = cls(
            extension_id=extension_id,
            reason=reason,
        )

        return extension_in

