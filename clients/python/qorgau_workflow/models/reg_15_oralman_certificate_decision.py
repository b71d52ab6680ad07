from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.oralman_document import OralmanDocument





T = TypeVar("T", bound="Reg15OralmanCertificateDecision")



@_attrs_define
class Reg15OralmanCertificateDecision:
    """ 
        Attributes:
            document (OralmanDocument): Reg. 15: the oralman certificate, granted or extended.
     """

    document: OralmanDocument





    def to_dict(self) -> dict[str, Any]:
        from ..models.oralman_document import OralmanDocument # noqa: PLC0415
        document = self.document.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "document": document,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oralman_document import OralmanDocument # noqa: PLC0415
        d = dict(src_dict)
        document = OralmanDocument.from_dict(d.pop("document"))




        reg_15_oralman_certificate_decision = cls(
            document=document,
        )

        return reg_15_oralman_certificate_decision

