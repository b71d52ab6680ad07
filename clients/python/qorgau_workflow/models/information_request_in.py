from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="InformationRequestIn")



@_attrs_define
class InformationRequestIn:
    """ 
        Attributes:
            addressed_to (str): a line of visible text: no control, invisible or bidi-override characters, not only spaces
            subject (str): visible text, lines separated by LF: no other control, invisible or bidi-override character, not
                only spaces
     """

    addressed_to: str
    subject: str





    def to_dict(self) -> dict[str, Any]:
        addressed_to = self.addressed_to

        subject = self.subject


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "addressed_to": addressed_to,
            "subject": subject,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addressed_to = d.pop("addressed_to")

        subject = d.pop("subject")

        information_request_in = cls(
            addressed_to=addressed_to,
            subject=subject,
        )

        return information_request_in

