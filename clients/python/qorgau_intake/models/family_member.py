from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.family_member_relation import check_family_member_relation
from ..models.family_member_relation import FamilyMemberRelation
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="FamilyMember")



@_attrs_define
class FamilyMember:
    """ 
        Attributes:
            first_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            iin (str): an IIN: 12 digits, the birth date (not in the future) and the century and sex digit first, the check
                digit last
            last_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            relation (FamilyMemberRelation):
            birth_date (datetime.date | None | Unset):
            disabled (bool | Unset):  Default: False.
     """

    first_name: str
    iin: str
    last_name: str
    relation: FamilyMemberRelation
    birth_date: datetime.date | None | Unset = UNSET
    disabled: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        iin = self.iin

        last_name = self.last_name

        relation: str = self.relation

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        disabled = self.disabled


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "first_name": first_name,
            "iin": iin,
            "last_name": last_name,
            "relation": relation,
        })
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        iin = d.pop("iin")

        last_name = d.pop("last_name")

        relation = check_family_member_relation(d.pop("relation"))




        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))


        disabled = d.pop("disabled", UNSET)

        family_member = cls(
            first_name=first_name,
            iin=iin,
            last_name=last_name,
            relation=relation,
            birth_date=birth_date,
            disabled=disabled,
        )

        return family_member

