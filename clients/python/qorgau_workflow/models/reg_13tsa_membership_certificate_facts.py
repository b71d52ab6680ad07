from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Reg13TSAMembershipCertificateFacts")



@_attrs_define
class Reg13TSAMembershipCertificateFacts:
    """ Reg. 13, a certificate that the family receives (or not) targeted social assistance.

        Attributes:
            purpose (None | str | Unset):
     """

    purpose: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))


        reg_13tsa_membership_certificate_facts = cls(
            purpose=purpose,
        )

        return reg_13tsa_membership_certificate_facts

