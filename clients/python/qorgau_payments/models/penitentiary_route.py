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
            control_account_iban (str): a Kazakh IBAN (ISO 13616): KZ, check digits that hold, bank, account
            institution_name (str): a line of visible text: no control, invisible or bidi-override characters, not only
                spaces
            kind (Literal['penitentiary']):  Default: 'penitentiary'.
            institution_bin (None | str | Unset):
     """

    control_account_iban: str
    institution_name: str
    kind: Literal['penitentiary'] = 'penitentiary'
    institution_bin: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        control_account_iban = self.control_account_iban

        institution_name = self.institution_name

        kind = self.kind

        institution_bin: None | str | Unset
        if isinstance(self.institution_bin, Unset):
            institution_bin = UNSET
        else:
            institution_bin = self.institution_bin


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "control_account_iban": control_account_iban,
            "institution_name": institution_name,
            "kind": kind,
        })
        if institution_bin is not UNSET:
            field_dict["institution_bin"] = institution_bin

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_account_iban = d.pop("control_account_iban")

        institution_name = d.pop("institution_name")

        kind = cast(Literal['penitentiary'] , d.pop("kind"))
        if kind != 'penitentiary':
            raise ValueError(f"kind must match const 'penitentiary', got '{kind}'")

        def _parse_institution_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution_bin = _parse_institution_bin(d.pop("institution_bin", UNSET))


        penitentiary_route = cls(
            control_account_iban=control_account_iban,
            institution_name=institution_name,
            kind=kind,
            institution_bin=institution_bin,
        )

        return penitentiary_route

