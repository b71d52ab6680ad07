from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RepresentativeIn")



@_attrs_define
class RepresentativeIn:
    """ 
        Attributes:
            authority (str): power of attorney etc.
            first_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            iin (str): an IIN: 12 digits, the birth date (not in the future) and the century and sex digit first, the check
                digit last
            last_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            middle_name (None | str | Unset):
     """

    authority: str
    first_name: str
    iin: str
    last_name: str
    middle_name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        authority = self.authority

        first_name = self.first_name

        iin = self.iin

        last_name = self.last_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "authority": authority,
            "first_name": first_name,
            "iin": iin,
            "last_name": last_name,
        })
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authority = d.pop("authority")

        first_name = d.pop("first_name")

        iin = d.pop("iin")

        last_name = d.pop("last_name")

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))


        representative_in = cls(
            authority=authority,
            first_name=first_name,
            iin=iin,
            last_name=last_name,
            middle_name=middle_name,
        )

        return representative_in

