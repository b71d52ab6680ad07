from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_1_duplicate_reason import check_reg_1_duplicate_reason
from ..models.reg_1_duplicate_reason import Reg1DuplicateReason
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Reg1Duplicate")



@_attrs_define
class Reg1Duplicate:
    """ Reg. 1 (and 17) duplicate certificate: why, and which certificate it replaces.

        Attributes:
            reason (Reg1DuplicateReason):
            replaces (None | str | Unset):
     """

    reason: Reg1DuplicateReason
    replaces: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason: str = self.reason

        replaces: None | str | Unset
        if isinstance(self.replaces, Unset):
            replaces = UNSET
        else:
            replaces = self.replaces


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if replaces is not UNSET:
            field_dict["replaces"] = replaces

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = check_reg_1_duplicate_reason(d.pop("reason"))




        def _parse_replaces(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replaces = _parse_replaces(d.pop("replaces", UNSET))


        reg_1_duplicate = cls(
            reason=reason,
            replaces=replaces,
        )

        return reg_1_duplicate

