from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.tsa_membership_document import TsaMembershipDocument





T = TypeVar("T", bound="Reg13TSAMembershipCertificateDecision")



@_attrs_define
class Reg13TSAMembershipCertificateDecision:
    """ Reg. 13: `document` with `belongs` and `as_of` (its `kind` may be left out).

        Attributes:
            document (TsaMembershipDocument): Reg. 13: the family belongs (or does not belong) to targeted social assistance
                recipients.
     """

    document: TsaMembershipDocument





    def to_dict(self) -> dict[str, Any]:
        from ..models.tsa_membership_document import TsaMembershipDocument # noqa: PLC0415
        document = self.document.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "document": document,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tsa_membership_document import TsaMembershipDocument # noqa: PLC0415
        d = dict(src_dict)
        document = TsaMembershipDocument.from_dict(d.pop("document"))




        reg_13tsa_membership_certificate_decision = cls(
            document=document,
        )

        return reg_13tsa_membership_certificate_decision

