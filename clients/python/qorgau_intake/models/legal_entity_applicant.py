from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="LegalEntityApplicant")



@_attrs_define
class LegalEntityApplicant:
    """ A legal entity (reg. 16's employers, seed line 1198): its BIN in `iin`, its name, and the
    name of the person who signs for it.

        Attributes:
            first_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            iin (str): the legal entity's BIN
            kind (Literal['legal_entity']):
            last_name (str): a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning with a letter
            organisation_name (str): a line of visible text: no control, invisible or bidi-override characters, not only
                spaces
            email (None | str | Unset):
            middle_name (None | str | Unset):
            phone (None | str | Unset):
     """

    first_name: str
    iin: str
    kind: Literal['legal_entity']
    last_name: str
    organisation_name: str
    email: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        iin = self.iin

        kind = self.kind

        last_name = self.last_name

        organisation_name = self.organisation_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "first_name": first_name,
            "iin": iin,
            "kind": kind,
            "last_name": last_name,
            "organisation_name": organisation_name,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        iin = d.pop("iin")

        kind = cast(Literal['legal_entity'] , d.pop("kind"))
        if kind != 'legal_entity':
            raise ValueError(f"kind must match const 'legal_entity', got '{kind}'")

        last_name = d.pop("last_name")

        organisation_name = d.pop("organisation_name")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        legal_entity_applicant = cls(
            first_name=first_name,
            iin=iin,
            kind=kind,
            last_name=last_name,
            organisation_name=organisation_name,
            email=email,
            middle_name=middle_name,
            phone=phone,
        )

        return legal_entity_applicant

