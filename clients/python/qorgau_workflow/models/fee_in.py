from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FeeIn")



@_attrs_define
class FeeIn:
    """ 
        Attributes:
            reference (str): a line of visible text: no control, invisible or bidi-override characters, not only spaces
     """

    reference: str





    def to_dict(self) -> dict[str, Any]:
        reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reference": reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        fee_in = cls(
            reference=reference,
        )

        return fee_in

