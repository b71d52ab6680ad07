from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rehabilitated_person_certificate import RehabilitatedPersonCertificate





T = TypeVar("T", bound="Reg17RehabilitatedPersonCertificateDecision")



@_attrs_define
class Reg17RehabilitatedPersonCertificateDecision:
    """ 
        Attributes:
            document (None | RehabilitatedPersonCertificate | Unset):
     """

    document: None | RehabilitatedPersonCertificate | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.rehabilitated_person_certificate import RehabilitatedPersonCertificate # noqa: PLC0415
        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, RehabilitatedPersonCertificate):
            document = self.document.to_dict()
        else:
            document = self.document


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rehabilitated_person_certificate import RehabilitatedPersonCertificate # noqa: PLC0415
        d = dict(src_dict)
        def _parse_document(data: object) -> None | RehabilitatedPersonCertificate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = RehabilitatedPersonCertificate.from_dict(data)



                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RehabilitatedPersonCertificate | Unset, data)

        document = _parse_document(d.pop("document", UNSET))


        reg_17_rehabilitated_person_certificate_decision = cls(
            document=document,
        )

        return reg_17_rehabilitated_person_certificate_decision

