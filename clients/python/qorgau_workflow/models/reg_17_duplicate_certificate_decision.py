from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rehabilitated_person_certificate_duplicate import RehabilitatedPersonCertificateDuplicate





T = TypeVar("T", bound="Reg17DuplicateCertificateDecision")



@_attrs_define
class Reg17DuplicateCertificateDecision:
    """ 
        Attributes:
            document (None | RehabilitatedPersonCertificateDuplicate | Unset): taken from the application's facts when left
                out
     """

    document: None | RehabilitatedPersonCertificateDuplicate | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.rehabilitated_person_certificate_duplicate import RehabilitatedPersonCertificateDuplicate # noqa: PLC0415
        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, RehabilitatedPersonCertificateDuplicate):
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
        from ..models.rehabilitated_person_certificate_duplicate import RehabilitatedPersonCertificateDuplicate # noqa: PLC0415
        d = dict(src_dict)
        def _parse_document(data: object) -> None | RehabilitatedPersonCertificateDuplicate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = RehabilitatedPersonCertificateDuplicate.from_dict(data)



                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RehabilitatedPersonCertificateDuplicate | Unset, data)

        document = _parse_document(d.pop("document", UNSET))


        reg_17_duplicate_certificate_decision = cls(
            document=document,
        )

        return reg_17_duplicate_certificate_decision

