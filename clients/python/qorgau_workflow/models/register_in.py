from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RegisterIn")



@_attrs_define
class RegisterIn:
    """ 
        Attributes:
            registration_number (None | str | Unset):
     """

    registration_number: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_number = _parse_registration_number(d.pop("registration_number", UNSET))


        register_in = cls(
            registration_number=registration_number,
        )

        return register_in

