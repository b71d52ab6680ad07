from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RecordedEvent")



@_attrs_define
class RecordedEvent:
    """ An event of the application as the log holds it, for auditors.

        Attributes:
            actor (Any):
            causation_id (Any):
            correlation_id (Any):
            event_id (Any):
            event_type (Any):
            occurred_at (Any):
            payload (Any):
            producer (Any):
            recorded_at (Any):
            schema_version (Any):
            stream_version (Any):
     """

    actor: Any
    causation_id: Any
    correlation_id: Any
    event_id: Any
    event_type: Any
    occurred_at: Any
    payload: Any
    producer: Any
    recorded_at: Any
    schema_version: Any
    stream_version: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actor = self.actor

        causation_id = self.causation_id

        correlation_id = self.correlation_id

        event_id = self.event_id

        event_type = self.event_type

        occurred_at = self.occurred_at

        payload = self.payload

        producer = self.producer

        recorded_at = self.recorded_at

        schema_version = self.schema_version

        stream_version = self.stream_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actor": actor,
            "causation_id": causation_id,
            "correlation_id": correlation_id,
            "event_id": event_id,
            "event_type": event_type,
            "occurred_at": occurred_at,
            "payload": payload,
            "producer": producer,
            "recorded_at": recorded_at,
            "schema_version": schema_version,
            "stream_version": stream_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor = d.pop("actor")

        causation_id = d.pop("causation_id")

        correlation_id = d.pop("correlation_id")

        event_id = d.pop("event_id")

        event_type = d.pop("event_type")

        occurred_at = d.pop("occurred_at")

        payload = d.pop("payload")

        producer = d.pop("producer")

        recorded_at = d.pop("recorded_at")

        schema_version = d.pop("schema_version")

        stream_version = d.pop("stream_version")

        recorded_event = cls(
            actor=actor,
            causation_id=causation_id,
            correlation_id=correlation_id,
            event_id=event_id,
            event_type=event_type,
            occurred_at=occurred_at,
            payload=payload,
            producer=producer,
            recorded_at=recorded_at,
            schema_version=schema_version,
            stream_version=stream_version,
        )


        recorded_event.additional_properties = d
        return recorded_event

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
