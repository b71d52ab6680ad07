from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReturnIn")



@_attrs_define
class ReturnIn:
    """ 
        Attributes:
            comment (str): visible text, lines separated by LF: no other control, invisible or bidi-override character, not
                only spaces
     """

    comment: str





    def to_dict(self) -> dict[str, Any]:
        comment = self.comment


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "comment": comment,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        return_in = cls(
            comment=comment,
        )

        return return_in

