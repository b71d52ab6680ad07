from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.child import Child
  from ..models.payout import Payout





T = TypeVar("T", bound="Reg11HomeSchoolingCompensationFacts")



@_attrs_define
class Reg11HomeSchoolingCompensationFacts:
    """ Reg. 11: a disabled child taught at home, whose costs are to be compensated.

        Attributes:
            child (Child | None | Unset):
            payout (None | Payout | Unset): the applicant's bank account, or for a person serving a sentence the
                institution's control account; the payment uses it
            school (None | str | Unset):
     """

    child: Child | None | Unset = UNSET
    payout: None | Payout | Unset = UNSET
    school: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.child import Child # noqa: PLC0415
        from ..models.payout import Payout # noqa: PLC0415
        child: dict[str, Any] | None | Unset
        if isinstance(self.child, Unset):
            child = UNSET
        elif isinstance(self.child, Child):
            child = self.child.to_dict()
        else:
            child = self.child

        payout: dict[str, Any] | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        elif isinstance(self.payout, Payout):
            payout = self.payout.to_dict()
        else:
            payout = self.payout

        school: None | str | Unset
        if isinstance(self.school, Unset):
            school = UNSET
        else:
            school = self.school


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if child is not UNSET:
            field_dict["child"] = child
        if payout is not UNSET:
            field_dict["payout"] = payout
        if school is not UNSET:
            field_dict["school"] = school

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child import Child # noqa: PLC0415
        from ..models.payout import Payout # noqa: PLC0415
        d = dict(src_dict)
        def _parse_child(data: object) -> Child | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                child_type_0 = Child.from_dict(data)



                return child_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Child | None | Unset, data)

        child = _parse_child(d.pop("child", UNSET))


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


        def _parse_school(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        school = _parse_school(d.pop("school", UNSET))


        reg_11_home_schooling_compensation_facts = cls(
            child=child,
            payout=payout,
            school=school,
        )

        return reg_11_home_schooling_compensation_facts

