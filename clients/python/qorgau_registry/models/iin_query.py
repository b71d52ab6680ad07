from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="IinQuery")



@_attrs_define
class IinQuery:
    """ 
        Attributes:
            iin (str): an IIN: 12 digits, the birth date (not in the future) and the century and sex digit first, the check
                digit last
     """

    iin: str





    def to_dict(self) -> dict[str, Any]:
        iin = self.iin


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "iin": iin,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iin = d.pop("iin")

        iin_query = cls(
            iin=iin,
        )

        return iin_query

