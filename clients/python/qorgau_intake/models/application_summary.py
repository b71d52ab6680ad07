from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ApplicationSummary")



@_attrs_define
class ApplicationSummary:
    """ 
        Attributes:
            application_id (Any):
            channel (Any):
            collect_by (Any):
            district (Any):
            forward_due (Any):
            forwarded_at (Any):
            organisation_id (Any):
            receipt_number (Any):
            regulation_id (Any):
            result_due (Any):
            rural_district (Any):
            status (Any):
            sub_service (Any):
            submitted_at (Any):
     """

    application_id: Any
    channel: Any
    collect_by: Any
    district: Any
    forward_due: Any
    forwarded_at: Any
    organisation_id: Any
    receipt_number: Any
    regulation_id: Any
    result_due: Any
    rural_district: Any
    status: Any
    sub_service: Any
    submitted_at: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        channel = self.channel

        collect_by = self.collect_by

        district = self.district

        forward_due = self.forward_due

        forwarded_at = self.forwarded_at

        organisation_id = self.organisation_id

        receipt_number = self.receipt_number

        regulation_id = self.regulation_id

        result_due = self.result_due

        rural_district = self.rural_district

        status = self.status

        sub_service = self.sub_service

        submitted_at = self.submitted_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "channel": channel,
            "collect_by": collect_by,
            "district": district,
            "forward_due": forward_due,
            "forwarded_at": forwarded_at,
            "organisation_id": organisation_id,
            "receipt_number": receipt_number,
            "regulation_id": regulation_id,
            "result_due": result_due,
            "rural_district": rural_district,
            "status": status,
            "sub_service": sub_service,
            "submitted_at": submitted_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        channel = d.pop("channel")

        collect_by = d.pop("collect_by")

        district = d.pop("district")

        forward_due = d.pop("forward_due")

        forwarded_at = d.pop("forwarded_at")

        organisation_id = d.pop("organisation_id")

        receipt_number = d.pop("receipt_number")

        regulation_id = d.pop("regulation_id")

        result_due = d.pop("result_due")

        rural_district = d.pop("rural_district")

        status = d.pop("status")

        sub_service = d.pop("sub_service")

        submitted_at = d.pop("submitted_at")

        application_summary = cls(
            application_id=application_id,
            channel=channel,
            collect_by=collect_by,
            district=district,
            forward_due=forward_due,
            forwarded_at=forwarded_at,
            organisation_id=organisation_id,
            receipt_number=receipt_number,
            regulation_id=regulation_id,
            result_due=result_due,
            rural_district=rural_district,
            status=status,
            sub_service=sub_service,
            submitted_at=submitted_at,
        )


        application_summary.additional_properties = d
        return application_summary

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
