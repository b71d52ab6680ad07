from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DocumentOut")



@_attrs_define
class DocumentOut:
    """ A document the registry issued on the application's decision.

        Attributes:
            document_id (Any):
            issued_at (Any):
            kind (Any):
            number (Any):
     """

    document_id: Any
    issued_at: Any
    kind: Any
    number: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        issued_at = self.issued_at

        kind = self.kind

        number = self.number


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "document_id": document_id,
            "issued_at": issued_at,
            "kind": kind,
            "number": number,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        issued_at = d.pop("issued_at")

        kind = d.pop("kind")

        number = d.pop("number")

        document_out = cls(
            document_id=document_id,
            issued_at=issued_at,
            kind=kind,
            number=number,
        )


        document_out.additional_properties = d
        return document_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
