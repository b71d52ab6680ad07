from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="NumberQuery")



@_attrs_define
class NumberQuery:
    """ 
        Attributes:
            holder_iin (str): an IIN: 12 digits, the birth date (not in the future) and the century and sex digit first, the
                check digit last
            number (str):
     """

    holder_iin: str
    number: str





    def to_dict(self) -> dict[str, Any]:
        holder_iin = self.holder_iin

        number = self.number


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "holder_iin": holder_iin,
            "number": number,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        holder_iin = d.pop("holder_iin")

        number = d.pop("number")

        number_query = cls(
            holder_iin=holder_iin,
            number=number,
        )

        return number_query

