from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.applicant_kind import ApplicantKind
from ..models.applicant_kind import check_applicant_kind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Applicant")



@_attrs_define
class Applicant:
    """ The one the service is for. Names travel in payloads, never in logs.

    A person is identified by their IIN; a legal entity (reg. 16's employers, line 1198) by its
    BIN in the same 12-digit field, with its name and the name of the person who signs for it.

        Attributes:
            first_name (str):
            iin (str): the IIN, or a legal entity's BIN
            last_name (str):
            email (None | str | Unset):
            kind (ApplicantKind | Unset):  Default: 'person'.
            middle_name (None | str | Unset):
            organisation_name (None | str | Unset):
            phone (None | str | Unset):
     """

    first_name: str
    iin: str
    last_name: str
    email: None | str | Unset = UNSET
    kind: ApplicantKind | Unset = 'person'
    middle_name: None | str | Unset = UNSET
    organisation_name: None | str | Unset = UNSET
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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind


        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        organisation_name: None | str | Unset
        if isinstance(self.organisation_name, Unset):
            organisation_name = UNSET
        else:
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


        _kind = d.pop("kind", UNSET)
        kind: ApplicantKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_applicant_kind(_kind)




        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))


        def _parse_organisation_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_name = _parse_organisation_name(d.pop("organisation_name", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        applicant = cls(
            first_name=first_name,
            iin=iin,
            last_name=last_name,
            email=email,
            kind=kind,
            middle_name=middle_name,
            organisation_name=organisation_name,
            phone=phone,
        )

        return applicant

