from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import Literal, cast






T = TypeVar("T", bound="IbanRoute")



@_attrs_define
class IbanRoute:
    """ Payment to the person's own bank account.

        Attributes:
            iban (str): a Kazakh IBAN (ISO 13616): KZ, check digits that hold, bank, account
            kind (Literal['iban']):  Default: 'iban'.
     """

    iban: str
    kind: Literal['iban'] = 'iban'





    def to_dict(self) -> dict[str, Any]:
        iban = self.iban

        kind = self.kind


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "iban": iban,
            "kind": kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iban = d.pop("iban")

        kind = cast(Literal['iban'] , d.pop("kind"))
        if kind != 'iban':
            raise ValueError(f"kind must match const 'iban', got '{kind}'")

        iban_route = cls(
            iban=iban,
            kind=kind,
        )

        return iban_route

