from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.envelope_out import EnvelopeOut
  from ..models.reconciliation_out import ReconciliationOut
  from ..models.reconciliation_report_districts import ReconciliationReportDistricts





T = TypeVar("T", bound="ReconciliationReport")



@_attrs_define
class ReconciliationReport:
    """ 
        Attributes:
            districts (ReconciliationReportDistricts):
            envelopes (list[EnvelopeOut]):
            total (ReconciliationOut):
     """

    districts: ReconciliationReportDistricts
    envelopes: list[EnvelopeOut]
    total: ReconciliationOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.envelope_out import EnvelopeOut # noqa: PLC0415
        from ..models.reconciliation_out import ReconciliationOut # noqa: PLC0415
        from ..models.reconciliation_report_districts import ReconciliationReportDistricts # noqa: PLC0415
        districts = self.districts.to_dict()

        envelopes = []
        for envelopes_item_data in self.envelopes:
            envelopes_item = envelopes_item_data.to_dict()
            envelopes.append(envelopes_item)



        total = self.total.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "districts": districts,
            "envelopes": envelopes,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.envelope_out import EnvelopeOut # noqa: PLC0415
        from ..models.reconciliation_out import ReconciliationOut # noqa: PLC0415
        from ..models.reconciliation_report_districts import ReconciliationReportDistricts # noqa: PLC0415
        d = dict(src_dict)
        districts = ReconciliationReportDistricts.from_dict(d.pop("districts"))




        envelopes = []
        _envelopes = d.pop("envelopes")
        for envelopes_item_data in (_envelopes):
            envelopes_item = EnvelopeOut.from_dict(envelopes_item_data)



            envelopes.append(envelopes_item)


        total = ReconciliationOut.from_dict(d.pop("total"))




        reconciliation_report = cls(
            districts=districts,
            envelopes=envelopes,
            total=total,
        )


        reconciliation_report.additional_properties = d
        return reconciliation_report

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
