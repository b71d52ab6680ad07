from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.reg_1_duplicate import Reg1Duplicate





T = TypeVar("T", bound="Reg1DuplicateCertificateDecision")



@_attrs_define
class Reg1DuplicateCertificateDecision:
    """ Reg. 1 duplicate: why, and which certificate it replaces.

        Attributes:
            duplicate (None | Reg1Duplicate | Unset): taken from the application's facts when left out
     """

    duplicate: None | Reg1Duplicate | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.reg_1_duplicate import Reg1Duplicate # noqa: PLC0415
        duplicate: dict[str, Any] | None | Unset
        if isinstance(self.duplicate, Unset):
            duplicate = UNSET
        elif isinstance(self.duplicate, Reg1Duplicate):
            duplicate = self.duplicate.to_dict()
        else:
            duplicate = self.duplicate


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reg_1_duplicate import Reg1Duplicate # noqa: PLC0415
        d = dict(src_dict)
        def _parse_duplicate(data: object) -> None | Reg1Duplicate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duplicate_type_0 = Reg1Duplicate.from_dict(data)



                return duplicate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reg1Duplicate | Unset, data)

        duplicate = _parse_duplicate(d.pop("duplicate", UNSET))


        reg_1_duplicate_certificate_decision = cls(
            duplicate=duplicate,
        )

        return reg_1_duplicate_certificate_decision

