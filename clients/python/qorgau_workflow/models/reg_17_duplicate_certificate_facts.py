from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_17_duplicate_certificate_facts_why_a_duplicate import check_reg_17_duplicate_certificate_facts_why_a_duplicate
from ..models.reg_17_duplicate_certificate_facts_why_a_duplicate import Reg17DuplicateCertificateFactsWhyADuplicate
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Reg17DuplicateCertificateFacts")



@_attrs_define
class Reg17DuplicateCertificateFacts:
    """ 
        Attributes:
            duplicate_reason (Reg17DuplicateCertificateFactsWhyADuplicate):
            replaces (None | str | Unset):
     """

    duplicate_reason: Reg17DuplicateCertificateFactsWhyADuplicate
    replaces: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        duplicate_reason: str = self.duplicate_reason

        replaces: None | str | Unset
        if isinstance(self.replaces, Unset):
            replaces = UNSET
        else:
            replaces = self.replaces


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "duplicate_reason": duplicate_reason,
        })
        if replaces is not UNSET:
            field_dict["replaces"] = replaces

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duplicate_reason = check_reg_17_duplicate_certificate_facts_why_a_duplicate(d.pop("duplicate_reason"))




        def _parse_replaces(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replaces = _parse_replaces(d.pop("replaces", UNSET))


        reg_17_duplicate_certificate_facts = cls(
            duplicate_reason=duplicate_reason,
            replaces=replaces,
        )

        return reg_17_duplicate_certificate_facts

