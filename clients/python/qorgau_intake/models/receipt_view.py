from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ReceiptView")



@_attrs_define
class ReceiptView:
    """ A receipt (`kind="receipt"`) or a refusal receipt (`kind="refusal"`), as handed out.

        Attributes:
            applicant (Any):
            application_id (Any):
            catalogue_version (Any):
            channel (Any):
            district (Any):
            documents (Any):
            issued_at (Any):
            issued_by (Any):
            kind (Any):
            operator (Any):
            receipt_number (Any):
            regulation_id (Any):
            representative (Any):
            rural_district (Any):
            sub_service (Any):
            act (Any | Unset): the act the application runs under; after resolution No. 81's repeal it names the deployment
                setting that keeps it running
            forward_due (Any | Unset):
            missing_documents (Any | Unset):
            notice (Any | Unset): what the applicant must know of the decision, e.g. that the person is registered elsewhere
            provisional_calendar (Any | Unset): years of these due times whose working-time calendar is not yet official
            reasons (Any | Unset):
            receipt_annex (Any | Unset):
            result_due (Any | Unset):
            standard_paragraph (Any | Unset):
     """

    applicant: Any
    application_id: Any
    catalogue_version: Any
    channel: Any
    district: Any
    documents: Any
    issued_at: Any
    issued_by: Any
    kind: Any
    operator: Any
    receipt_number: Any
    regulation_id: Any
    representative: Any
    rural_district: Any
    sub_service: Any
    act: Any | Unset = UNSET
    forward_due: Any | Unset = UNSET
    missing_documents: Any | Unset = UNSET
    notice: Any | Unset = UNSET
    provisional_calendar: Any | Unset = UNSET
    reasons: Any | Unset = UNSET
    receipt_annex: Any | Unset = UNSET
    result_due: Any | Unset = UNSET
    standard_paragraph: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        applicant = self.applicant

        application_id = self.application_id

        catalogue_version = self.catalogue_version

        channel = self.channel

        district = self.district

        documents = self.documents

        issued_at = self.issued_at

        issued_by = self.issued_by

        kind = self.kind

        operator = self.operator

        receipt_number = self.receipt_number

        regulation_id = self.regulation_id

        representative = self.representative

        rural_district = self.rural_district

        sub_service = self.sub_service

        act = self.act

        forward_due = self.forward_due

        missing_documents = self.missing_documents

        notice = self.notice

        provisional_calendar = self.provisional_calendar

        reasons = self.reasons

        receipt_annex = self.receipt_annex

        result_due = self.result_due

        standard_paragraph = self.standard_paragraph


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant": applicant,
            "application_id": application_id,
            "catalogue_version": catalogue_version,
            "channel": channel,
            "district": district,
            "documents": documents,
            "issued_at": issued_at,
            "issued_by": issued_by,
            "kind": kind,
            "operator": operator,
            "receipt_number": receipt_number,
            "regulation_id": regulation_id,
            "representative": representative,
            "rural_district": rural_district,
            "sub_service": sub_service,
        })
        if act is not UNSET:
            field_dict["act"] = act
        if forward_due is not UNSET:
            field_dict["forward_due"] = forward_due
        if missing_documents is not UNSET:
            field_dict["missing_documents"] = missing_documents
        if notice is not UNSET:
            field_dict["notice"] = notice
        if provisional_calendar is not UNSET:
            field_dict["provisional_calendar"] = provisional_calendar
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if receipt_annex is not UNSET:
            field_dict["receipt_annex"] = receipt_annex
        if result_due is not UNSET:
            field_dict["result_due"] = result_due
        if standard_paragraph is not UNSET:
            field_dict["standard_paragraph"] = standard_paragraph

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applicant = d.pop("applicant")

        application_id = d.pop("application_id")

        catalogue_version = d.pop("catalogue_version")

        channel = d.pop("channel")

        district = d.pop("district")

        documents = d.pop("documents")

        issued_at = d.pop("issued_at")

        issued_by = d.pop("issued_by")

        kind = d.pop("kind")

        operator = d.pop("operator")

        receipt_number = d.pop("receipt_number")

        regulation_id = d.pop("regulation_id")

        representative = d.pop("representative")

        rural_district = d.pop("rural_district")

        sub_service = d.pop("sub_service")

        act = d.pop("act", UNSET)

        forward_due = d.pop("forward_due", UNSET)

        missing_documents = d.pop("missing_documents", UNSET)

        notice = d.pop("notice", UNSET)

        provisional_calendar = d.pop("provisional_calendar", UNSET)

        reasons = d.pop("reasons", UNSET)

        receipt_annex = d.pop("receipt_annex", UNSET)

        result_due = d.pop("result_due", UNSET)

        standard_paragraph = d.pop("standard_paragraph", UNSET)

        receipt_view = cls(
            applicant=applicant,
            application_id=application_id,
            catalogue_version=catalogue_version,
            channel=channel,
            district=district,
            documents=documents,
            issued_at=issued_at,
            issued_by=issued_by,
            kind=kind,
            operator=operator,
            receipt_number=receipt_number,
            regulation_id=regulation_id,
            representative=representative,
            rural_district=rural_district,
            sub_service=sub_service,
            act=act,
            forward_due=forward_due,
            missing_documents=missing_documents,
            notice=notice,
            provisional_calendar=provisional_calendar,
            reasons=reasons,
            receipt_annex=receipt_annex,
            result_due=result_due,
            standard_paragraph=standard_paragraph,
        )


        receipt_view.additional_properties = d
        return receipt_view

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
