from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="TsaMembershipDocument")



@_attrs_define
class TsaMembershipDocument:
    """ Reg. 13: the family belongs (or does not belong) to targeted social assistance recipients.

        Attributes:
            as_of (datetime.date):
            belongs (bool):
            kind (Literal['tsa_membership'] | Unset):  Default: 'tsa_membership'.
     """

    as_of: datetime.date
    belongs: bool
    kind: Literal['tsa_membership'] | Unset = 'tsa_membership'





    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        belongs = self.belongs

        kind = self.kind


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "as_of": as_of,
            "belongs": belongs,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        belongs = d.pop("belongs")

        kind = cast(Literal['tsa_membership'] | Unset , d.pop("kind", UNSET))
        if kind != 'tsa_membership'and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'tsa_membership', got '{kind}'")

        tsa_membership_document = cls(
            as_of=as_of,
            belongs=belongs,
            kind=kind,
        )

        return tsa_membership_document

