from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.reg_1_duplicate import Reg1Duplicate





T = TypeVar("T", bound="RehabilitatedPersonCertificateDuplicate")



@_attrs_define
class RehabilitatedPersonCertificateDuplicate:
    """ Reg. 17 duplicate: why, and which certificate it replaces (from the facts when left
    out).

        Attributes:
            duplicate (None | Reg1Duplicate | Unset): taken from the application's facts when left out
            kind (Literal['rehabilitated_certificate'] | Unset):  Default: 'rehabilitated_certificate'.
     """

    duplicate: None | Reg1Duplicate | Unset = UNSET
    kind: Literal['rehabilitated_certificate'] | Unset = 'rehabilitated_certificate'





    def to_dict(self) -> dict[str, Any]:
        from ..models.reg_1_duplicate import Reg1Duplicate # noqa: PLC0415
        duplicate: dict[str, Any] | None | Unset
        if isinstance(self.duplicate, Unset):
            duplicate = UNSET
        elif isinstance(self.duplicate, Reg1Duplicate):
            duplicate = self.duplicate.to_dict()
        else:
            duplicate = self.duplicate

        kind = self.kind


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if kind is not UNSET:
            field_dict["kind"] = kind

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


        kind = cast(Literal['rehabilitated_certificate'] | Unset , d.pop("kind", UNSET))
        if kind != 'rehabilitated_certificate'and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'rehabilitated_certificate', got '{kind}'")

        rehabilitated_person_certificate_duplicate = cls(
            duplicate=duplicate,
            kind=kind,
        )

        return rehabilitated_person_certificate_duplicate

