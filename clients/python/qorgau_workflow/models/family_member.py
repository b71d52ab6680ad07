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
            relation (FamilyMemberRelation):
            birth_date (datetime.date | None | Unset):
            disabled (bool | Unset):  Default: False.
            iin (None | str | Unset):
            student (bool | Unset):  Default: False.
     """

    relation: FamilyMemberRelation
    birth_date: datetime.date | None | Unset = UNSET
    disabled: bool | Unset = False
    iin: None | str | Unset = UNSET
    student: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        relation: str = self.relation

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        disabled = self.disabled

        iin: None | str | Unset
        if isinstance(self.iin, Unset):
            iin = UNSET
        else:
            iin = self.iin

        student = self.student


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "relation": relation,
        })
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if iin is not UNSET:
            field_dict["iin"] = iin
        if student is not UNSET:
            field_dict["student"] = student

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        def _parse_iin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iin = _parse_iin(d.pop("iin", UNSET))


        student = d.pop("student", UNSET)

        family_member = cls(
            relation=relation,
            birth_date=birth_date,
            disabled=disabled,
            iin=iin,
            student=student,
        )

        return family_member

