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





T = TypeVar("T", bound="Reg10MaslikhatSocialAssistanceFacts")



@_attrs_define
class Reg10MaslikhatSocialAssistanceFacts:
    """ Reg. 10, social assistance by a maslikhat decision: the applicant's category.

        Attributes:
            category (str): the maslikhat's category, e.g. 'disability', 'socially_significant_disease', 'large_family'
            payout (None | Payout | Unset): the applicant's bank account, or for a person serving a sentence the
                institution's control account; the payment uses it
     """

    category: str
    payout: None | Payout | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.payout import Payout # noqa: PLC0415
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
            "category": category,
        })
        if payout is not UNSET:
            field_dict["payout"] = payout

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout import Payout # noqa: PLC0415
        d = dict(src_dict)
        category = d.pop("category")

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


        reg_10_maslikhat_social_assistance_facts = cls(
            category=category,
            payout=payout,
        )

        return reg_10_maslikhat_social_assistance_facts

