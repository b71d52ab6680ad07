from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReassignIn")



@_attrs_define
class ReassignIn:
    """ 
        Attributes:
            person_id (str):
            reason (str): a line of visible text: no control, invisible or bidi-override characters, not only spaces
     """

    person_id: str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "person_id": person_id,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("person_id")

        reason = d.pop("reason")

        reassign_in = cls(
            person_id=person_id,
            reason=reason,
        )

        return reassign_in

