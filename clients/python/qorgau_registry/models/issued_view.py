from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="IssuedView")



@_attrs_define
class IssuedView:
    """ 
        Attributes:
            document_id (str):
            issued_at (datetime.datetime):
            number (str):
            pdf_path (str):
            verification_url (str):
     """

    document_id: str
    issued_at: datetime.datetime
    number: str
    pdf_path: str
    verification_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        issued_at = self.issued_at.isoformat()

        number = self.number

        pdf_path = self.pdf_path

        verification_url = self.verification_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "document_id": document_id,
            "issued_at": issued_at,
            "number": number,
            "pdf_path": pdf_path,
            "verification_url": verification_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))




        number = d.pop("number")

        pdf_path = d.pop("pdf_path")

        verification_url = d.pop("verification_url")

        issued_view = cls(
            document_id=document_id,
            issued_at=issued_at,
            number=number,
            pdf_path=pdf_path,
            verification_url=verification_url,
        )


        issued_view.additional_properties = d
        return issued_view

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
