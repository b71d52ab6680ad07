from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.payout import Payout
  from ..models.zone_period import ZonePeriod





T = TypeVar("T", bound="Reg1FirstRegistrationFacts")



@_attrs_define
class Reg1FirstRegistrationFacts:
    """ Reg. 1, first registration: the periods in the zones, and where the compensation goes.

        Attributes:
            periods (list[ZonePeriod]):
            payout (None | Payout | Unset): the applicant's bank account, or for a person serving a sentence the
                institution's control account; the payment uses it
     """

    periods: list[ZonePeriod]
    payout: None | Payout | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.payout import Payout # noqa: PLC0415
        from ..models.zone_period import ZonePeriod # noqa: PLC0415
        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)



        payout: dict[str, Any] | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        elif isinstance(self.payout, Payout):
            payout = self.payout.to_dict()
        else:
            payout = self.payout


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "periods": periods,
        })
        if payout is not UNSET:
            field_dict["payout"] = payout

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout import Payout # noqa: PLC0415
        from ..models.zone_period import ZonePeriod # noqa: PLC0415
        d = dict(src_dict)
        periods = []
        _periods = d.pop("periods")
        for periods_item_data in (_periods):
            periods_item = ZonePeriod.from_dict(periods_item_data)



            periods.append(periods_item)


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


        reg_1_first_registration_facts = cls(
            periods=periods,
            payout=payout,
        )

        return reg_1_first_registration_facts

