from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AnnulledView")



@_attrs_define
class AnnulledView:
    """ 
        Attributes:
            holder_id (str):
            revoked_documents (list[str]):
            status (str):
     """

    holder_id: str
    revoked_documents: list[str]
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        holder_id = self.holder_id

        revoked_documents = self.revoked_documents



        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "holder_id": holder_id,
            "revoked_documents": revoked_documents,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        holder_id = d.pop("holder_id")

        revoked_documents = cast(list[str], d.pop("revoked_documents"))


        status = d.pop("status")

        annulled_view = cls(
            holder_id=holder_id,
            revoked_documents=revoked_documents,
            status=status,
        )


        annulled_view.additional_properties = d
        return annulled_view

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
