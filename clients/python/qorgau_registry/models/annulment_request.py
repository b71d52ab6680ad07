from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AnnulmentRequest")



@_attrs_define
class AnnulmentRequest:
    """ 
        Attributes:
            annulment_reference (str): a line of visible text: no control, invisible or bidi-override characters, not only
                spaces
            reason (str): a line of visible text: no control, invisible or bidi-override characters, not only spaces
     """

    annulment_reference: str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        annulment_reference = self.annulment_reference

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "annulment_reference": annulment_reference,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annulment_reference = d.pop("annulment_reference")

        reason = d.pop("reason")

        annulment_request = cls(
            annulment_reference=annulment_reference,
            reason=reason,
        )

        return annulment_request

