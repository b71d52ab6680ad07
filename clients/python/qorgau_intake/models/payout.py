from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payout_kind import check_payout_kind
from ..models.payout_kind import PayoutKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Payout")



@_attrs_define
class Payout:
    """ Where the money goes.

        Attributes:
            iban (str): a Kazakh IBAN (ISO 13616): KZ, check digits that hold, bank, account
            kind (PayoutKind):
            institution (None | str | Unset):
     """

    iban: str
    kind: PayoutKind
    institution: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        iban = self.iban

        kind: str = self.kind

        institution: None | str | Unset
        if isinstance(self.institution, Unset):
            institution = UNSET
        else:
            institution = self.institution


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "iban": iban,
            "kind": kind,
        })
        if institution is not UNSET:
            field_dict["institution"] = institution

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iban = d.pop("iban")

        kind = check_payout_kind(d.pop("kind"))




        def _parse_institution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution = _parse_institution(d.pop("institution", UNSET))


        payout = cls(
            iban=iban,
            kind=kind,
            institution=institution,
        )

        return payout

