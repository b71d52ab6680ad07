from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.assignment import Assignment
  from ..models.payout import Payout





T = TypeVar("T", bound="Regs410111218AssignmentDecision")



@_attrs_define
class Regs410111218AssignmentDecision:
    """ Regs 4, 10, 11 (notification), 12, 18: the inputs of the amount payments computes.

    `assignment.kind` is the regulation's own and may be left out.

        Attributes:
            assignment (Assignment | None | Unset):
            payout (None | Payout | Unset): taken from the application's facts when left out
     """

    assignment: Assignment | None | Unset = UNSET
    payout: None | Payout | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment import Assignment # noqa: PLC0415
        from ..models.payout import Payout # noqa: PLC0415
        assignment: dict[str, Any] | None | Unset
        if isinstance(self.assignment, Unset):
            assignment = UNSET
        elif isinstance(self.assignment, Assignment):
            assignment = self.assignment.to_dict()
        else:
            assignment = self.assignment

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
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if payout is not UNSET:
            field_dict["payout"] = payout

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment import Assignment # noqa: PLC0415
        from ..models.payout import Payout # noqa: PLC0415
        d = dict(src_dict)
        def _parse_assignment(data: object) -> Assignment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignment_type_0 = Assignment.from_dict(data)



                return assignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Assignment | None | Unset, data)

        assignment = _parse_assignment(d.pop("assignment", UNSET))


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


        regs_410111218_assignment_decision = cls(
            assignment=assignment,
            payout=payout,
        )

        return regs_410111218_assignment_decision

