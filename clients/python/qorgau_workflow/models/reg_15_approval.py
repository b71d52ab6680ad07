from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_15_approval_sub_service import check_reg_15_approval_sub_service
from ..models.reg_15_approval_sub_service import Reg15ApprovalSubService
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision





T = TypeVar("T", bound="Reg15Approval")



@_attrs_define
class Reg15Approval:
    """ 
        Attributes:
            outcome (Literal['approved']):
            payload (Reg15OralmanCertificateDecision):
            regulation_id (Literal[15]): the case's regulation
            sub_service (Reg15ApprovalSubService): the case's sub-service
            reasons (list[str] | Unset):
     """

    outcome: Literal['approved']
    payload: Reg15OralmanCertificateDecision
    regulation_id: Literal[15]
    sub_service: Reg15ApprovalSubService
    reasons: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision # noqa: PLC0415
        outcome = self.outcome

        payload = self.payload.to_dict()

        regulation_id = self.regulation_id

        sub_service: str = self.sub_service

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "payload": payload,
            "regulation_id": regulation_id,
            "sub_service": sub_service,
        })
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision # noqa: PLC0415
        d = dict(src_dict)
        outcome = cast(Literal['approved'] , d.pop("outcome"))
        if outcome != 'approved':
            raise ValueError(f"outcome must match const 'approved', got '{outcome}'")

        payload = Reg15OralmanCertificateDecision.from_dict(d.pop("payload"))




        regulation_id = cast(Literal[15] , d.pop("regulation_id"))
        if regulation_id != 15:
            raise ValueError(f"regulation_id must match const 15, got '{regulation_id}'")

        sub_service = check_reg_15_approval_sub_service(d.pop("sub_service"))




        reasons = cast(list[str], d.pop("reasons", UNSET))


        reg_15_approval = cls(
            outcome=outcome,
            payload=payload,
            regulation_id=regulation_id,
            sub_service=sub_service,
            reasons=reasons,
        )

        return reg_15_approval

