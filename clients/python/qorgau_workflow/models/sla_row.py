from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SlaRow")



@_attrs_define
class SlaRow:
    """ 
        Attributes:
            district (Any):
            late (Any):
            median_working_days (Any):
            on_time (Any):
            open_ (Any):
            open_overdue (Any):
            p90_working_days (Any):
            regulation_id (Any):
     """

    district: Any
    late: Any
    median_working_days: Any
    on_time: Any
    open_: Any
    open_overdue: Any
    p90_working_days: Any
    regulation_id: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        district = self.district

        late = self.late

        median_working_days = self.median_working_days

        on_time = self.on_time

        open_ = self.open_

        open_overdue = self.open_overdue

        p90_working_days = self.p90_working_days

        regulation_id = self.regulation_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "district": district,
            "late": late,
            "median_working_days": median_working_days,
            "on_time": on_time,
            "open": open_,
            "open_overdue": open_overdue,
            "p90_working_days": p90_working_days,
            "regulation_id": regulation_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        district = d.pop("district")

        late = d.pop("late")

        median_working_days = d.pop("median_working_days")

        on_time = d.pop("on_time")

        open_ = d.pop("open")

        open_overdue = d.pop("open_overdue")

        p90_working_days = d.pop("p90_working_days")

        regulation_id = d.pop("regulation_id")

        sla_row = cls(
            district=district,
            late=late,
            median_working_days=median_working_days,
            on_time=on_time,
            open_=open_,
            open_overdue=open_overdue,
            p90_working_days=p90_working_days,
            regulation_id=regulation_id,
        )


        sla_row.additional_properties = d
        return sla_row

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
