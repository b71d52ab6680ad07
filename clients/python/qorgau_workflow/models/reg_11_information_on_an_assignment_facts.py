from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Reg11InformationOnAnAssignmentFacts")



@_attrs_define
class Reg11InformationOnAnAssignmentFacts:
    """ Reg. 11 `information`: the applicant asks about an assignment already made.

        Attributes:
            assignment_reference (None | str | Unset):
     """

    assignment_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        assignment_reference: None | str | Unset
        if isinstance(self.assignment_reference, Unset):
            assignment_reference = UNSET
        else:
            assignment_reference = self.assignment_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if assignment_reference is not UNSET:
            field_dict["assignment_reference"] = assignment_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_assignment_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignment_reference = _parse_assignment_reference(d.pop("assignment_reference", UNSET))


        reg_11_information_on_an_assignment_facts = cls(
            assignment_reference=assignment_reference,
        )

        return reg_11_information_on_an_assignment_facts

