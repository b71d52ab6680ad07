from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CaseSummary")



@_attrs_define
class CaseSummary:
    """ One case of the case list: where it stands, who holds it, when it is due.

        Attributes:
            applicant_last_name (Any):
            application_id (Any):
            case_due (Any):
            case_id (Any):
            closed_at (Any):
            current_due (Any):
            current_step (Any):
            decision_reference (Any):
            district (Any):
            executor (Any):
            opened_at (Any):
            outcome (Any):
            overdue (Any): the waiting step, an applicant notice or the case is past its due time
            phase (Any): in_progress; decided: signed, waiting to be issued; issued
            provider_id (Any):
            provider_kind (Any):
            registration_number (Any):
            regulation_id (Any):
            rural_district (Any):
            status (Any):
            sub_service (Any):
            version (Any):
            notice_overdue (Any | Unset): an applicant notice an extension owes was not sent by its due time
     """

    applicant_last_name: Any
    application_id: Any
    case_due: Any
    case_id: Any
    closed_at: Any
    current_due: Any
    current_step: Any
    decision_reference: Any
    district: Any
    executor: Any
    opened_at: Any
    outcome: Any
    overdue: Any
    phase: Any
    provider_id: Any
    provider_kind: Any
    registration_number: Any
    regulation_id: Any
    rural_district: Any
    status: Any
    sub_service: Any
    version: Any
    notice_overdue: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        applicant_last_name = self.applicant_last_name

        application_id = self.application_id

        case_due = self.case_due

        case_id = self.case_id

        closed_at = self.closed_at

        current_due = self.current_due

        current_step = self.current_step

        decision_reference = self.decision_reference

        district = self.district

        executor = self.executor

        opened_at = self.opened_at

        outcome = self.outcome

        overdue = self.overdue

        phase = self.phase

        provider_id = self.provider_id

        provider_kind = self.provider_kind

        registration_number = self.registration_number

        regulation_id = self.regulation_id

        rural_district = self.rural_district

        status = self.status

        sub_service = self.sub_service

        version = self.version

        notice_overdue = self.notice_overdue


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant_last_name": applicant_last_name,
            "application_id": application_id,
            "case_due": case_due,
            "case_id": case_id,
            "closed_at": closed_at,
            "current_due": current_due,
            "current_step": current_step,
            "decision_reference": decision_reference,
            "district": district,
            "executor": executor,
            "opened_at": opened_at,
            "outcome": outcome,
            "overdue": overdue,
            "phase": phase,
            "provider_id": provider_id,
            "provider_kind": provider_kind,
            "registration_number": registration_number,
            "regulation_id": regulation_id,
            "rural_district": rural_district,
            "status": status,
            "sub_service": sub_service,
            "version": version,
        })
        if notice_overdue is not UNSET:
            field_dict["notice_overdue"] = notice_overdue

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applicant_last_name = d.pop("applicant_last_name")

        application_id = d.pop("application_id")

        case_due = d.pop("case_due")

        case_id = d.pop("case_id")

        closed_at = d.pop("closed_at")

        current_due = d.pop("current_due")

        current_step = d.pop("current_step")

        decision_reference = d.pop("decision_reference")

        district = d.pop("district")

        executor = d.pop("executor")

        opened_at = d.pop("opened_at")

        outcome = d.pop("outcome")

        overdue = d.pop("overdue")

        phase = d.pop("phase")

        provider_id = d.pop("provider_id")

        provider_kind = d.pop("provider_kind")

        registration_number = d.pop("registration_number")

        regulation_id = d.pop("regulation_id")

        rural_district = d.pop("rural_district")

        status = d.pop("status")

        sub_service = d.pop("sub_service")

        version = d.pop("version")

        notice_overdue = d.pop("notice_overdue", UNSET)

        case_summary = cls(
            applicant_last_name=applicant_last_name,
            application_id=application_id,
            case_due=case_due,
            case_id=case_id,
            closed_at=closed_at,
            current_due=current_due,
            current_step=current_step,
            decision_reference=decision_reference,
            district=district,
            executor=executor,
            opened_at=opened_at,
            outcome=outcome,
            overdue=overdue,
            phase=phase,
            provider_id=provider_id,
            provider_kind=provider_kind,
            registration_number=registration_number,
            regulation_id=regulation_id,
            rural_district=rural_district,
            status=status,
            sub_service=sub_service,
            version=version,
            notice_overdue=notice_overdue,
        )


        case_summary.additional_properties = d
        return case_summary

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
