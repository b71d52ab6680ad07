from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CaseDetail")



@_attrs_define
class CaseDetail:
    """ 
        Attributes:
            applicant (Any):
            application_id (Any):
            case_due (Any):
            case_id (Any):
            catalogue_version (Any):
            channel (Any):
            closed_at (Any):
            current_step (Any):
            decision_reference (Any):
            district (Any):
            executor (Any):
            history (Any):
            opened_at (Any):
            origin (Any):
            outcome (Any):
            phase (Any):
            provider_id (Any):
            provider_kind (Any):
            registration_number (Any):
            regulation_id (Any):
            route_id (Any):
            rural_district (Any):
            status (Any):
            sub_service (Any):
            version (Any):
            act (Any | Unset): the act the case runs under, as its opening recorded it; after resolution No. 81's repeal it
                names the deployment setting that keeps it running
            facts (Any | Unset): as the front office entered them (the regulation's facts model)
            next_actions (Any | Unset): what the caller may do now
            notices (Any | Unset):
     """

    applicant: Any
    application_id: Any
    case_due: Any
    case_id: Any
    catalogue_version: Any
    channel: Any
    closed_at: Any
    current_step: Any
    decision_reference: Any
    district: Any
    executor: Any
    history: Any
    opened_at: Any
    origin: Any
    outcome: Any
    phase: Any
    provider_id: Any
    provider_kind: Any
    registration_number: Any
    regulation_id: Any
    route_id: Any
    rural_district: Any
    status: Any
    sub_service: Any
    version: Any
    act: Any | Unset = UNSET
    facts: Any | Unset = UNSET
    next_actions: Any | Unset = UNSET
    notices: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        applicant = self.applicant

        application_id = self.application_id

        case_due = self.case_due

        case_id = self.case_id

        catalogue_version = self.catalogue_version

        channel = self.channel

        closed_at = self.closed_at

        current_step = self.current_step

        decision_reference = self.decision_reference

        district = self.district

        executor = self.executor

        history = self.history

        opened_at = self.opened_at

        origin = self.origin

        outcome = self.outcome

        phase = self.phase

        provider_id = self.provider_id

        provider_kind = self.provider_kind

        registration_number = self.registration_number

        regulation_id = self.regulation_id

        route_id = self.route_id

        rural_district = self.rural_district

        status = self.status

        sub_service = self.sub_service

        version = self.version

        act = self.act

        facts = self.facts

        next_actions = self.next_actions

        notices = self.notices


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant": applicant,
            "application_id": application_id,
            "case_due": case_due,
            "case_id": case_id,
            "catalogue_version": catalogue_version,
            "channel": channel,
            "closed_at": closed_at,
            "current_step": current_step,
            "decision_reference": decision_reference,
            "district": district,
            "executor": executor,
            "history": history,
            "opened_at": opened_at,
            "origin": origin,
            "outcome": outcome,
            "phase": phase,
            "provider_id": provider_id,
            "provider_kind": provider_kind,
            "registration_number": registration_number,
            "regulation_id": regulation_id,
            "route_id": route_id,
            "rural_district": rural_district,
            "status": status,
            "sub_service": sub_service,
            "version": version,
        })
        if act is not UNSET:
            field_dict["act"] = act
        if facts is not UNSET:
            field_dict["facts"] = facts
        if next_actions is not UNSET:
            field_dict["next_actions"] = next_actions
        if notices is not UNSET:
            field_dict["notices"] = notices

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applicant = d.pop("applicant")

        application_id = d.pop("application_id")

        case_due = d.pop("case_due")

        case_id = d.pop("case_id")

        catalogue_version = d.pop("catalogue_version")

        channel = d.pop("channel")

        closed_at = d.pop("closed_at")

        current_step = d.pop("current_step")

        decision_reference = d.pop("decision_reference")

        district = d.pop("district")

        executor = d.pop("executor")

        history = d.pop("history")

        opened_at = d.pop("opened_at")

        origin = d.pop("origin")

        outcome = d.pop("outcome")

        phase = d.pop("phase")

        provider_id = d.pop("provider_id")

        provider_kind = d.pop("provider_kind")

        registration_number = d.pop("registration_number")

        regulation_id = d.pop("regulation_id")

        route_id = d.pop("route_id")

        rural_district = d.pop("rural_district")

        status = d.pop("status")

        sub_service = d.pop("sub_service")

        version = d.pop("version")

        act = d.pop("act", UNSET)

        facts = d.pop("facts", UNSET)

        next_actions = d.pop("next_actions", UNSET)

        notices = d.pop("notices", UNSET)

        case_detail = cls(
            applicant=applicant,
            application_id=application_id,
            case_due=case_due,
            case_id=case_id,
            catalogue_version=catalogue_version,
            channel=channel,
            closed_at=closed_at,
            current_step=current_step,
            decision_reference=decision_reference,
            district=district,
            executor=executor,
            history=history,
            opened_at=opened_at,
            origin=origin,
            outcome=outcome,
            phase=phase,
            provider_id=provider_id,
            provider_kind=provider_kind,
            registration_number=registration_number,
            regulation_id=regulation_id,
            route_id=route_id,
            rural_district=rural_district,
            status=status,
            sub_service=sub_service,
            version=version,
            act=act,
            facts=facts,
            next_actions=next_actions,
            notices=notices,
        )


        case_detail.additional_properties = d
        return case_detail

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
