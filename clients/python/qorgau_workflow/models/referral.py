from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_kind import check_referral_kind
from ..models.referral_kind import ReferralKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Referral")



@_attrs_define
class Referral:
    """ Reg. 14: the referral to an active employment measure (Standard annexes 1-4).

        Attributes:
            kind (ReferralKind):
            employer (None | str | Unset):
     """

    kind: ReferralKind
    employer: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        employer: None | str | Unset
        if isinstance(self.employer, Unset):
            employer = UNSET
        else:
            employer = self.employer


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
        })
        if employer is not UNSET:
            field_dict["employer"] = employer

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_referral_kind(d.pop("kind"))




        def _parse_employer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer = _parse_employer(d.pop("employer", UNSET))


        referral = cls(
            kind=kind,
            employer=employer,
        )

        return referral

