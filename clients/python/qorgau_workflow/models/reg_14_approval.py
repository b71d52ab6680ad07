from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.reg_14_referral_decision import Reg14ReferralDecision





T = TypeVar("T", bound="Reg14Approval")



@_attrs_define
class Reg14Approval:
    """ Reg. 14: the measure the applicant is referred to.

        Attributes:
            outcome (Literal['approved']):
            regulation_id (Literal[14]): the case's regulation
            payload (Reg14ReferralDecision | Unset): Reg. 14: the measure the applicant is referred to.
            reasons (list[str] | Unset):
            sub_service (None | Unset): this regulation has no sub-services
     """

    outcome: Literal['approved']
    regulation_id: Literal[14]
    payload: Reg14ReferralDecision | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    sub_service: None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.reg_14_referral_decision import Reg14ReferralDecision # noqa: PLC0415
        outcome = self.outcome

        regulation_id = self.regulation_id

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons



        sub_service = self.sub_service


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "regulation_id": regulation_id,
        })
        if payload is not UNSET:
            field_dict["payload"] = payload
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if sub_service is not UNSET:
            field_dict["sub_service"] = sub_service

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reg_14_referral_decision import Reg14ReferralDecision # noqa: PLC0415
        d = dict(src_dict)
        outcome = cast(Literal['approved'] , d.pop("outcome"))
        if outcome != 'approved':
            raise ValueError(f"outcome must match const 'approved', got '{outcome}'")

        regulation_id = cast(Literal[14] , d.pop("regulation_id"))
        if regulation_id != 14:
            raise ValueError(f"regulation_id must match const 14, got '{regulation_id}'")

        _payload = d.pop("payload", UNSET)
        payload: Reg14ReferralDecision | Unset
        if isinstance(_payload,  Unset):
            payload = UNSET
        else:
            payload = Reg14ReferralDecision.from_dict(_payload)




        reasons = cast(list[str], d.pop("reasons", UNSET))


        sub_service = d.pop("sub_service", UNSET)

        reg_14_approval = cls(
            outcome=outcome,
            regulation_id=regulation_id,
            payload=payload,
            reasons=reasons,
            sub_service=sub_service,
        )

        return reg_14_approval

