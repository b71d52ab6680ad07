from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="HistoryItem")



@_attrs_define
class HistoryItem:
    """ 
        Attributes:
            actor (Any):
            event_type (Any):
            occurred_at (Any):
            payload (Any):
            producer (Any):
            stream_version (Any):
     """

    actor: Any
    event_type: Any
    occurred_at: Any
    payload: Any
    producer: Any
    stream_version: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actor = self.actor

        event_type = self.event_type

        occurred_at = self.occurred_at

        payload = self.payload

        producer = self.producer

        stream_version = self.stream_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actor": actor,
            "event_type": event_type,
            "occurred_at": occurred_at,
            "payload": payload,
            "producer": producer,
            "stream_version": stream_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor = d.pop("actor")

        event_type = d.pop("event_type")

        occurred_at = d.pop("occurred_at")

        payload = d.pop("payload")

        producer = d.pop("producer")

        stream_version = d.pop("stream_version")

        history_item = cls(
            actor=actor,
            event_type=event_type,
            occurred_at=occurred_at,
            payload=payload,
            producer=producer,
            stream_version=stream_version,
        )


        history_item.additional_properties = d
        return history_item

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
