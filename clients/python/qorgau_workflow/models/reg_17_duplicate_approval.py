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
  from ..models.reg_17_duplicate_certificate_decision import Reg17DuplicateCertificateDecision





T = TypeVar("T", bound="Reg17DuplicateApproval")



@_attrs_define
class Reg17DuplicateApproval:
    """ 
        Attributes:
            outcome (Literal['approved']):
            regulation_id (Literal[17]): the case's regulation
            sub_service (Literal['duplicate']): the case's sub-service
            payload (Reg17DuplicateCertificateDecision | Unset):
            reasons (list[str] | Unset):
     """

    outcome: Literal['approved']
    regulation_id: Literal[17]
    sub_service: Literal['duplicate']
    payload: Reg17DuplicateCertificateDecision | Unset = UNSET
    reasons: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.reg_17_duplicate_certificate_decision import Reg17DuplicateCertificateDecision # noqa: PLC0415
        outcome = self.outcome

        regulation_id = self.regulation_id

        sub_service = self.sub_service

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
        from ..models.reg_17_duplicate_certificate_decision import Reg17DuplicateCertificateDecision # noqa: PLC0415
        d = dict(src_dict)
        outcome = cast(Literal['approved'] , d.pop("outcome"))
        if outcome != 'approved':
            raise ValueError(f"outcome must match const 'approved', got '{outcome}'")

        regulation_id = cast(Literal[17] , d.pop("regulation_id"))
        if regulation_id != 17:
            raise ValueError(f"regulation_id must match const 17, got '{regulation_id}'")

        sub_service = cast(Literal['duplicate'] , d.pop("sub_service"))
        if sub_service != 'duplicate':
            raise ValueError(f"sub_service must match const 'duplicate', got '{sub_service}'")

        _payload = d.pop("payload", UNSET)
        payload: Reg17DuplicateCertificateDecision | Unset
        if isinstance(_payload,  Unset):
            payload = UNSET
        else:
            payload = Reg17DuplicateCertificateDecision.from_dict(_payload)




        reasons = cast(list[str], d.pop("reasons", UNSET))


        reg_17_duplicate_approval = cls(
            outcome=outcome,
            regulation_id=regulation_id,
            sub_service=sub_service,
            payload=payload,
            reasons=reasons,
        )

        return reg_17_duplicate_approval

