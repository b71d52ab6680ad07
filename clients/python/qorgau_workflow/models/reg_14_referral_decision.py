from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.referral import Referral





T = TypeVar("T", bound="Reg14ReferralDecision")



@_attrs_define
class Reg14ReferralDecision:
    """ Reg. 14: the measure the applicant is referred to.

        Attributes:
            referral (None | Referral | Unset): taken from the application's facts when left out
     """

    referral: None | Referral | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.referral import Referral # noqa: PLC0415
        referral: dict[str, Any] | None | Unset
        if isinstance(self.referral, Unset):
            referral = UNSET
        elif isinstance(self.referral, Referral):
            referral = self.referral.to_dict()
        else:
            referral = self.referral


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if referral is not UNSET:
            field_dict["referral"] = referral

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral import Referral # noqa: PLC0415
        d = dict(src_dict)
        def _parse_referral(data: object) -> None | Referral | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referral_type_0 = Referral.from_dict(data)



                return referral_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Referral | Unset, data)

        referral = _parse_referral(d.pop("referral", UNSET))


        reg_14_referral_decision = cls(
            referral=referral,
        )

        return reg_14_referral_decision

