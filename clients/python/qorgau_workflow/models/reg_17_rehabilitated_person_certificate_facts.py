from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Reg17RehabilitatedPersonCertificateFacts")



@_attrs_define
class Reg17RehabilitatedPersonCertificateFacts:
    """ Reg. 17, the certificate of a person rehabilitated from political repression.

        Attributes:
            rehabilitation_reference (None | str | Unset): the prosecutor's or court's decision, with its number and date
     """

    rehabilitation_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        rehabilitation_reference: None | str | Unset
        if isinstance(self.rehabilitation_reference, Unset):
            rehabilitation_reference = UNSET
        else:
            rehabilitation_reference = self.rehabilitation_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if rehabilitation_reference is not UNSET:
            field_dict["rehabilitation_reference"] = rehabilitation_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_rehabilitation_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rehabilitation_reference = _parse_rehabilitation_reference(d.pop("rehabilitation_reference", UNSET))


        reg_17_rehabilitated_person_certificate_facts = cls(
            rehabilitation_reference=rehabilitation_reference,
        )

        return reg_17_rehabilitated_person_certificate_facts

