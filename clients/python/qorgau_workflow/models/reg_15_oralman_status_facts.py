from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Reg15OralmanStatusFacts")



@_attrs_define
class Reg15OralmanStatusFacts:
    """ Reg. 15, the oralman (kandas) status granted or extended.

        Attributes:
            arrived_on (datetime.date | None | Unset):
            country_of_origin (None | str | Unset):
     """

    arrived_on: datetime.date | None | Unset = UNSET
    country_of_origin: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        arrived_on: None | str | Unset
        if isinstance(self.arrived_on, Unset):
            arrived_on = UNSET
        elif isinstance(self.arrived_on, datetime.date):
            arrived_on = self.arrived_on.isoformat()
        else:
            arrived_on = self.arrived_on

        country_of_origin: None | str | Unset
        if isinstance(self.country_of_origin, Unset):
            country_of_origin = UNSET
        else:
            country_of_origin = self.country_of_origin


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if arrived_on is not UNSET:
            field_dict["arrived_on"] = arrived_on
        if country_of_origin is not UNSET:
            field_dict["country_of_origin"] = country_of_origin

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_arrived_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                arrived_on_type_0 = datetime.date.fromisoformat(data)



                return arrived_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        arrived_on = _parse_arrived_on(d.pop("arrived_on", UNSET))


        def _parse_country_of_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_origin = _parse_country_of_origin(d.pop("country_of_origin", UNSET))


        reg_15_oralman_status_facts = cls(
            arrived_on=arrived_on,
            country_of_origin=country_of_origin,
        )

        return reg_15_oralman_status_facts

