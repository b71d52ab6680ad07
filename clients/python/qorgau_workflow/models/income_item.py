from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="IncomeItem")



@_attrs_define
class IncomeItem:
    """ An income received over `Assignment.income_period` (the total for the whole period).

        Attributes:
            amount (float | str):
            kind (str):
            member (int):
     """

    amount: float | str
    kind: str
    member: int





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        kind = self.kind

        member = self.member


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
            "kind": kind,
            "member": member,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        kind = d.pop("kind")

        member = d.pop("member")

        income_item = cls(
            amount=amount,
            kind=kind,
            member=member,
        )

        return income_item

