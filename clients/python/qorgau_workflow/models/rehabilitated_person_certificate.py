from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import Literal, cast






T = TypeVar("T", bound="RehabilitatedPersonCertificate")



@_attrs_define
class RehabilitatedPersonCertificate:
    """ Reg. 17: the certificate states nothing the executor must add.

        Attributes:
            kind (Literal['rehabilitated_certificate'] | Unset):  Default: 'rehabilitated_certificate'.
     """

    kind: Literal['rehabilitated_certificate'] | Unset = 'rehabilitated_certificate'





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal['rehabilitated_certificate'] | Unset , d.pop("kind", UNSET))
        if kind != 'rehabilitated_certificate'and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'rehabilitated_certificate', got '{kind}'")

        rehabilitated_person_certificate = cls(
            kind=kind,
        )

        return rehabilitated_person_certificate

