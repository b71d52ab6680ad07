from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="PenitentiaryRoute")



@_attrs_define
class PenitentiaryRoute:
    """ Payment to the control account of the institution where the person serves a sentence;
    the person stays the beneficiary of the order.

        Attributes:
            control_account_iban (str):
            institution_name (str):
            institution_bin (None | str | Unset):
            kind (Literal['penitentiary'] | Unset):  Default: 'penitentiary'.
     """

    control_account_iban: str
    institution_name: str
    institution_bin: None | str | Unset = UNSET
    kind: Literal['penitentiary'] | Unset = 'penitentiary'





    def to_dict(self) -> dict[str, Any]:
        control_account_iban = self.control_account_iban

        institution_name = self.institution_name

        institution_bin: None | str | Unset
        if isinstance(self.institution_bin, Unset):
            institution_bin = UNSET
        else:
            institution_bin = self.institution_bin

        kind = self.kind


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "control_account_iban": control_account_iban,
            "institution_name": institution_name,
        })
        if institution_bin is not UNSET:
            field_dict["institution_bin"] = institution_bin
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_account_iban = d.pop("control_account_iban")

        institution_name = d.pop("institution_name")

        def _parse_institution_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution_bin = _parse_institution_bin(d.pop("institution_bin", UNSET))


        kind = cast(Literal['penitentiary'] | Unset , d.pop("kind", UNSET))
        if kind != 'penitentiary'and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'penitentiary', got '{kind}'")

        penitentiary_route = cls(
            control_account_iban=control_account_iban,
            institution_name=institution_name,
            institution_bin=institution_bin,
            kind=kind,
        )

        return penitentiary_route

