from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.recognition_period import RecognitionPeriod





T = TypeVar("T", bound="Reg1Recognition")



@_attrs_define
class Reg1Recognition:
    """ Reg. 1, first registration: the zones, periods and years recognised.

        Attributes:
            periods (list[RecognitionPeriod]):
     """

    periods: list[RecognitionPeriod]





    def to_dict(self) -> dict[str, Any]:
        from ..models.recognition_period import RecognitionPeriod # noqa: PLC0415
        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "periods": periods,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recognition_period import RecognitionPeriod # noqa: PLC0415
        d = dict(src_dict)
        periods = []
        _periods = d.pop("periods")
        for periods_item_data in (_periods):
            periods_item = RecognitionPeriod.from_dict(periods_item_data)



            periods.append(periods_item)


        reg_1_recognition = cls(
            periods=periods,
        )

        return reg_1_recognition

