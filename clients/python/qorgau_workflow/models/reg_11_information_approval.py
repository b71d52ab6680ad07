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
  from ..models.regs_235911_notification_decision import Regs235911NotificationDecision





T = TypeVar("T", bound="Reg11InformationApproval")



@_attrs_define
class Reg11InformationApproval:
    """ Regs 2, 3, 5-9 and 11 (information): the notification that the documents are drawn up.

        Attributes:
            outcome (Literal['approved']):
            payload (Regs235911NotificationDecision): Regs 2, 3, 5-9 and 11 (information): the notification that the
                documents are drawn up.
            regulation_id (Literal[11]): the case's regulation
            sub_service (Literal['information']): the case's sub-service
            reasons (list[str] | Unset):
     """

    outcome: Literal['approved']
    payload: Regs235911NotificationDecision
    regulation_id: Literal[11]
    sub_service: Literal['information']
    reasons: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.regs_235911_notification_decision import Regs235911NotificationDecision # noqa: PLC0415
        outcome = self.outcome

        payload = self.payload.to_dict()

        regulation_id = self.regulation_id

        sub_service = self.sub_service

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
        from ..models.regs_235911_notification_decision import Regs235911NotificationDecision # noqa: PLC0415
        d = dict(src_dict)
        outcome = cast(Literal['approved'] , d.pop("outcome"))
        if outcome != 'approved':
            raise ValueError(f"outcome must match const 'approved', got '{outcome}'")

        payload = Regs235911NotificationDecision.from_dict(d.pop("payload"))




        regulation_id = cast(Literal[11] , d.pop("regulation_id"))
        if regulation_id != 11:
            raise ValueError(f"regulation_id must match const 11, got '{regulation_id}'")

        sub_service = cast(Literal['information'] , d.pop("sub_service"))
        if sub_service != 'information':
            raise ValueError(f"sub_service must match const 'information', got '{sub_service}'")

        reasons = cast(list[str], d.pop("reasons", UNSET))


        reg_11_information_approval = cls(
            outcome=outcome,
            payload=payload,
            regulation_id=regulation_id,
            sub_service=sub_service,
            reasons=reasons,
        )

        return reg_11_information_approval

