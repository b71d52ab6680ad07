from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ScheduleOut")



@_attrs_define
class ScheduleOut:
    """ 
        Attributes:
            month (int):
            payment_days (list[datetime.date]):
            year (int):
     """

    month: int
    payment_days: list[datetime.date]
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        month = self.month

        payment_days = []
        for payment_days_item_data in self.payment_days:
            payment_days_item = payment_days_item_data.isoformat()
            payment_days.append(payment_days_item)



        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "month": month,
            "payment_days": payment_days,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        payment_days = []
        _payment_days = d.pop("payment_days")
        for payment_days_item_data in (_payment_days):
            payment_days_item = datetime.date.fromisoformat(payment_days_item_data)



            payment_days.append(payment_days_item)


        year = d.pop("year")

        schedule_out = cls(
            month=month,
            payment_days=payment_days,
            year=year,
        )


        schedule_out.additional_properties = d
        return schedule_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
