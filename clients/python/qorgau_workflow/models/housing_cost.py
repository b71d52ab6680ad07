from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.housing_cost_kind_of_cost import check_housing_cost_kind_of_cost
from ..models.housing_cost_kind_of_cost import HousingCostKindOfCost
from typing import cast






T = TypeVar("T", bound="HousingCost")



@_attrs_define
class HousingCost:
    """ 
        Attributes:
            amount (float | str):
            kind (HousingCostKindOfCost):
     """

    amount: float | str
    kind: HousingCostKindOfCost





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        kind: str = self.kind


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
            "kind": kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        kind = check_housing_cost_kind_of_cost(d.pop("kind"))




        housing_cost = cls(
            amount=amount,
            kind=kind,
        )

        return housing_cost

