from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ApplicationView")



@_attrs_define
class ApplicationView:
    """ 
        Attributes:
            application_id (Any):
            channel (Any):
            district (Any):
            organisation_id (Any):
            receipt (Any):
            regulation_id (Any):
            rural_district (Any):
            status (Any):
            sub_service (Any):
            version (Any):
            documents (Any | Unset): issued by the registry on the decision
            facts (Any | Unset): as entered, in the shape of the regulation's facts model (see the submission of its
                regulation)
            forward_overdue (Any | Unset):
            forwarded_at (Any | Unset):
            next_actions (Any | Unset): what the caller may do now (empty: nothing)
            provider (Any | Unset):
            registered_elsewhere (Any | Unset):
            result (Any | Unset):
     """

    application_id: Any
    channel: Any
    district: Any
    organisation_id: Any
    receipt: Any
    regulation_id: Any
    rural_district: Any
    status: Any
    sub_service: Any
    version: Any
    documents: Any | Unset = UNSET
    facts: Any | Unset = UNSET
    forward_overdue: Any | Unset = UNSET
    forwarded_at: Any | Unset = UNSET
    next_actions: Any | Unset = UNSET
    provider: Any | Unset = UNSET
    registered_elsewhere: Any | Unset = UNSET
    result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        channel = self.channel

        district = self.district

        organisation_id = self.organisation_id

        receipt = self.receipt

        regulation_id = self.regulation_id

        rural_district = self.rural_district

        status = self.status

        sub_service = self.sub_service

        version = self.version

        documents = self.documents

        facts = self.facts

        forward_overdue = self.forward_overdue

        forwarded_at = self.forwarded_at

        next_actions = self.next_actions

        provider = self.provider

        registered_elsewhere = self.registered_elsewhere

        result = self.result


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "channel": channel,
            "district": district,
            "organisation_id": organisation_id,
            "receipt": receipt,
            "regulation_id": regulation_id,
            "rural_district": rural_district,
            "status": status,
            "sub_service": sub_service,
            "version": version,
        })
        if documents is not UNSET:
            field_dict["documents"] = documents
        if facts is not UNSET:
            field_dict["facts"] = facts
        if forward_overdue is not UNSET:
            field_dict["forward_overdue"] = forward_overdue
        if forwarded_at is not UNSET:
            field_dict["forwarded_at"] = forwarded_at
        if next_actions is not UNSET:
            field_dict["next_actions"] = next_actions
        if provider is not UNSET:
            field_dict["provider"] = provider
        if registered_elsewhere is not UNSET:
            field_dict["registered_elsewhere"] = registered_elsewhere
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        channel = d.pop("channel")

        district = d.pop("district")

        organisation_id = d.pop("organisation_id")

        receipt = d.pop("receipt")

        regulation_id = d.pop("regulation_id")

        rural_district = d.pop("rural_district")

        status = d.pop("status")

        sub_service = d.pop("sub_service")

        version = d.pop("version")

        documents = d.pop("documents", UNSET)

        facts = d.pop("facts", UNSET)

        forward_overdue = d.pop("forward_overdue", UNSET)

        forwarded_at = d.pop("forwarded_at", UNSET)

        next_actions = d.pop("next_actions", UNSET)

        provider = d.pop("provider", UNSET)

        registered_elsewhere = d.pop("registered_elsewhere", UNSET)

        result = d.pop("result", UNSET)

        application_view = cls(
            application_id=application_id,
            channel=channel,
            district=district,
            organisation_id=organisation_id,
            receipt=receipt,
            regulation_id=regulation_id,
            rural_district=rural_district,
            status=status,
            sub_service=sub_service,
            version=version,
            documents=documents,
            facts=facts,
            forward_overdue=forward_overdue,
            forwarded_at=forwarded_at,
            next_actions=next_actions,
            provider=provider,
            registered_elsewhere=registered_elsewhere,
            result=result,
        )


        application_view.additional_properties = d
        return application_view

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
