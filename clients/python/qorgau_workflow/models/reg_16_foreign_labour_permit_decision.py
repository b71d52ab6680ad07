from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.foreign_labour_permit import ForeignLabourPermit





T = TypeVar("T", bound="Reg16ForeignLabourPermitDecision")



@_attrs_define
class Reg16ForeignLabourPermitDecision:
    """ Reg. 16: the notification (stage 1) or the permit (stage 2).

        Attributes:
            document (ForeignLabourPermit | None | Unset): taken from the application's facts when left out
     """

    document: ForeignLabourPermit | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.foreign_labour_permit import ForeignLabourPermit # noqa: PLC0415
        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, ForeignLabourPermit):
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
        from ..models.foreign_labour_permit import ForeignLabourPermit # noqa: PLC0415
        d = dict(src_dict)
        def _parse_document(data: object) -> ForeignLabourPermit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = ForeignLabourPermit.from_dict(data)



                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForeignLabourPermit | None | Unset, data)

        document = _parse_document(d.pop("document", UNSET))


        reg_16_foreign_labour_permit_decision = cls(
            document=document,
        )

        return reg_16_foreign_labour_permit_decision

