from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.period import Period





T = TypeVar("T", bound="CostItem")



@_attrs_define
class CostItem:
    """ An expense the assistance depends on (housing costs, home-schooling costs, fuel).

        Attributes:
            amount (float | str):
            kind (str):
            period (None | Period | Unset):
     """

    amount: float | str
    kind: str
    period: None | Period | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.period import Period # noqa: PLC0415
        amount: float | str
        amount = self.amount

        kind = self.kind

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, Period):
            period = self.period.to_dict()
        else:
            period = self.period


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
            "kind": kind,
        })
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period import Period # noqa: PLC0415
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        kind = d.pop("kind")

        def _parse_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = Period.from_dict(data)



                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        period = _parse_period(d.pop("period", UNSET))


        cost_item = cls(
            amount=amount,
            kind=kind,
            period=period,
        )

        return cost_item

