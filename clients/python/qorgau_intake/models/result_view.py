from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ResultView")



@_attrs_define
class ResultView:
    """ 
        Attributes:
            collect_by (Any):
            decision_reference (Any):
            issued_at (Any):
            outcome (Any):
            provider (Any):
            received_at (Any):
            awaits_document (Any | Unset): the result is handed over with the document the registry issues (reg. 1's
                certificate)
            handed_over_at (Any | Unset):
            handed_over_by (Any | Unset):
            notice (Any | Unset):
            recipient (Any | Unset):
            returned_at (Any | Unset):
     """

    collect_by: Any
    decision_reference: Any
    issued_at: Any
    outcome: Any
    provider: Any
    received_at: Any
    awaits_document: Any | Unset = UNSET
    handed_over_at: Any | Unset = UNSET
    handed_over_by: Any | Unset = UNSET
    notice: Any | Unset = UNSET
    recipient: Any | Unset = UNSET
    returned_at: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        collect_by = self.collect_by

        decision_reference = self.decision_reference

        issued_at = self.issued_at

        outcome = self.outcome

        provider = self.provider

        received_at = self.received_at

        awaits_document = self.awaits_document

        handed_over_at = self.handed_over_at

        handed_over_by = self.handed_over_by

        notice = self.notice

        recipient = self.recipient

        returned_at = self.returned_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "collect_by": collect_by,
            "decision_reference": decision_reference,
            "issued_at": issued_at,
            "outcome": outcome,
            "provider": provider,
            "received_at": received_at,
        })
        if awaits_document is not UNSET:
            field_dict["awaits_document"] = awaits_document
        if handed_over_at is not UNSET:
            field_dict["handed_over_at"] = handed_over_at
        if handed_over_by is not UNSET:
            field_dict["handed_over_by"] = handed_over_by
        if notice is not UNSET:
            field_dict["notice"] = notice
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if returned_at is not UNSET:
            field_dict["returned_at"] = returned_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collect_by = d.pop("collect_by")

        decision_reference = d.pop("decision_reference")

        issued_at = d.pop("issued_at")

        outcome = d.pop("outcome")

        provider = d.pop("provider")

        received_at = d.pop("received_at")

        awaits_document = d.pop("awaits_document", UNSET)

        handed_over_at = d.pop("handed_over_at", UNSET)

        handed_over_by = d.pop("handed_over_by", UNSET)

        notice = d.pop("notice", UNSET)

        recipient = d.pop("recipient", UNSET)

        returned_at = d.pop("returned_at", UNSET)

        result_view = cls(
            collect_by=collect_by,
            decision_reference=decision_reference,
            issued_at=issued_at,
            outcome=outcome,
            provider=provider,
            received_at=received_at,
            awaits_document=awaits_document,
            handed_over_at=handed_over_at,
            handed_over_by=handed_over_by,
            notice=notice,
            recipient=recipient,
            returned_at=returned_at,
        )


        result_view.additional_properties = d
        return result_view

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
