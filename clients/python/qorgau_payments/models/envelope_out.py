from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.reconciliation_out import ReconciliationOut
  from ..models.tally_out import TallyOut





T = TypeVar("T", bound="EnvelopeOut")



@_attrs_define
class EnvelopeOut:
    """ 
        Attributes:
            control (TallyOut):
            currency (str):
            district (str):
            envelope_id (UUID):
            reconciliation (ReconciliationOut):
            released_at (datetime.datetime):
            schedule_date (datetime.date):
            status (str):
            reason (None | str | Unset):
     """

    control: TallyOut
    currency: str
    district: str
    envelope_id: UUID
    reconciliation: ReconciliationOut
    released_at: datetime.datetime
    schedule_date: datetime.date
    status: str
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.reconciliation_out import ReconciliationOut # noqa: PLC0415
        from ..models.tally_out import TallyOut # noqa: PLC0415
        control = self.control.to_dict()

        currency = self.currency

        district = self.district

        envelope_id = str(self.envelope_id)

        reconciliation = self.reconciliation.to_dict()

        released_at = self.released_at.isoformat()

        schedule_date = self.schedule_date.isoformat()

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "control": control,
            "currency": currency,
            "district": district,
            "envelope_id": envelope_id,
            "reconciliation": reconciliation,
            "released_at": released_at,
            "schedule_date": schedule_date,
            "status": status,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reconciliation_out import ReconciliationOut # noqa: PLC0415
        from ..models.tally_out import TallyOut # noqa: PLC0415
        d = dict(src_dict)
        control = TallyOut.from_dict(d.pop("control"))




        currency = d.pop("currency")

        district = d.pop("district")

        envelope_id = UUID(d.pop("envelope_id"))




        reconciliation = ReconciliationOut.from_dict(d.pop("reconciliation"))




        released_at = datetime.datetime.fromisoformat(d.pop("released_at"))




        schedule_date = datetime.date.fromisoformat(d.pop("schedule_date"))




        status = d.pop("status")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        envelope_out = cls(
            control=control,
            currency=currency,
            district=district,
            envelope_id=envelope_id,
            reconciliation=reconciliation,
            released_at=released_at,
            schedule_date=schedule_date,
            status=status,
            reason=reason,
        )


        envelope_out.additional_properties = d
        return envelope_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
