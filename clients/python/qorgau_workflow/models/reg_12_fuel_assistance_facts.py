from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_12_fuel_assistance_facts_category_type_0 import check_reg_12_fuel_assistance_facts_category_type_0
from ..models.reg_12_fuel_assistance_facts_category_type_0 import Reg12FuelAssistanceFactsCategoryType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.payout import Payout





T = TypeVar("T", bound="Reg12FuelAssistanceFacts")



@_attrs_define
class Reg12FuelAssistanceFacts:
    """ Reg. 12, fuel assistance to social specialists in rural areas: their sector.

        Attributes:
            category (None | Reg12FuelAssistanceFactsCategoryType0 | Unset):
            payout (None | Payout | Unset): the applicant's bank account, or for a person serving a sentence the
                institution's control account; the payment uses it
     """

    category: None | Reg12FuelAssistanceFactsCategoryType0 | Unset = UNSET
    payout: None | Payout | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.payout import Payout # noqa: PLC0415
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, str):
            category = self.category
        else:
            category = self.category

        payout: dict[str, Any] | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        elif isinstance(self.payout, Payout):
            payout = self.payout.to_dict()
        else:
            payout = self.payout


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if category is not UNSET:
            field_dict["category"] = category
        if payout is not UNSET:
            field_dict["payout"] = payout

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout import Payout # noqa: PLC0415
        d = dict(src_dict)
        def _parse_category(data: object) -> None | Reg12FuelAssistanceFactsCategoryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = check_reg_12_fuel_assistance_facts_category_type_0(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reg12FuelAssistanceFactsCategoryType0 | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_payout(data: object) -> None | Payout | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payout_type_0 = Payout.from_dict(data)



                return payout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Payout | Unset, data)

        payout = _parse_payout(d.pop("payout", UNSET))


        reg_12_fuel_assistance_facts = cls(
            category=category,
            payout=payout,
        )

        return reg_12_fuel_assistance_facts

