from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_16_approval_sub_service import check_reg_16_approval_sub_service
from ..models.reg_16_approval_sub_service import Reg16ApprovalSubService
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision





T = TypeVar("T", bound="Reg16Approval")



@_attrs_define
class Reg16Approval:
    """ Reg. 16: the notification (stage 1) or the permit (stage 2).

        Attributes:
            outcome (Literal['approved']):
            regulation_id (Literal[16]): the case's regulation
            sub_service (Reg16ApprovalSubService): the case's sub-service
            payload (Reg16ForeignLabourPermitDecision | Unset): Reg. 16: the notification (stage 1) or the permit (stage 2).
            reasons (list[str] | Unset):
     """

    outcome: Literal['approved']
    regulation_id: Literal[16]
    sub_service: Reg16ApprovalSubService
    payload: Reg16ForeignLabourPermitDecision | Unset = UNSET
    reasons: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision # noqa: PLC0415
        outcome = self.outcome

        regulation_id = self.regulation_id

        sub_service: str = self.sub_service

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "regulation_id": regulation_id,
            "sub_service": sub_service,
        })
        if payload is not UNSET:
            field_dict["payload"] = payload
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision # noqa: PLC0415
        d = dict(src_dict)
        outcome = cast(Literal['approved'] , d.pop("outcome"))
        if outcome != 'approved':
            raise ValueError(f"outcome must match const 'approved', got '{outcome}'")

        regulation_id = cast(Literal[16] , d.pop("regulation_id"))
        if regulation_id != 16:
            raise ValueError(f"regulation_id must match const 16, got '{regulation_id}'")

        sub_service = check_reg_16_approval_sub_service(d.pop("sub_service"))




        _payload = d.pop("payload", UNSET)
        payload: Reg16ForeignLabourPermitDecision | Unset
        if isinstance(_payload,  Unset):
            payload = UNSET
        else:
            payload = Reg16ForeignLabourPermitDecision.from_dict(_payload)




        reasons = cast(list[str], d.pop("reasons", UNSET))


        reg_16_approval = cls(
            outcome=outcome,
            regulation_id=regulation_id,
            sub_service=sub_service,
            payload=payload,
            reasons=reasons,
        )

        return reg_16_approval

