from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ApplicationAction")



@_attrs_define
class ApplicationAction:
    """ Something the caller may do with the application now, and what it needs.

        Attributes:
            action (Any):
            href (Any):
            title (Any):
            method (Any | Unset):
            provider (Any | Unset): forward: the provider the package goes to when the body names none
            providers (Any | Unset): forward: every provider that may take the package
            recipients (Any | Unset): hand_over: who may receive the result
     """

    action: Any
    href: Any
    title: Any
    method: Any | Unset = UNSET
    provider: Any | Unset = UNSET
    providers: Any | Unset = UNSET
    recipients: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        href = self.href

        title = self.title

        method = self.method

        provider = self.provider

        providers = self.providers

        recipients = self.recipients


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "href": href,
            "title": title,
        })
        if method is not UNSET:
            field_dict["method"] = method
        if provider is not UNSET:
            field_dict["provider"] = provider
        if providers is not UNSET:
            field_dict["providers"] = providers
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        href = d.pop("href")

        title = d.pop("title")

        method = d.pop("method", UNSET)

        provider = d.pop("provider", UNSET)

        providers = d.pop("providers", UNSET)

        recipients = d.pop("recipients", UNSET)

        application_action = cls(
            action=action,
            href=href,
            title=title,
            method=method,
            provider=provider,
            providers=providers,
            recipients=recipients,
        )


        application_action.additional_properties = d
        return application_action

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
