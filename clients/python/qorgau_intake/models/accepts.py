from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Accepts")



@_attrs_define
class Accepts:
    """ 
        Attributes:
            channel (Any): the channel the organisation accepts it through
            default_provider (Any): where a package it accepts goes when the operator names nobody (for an applicant of its
                own place)
            regulation_id (Any):
     """

    channel: Any
    default_provider: Any
    regulation_id: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        default_provider = self.default_provider

        regulation_id = self.regulation_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channel": channel,
            "default_provider": default_provider,
            "regulation_id": regulation_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        default_provider = d.pop("default_provider")

        regulation_id = d.pop("regulation_id")

        accepts = cls(
            channel=channel,
            default_provider=default_provider,
            regulation_id=regulation_id,
        )


        accepts.additional_properties = d
        return accepts

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
