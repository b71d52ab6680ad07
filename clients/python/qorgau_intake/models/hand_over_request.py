from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.hand_over_request_recipient import check_hand_over_request_recipient
from ..models.hand_over_request_recipient import HandOverRequestRecipient
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="HandOverRequest")



@_attrs_define
class HandOverRequest:
    """ 
        Attributes:
            applicant_arrived_at (datetime.datetime | None | Unset): when it happened: not later than the time the request
                arrives (default: now)
            recipient (HandOverRequestRecipient | Unset):  Default: 'applicant'.
     """

    applicant_arrived_at: datetime.datetime | None | Unset = UNSET
    recipient: HandOverRequestRecipient | Unset = 'applicant'





    def to_dict(self) -> dict[str, Any]:
        applicant_arrived_at: None | str | Unset
        if isinstance(self.applicant_arrived_at, Unset):
            applicant_arrived_at = UNSET
        elif isinstance(self.applicant_arrived_at, datetime.datetime):
            applicant_arrived_at = self.applicant_arrived_at.isoformat()
        else:
            applicant_arrived_at = self.applicant_arrived_at

        recipient: str | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if applicant_arrived_at is not UNSET:
            field_dict["applicant_arrived_at"] = applicant_arrived_at
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_applicant_arrived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applicant_arrived_at_type_0 = datetime.datetime.fromisoformat(data)



                return applicant_arrived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        applicant_arrived_at = _parse_applicant_arrived_at(d.pop("applicant_arrived_at", UNSET))


        _recipient = d.pop("recipient", UNSET)
        recipient: HandOverRequestRecipient | Unset
        if isinstance(_recipient,  Unset):
            recipient = UNSET
        else:
            recipient = check_hand_over_request_recipient(_recipient)




        hand_over_request = cls(
            applicant_arrived_at=applicant_arrived_at,
            recipient=recipient,
        )

        return hand_over_request

