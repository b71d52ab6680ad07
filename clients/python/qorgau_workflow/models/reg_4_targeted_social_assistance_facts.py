from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.family_member import FamilyMember
  from ..models.income import Income
  from ..models.payout import Payout





T = TypeVar("T", bound="Reg4TargetedSocialAssistanceFacts")



@_attrs_define
class Reg4TargetedSocialAssistanceFacts:
    """ Reg. 4, targeted social assistance: the family, its incomes, where it lives.

        Attributes:
            address (str): a line of visible text: no control, invisible or bidi-override characters, not only spaces
            family_members (list[FamilyMember] | Unset):
            incomes (list[Income] | Unset):
            payout (None | Payout | Unset): the applicant's bank account, or for a person serving a sentence the
                institution's control account; the payment uses it
     """

    address: str
    family_members: list[FamilyMember] | Unset = UNSET
    incomes: list[Income] | Unset = UNSET
    payout: None | Payout | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.family_member import FamilyMember # noqa: PLC0415
        from ..models.income import Income # noqa: PLC0415
        from ..models.payout import Payout # noqa: PLC0415
        address = self.address

        family_members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.family_members, Unset):
            family_members = []
            for family_members_item_data in self.family_members:
                family_members_item = family_members_item_data.to_dict()
                family_members.append(family_members_item)



        incomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incomes, Unset):
            incomes = []
            for incomes_item_data in self.incomes:
                incomes_item = incomes_item_data.to_dict()
                incomes.append(incomes_item)



        payout: dict[str, Any] | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        elif isinstance(self.payout, Payout):
            payout = self.payout.to_dict()
        else:
            payout = self.payout


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "address": address,
        })
        if family_members is not UNSET:
            field_dict["family_members"] = family_members
        if incomes is not UNSET:
            field_dict["incomes"] = incomes
        if payout is not UNSET:
            field_dict["payout"] = payout

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.family_member import FamilyMember # noqa: PLC0415
        from ..models.income import Income # noqa: PLC0415
        from ..models.payout import Payout # noqa: PLC0415
        d = dict(src_dict)
        address = d.pop("address")

        _family_members = d.pop("family_members", UNSET)
        family_members: list[FamilyMember] | Unset = UNSET
        if _family_members is not UNSET:
            family_members = []
            for family_members_item_data in _family_members:
                family_members_item = FamilyMember.from_dict(family_members_item_data)



                family_members.append(family_members_item)


        _incomes = d.pop("incomes", UNSET)
        incomes: list[Income] | Unset = UNSET
        if _incomes is not UNSET:
            incomes = []
            for incomes_item_data in _incomes:
                incomes_item = Income.from_dict(incomes_item_data)



                incomes.append(incomes_item)


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


        reg_4_targeted_social_assistance_facts = cls(
            address=address,
            family_members=family_members,
            incomes=incomes,
            payout=payout,
        )

        return reg_4_targeted_social_assistance_facts

