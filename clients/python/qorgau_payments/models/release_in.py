from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ReleaseIn")



@_attrs_define
class ReleaseIn:
    """ 
        Attributes:
            district (str):
            schedule_date (datetime.date): a payment day of the oblast's schedule (GET /v1/schedule), today or later
     """

    district: str
    schedule_date: datetime.date





    def to_dict(self) -> dict[str, Any]:
        district = self.district

        schedule_date = self.schedule_date.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "district": district,
            "schedule_date": schedule_date,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        district = d.pop("district")

        schedule_date = datetime.date.fromisoformat(d.pop("schedule_date"))




        release_in = cls(
            district=district,
            schedule_date=schedule_date,
        )

        return release_in

