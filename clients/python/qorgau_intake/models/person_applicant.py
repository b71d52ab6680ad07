from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="PersonApplicant")



@_attrs_define
class PersonApplicant:
    """ A person, identified by the IIN (checked digit by digit); `kind` may be left out.

        Attributes:
            first_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            iin (str): an IIN: 12 digits, the birth date (not in the future) and the century and sex digit first, the check
                digit last
            last_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            email (None | str | Unset):
            kind (Literal['person'] | Unset):  Default: 'person'.
            middle_name (None | str | Unset):
            organisation_name (None | Unset): a person names no organisation
            phone (None | str | Unset):
     """

    first_name: str
    iin: str
    last_name: str
    email: None | str | Unset = UNSET
    kind: Literal['person'] | Unset = 'person'
    middle_name: None | str | Unset = UNSET
    organisation_name: None | Unset = UNSET
    phone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        iin = self.iin

        last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        kind = self.kind

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        organisation_name = self.organisation_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "first_name": first_name,
            "iin": iin,
            "last_name": last_name,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if kind is not UNSET:
            field_dict["kind"] = kind
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if organisation_name is not UNSET:
            field_dict["organisation_name"] = organisation_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        iin = d.pop("iin")

        last_name = d.pop("last_name")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        kind = cast(Literal['person'] | Unset , d.pop("kind", UNSET))
        if kind != 'person'and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'person', got '{kind}'")

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))


        organisation_name = d.pop("organisation_name", UNSET)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        person_applicant = cls(
            first_name=first_name,
            iin=iin,
            last_name=last_name,
            email=email,
            kind=kind,
            middle_name=middle_name,
            organisation_name=organisation_name,
            phone=phone,
        )

        return person_applicant

