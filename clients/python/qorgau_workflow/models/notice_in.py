from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="NoticeIn")



@_attrs_define
class NoticeIn:
    """ 
        Attributes:
            extension_id (str):
            form (str | Unset): a line of visible text: no control, invisible or bidi-override characters, not only spaces
                Default: 'written notification'.
     """

    extension_id: str
    form: str | Unset = 'written notification'





    def to_dict(self) -> dict[str, Any]:
        extension_id = self.extension_id

        form = self.form


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "extension_id": extension_id,
        })
        if form is not UNSET:
            field_dict["form"] = form

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extension_id = d.pop("extension_id")

        form = d.pop("form", UNSET)

        notice_in = cls(
            extension_id=extension_id,
            form=form,
        )

        return notice_in

