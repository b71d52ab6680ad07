from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CaseAction")



@_attrs_define
class CaseAction:
    """ Something the caller may do with the case at this step, with the ids it needs.

        Attributes:
            action (Any):
            href (Any):
            step_id (Any):
            title (Any):
            extensions (Any | Unset): extend: the extensions open now
            method (Any | Unset):
            next_role (Any | Unset): who holds the step this action leads to
            notices (Any | Unset): notify: the extensions whose notice is owed
            outcomes (Any | Unset): draft: the outcomes the regulation allows
            payload_example (Any | Unset):
            payload_from_facts (Any | Unset): draft: what the application's facts already decide; an approval without a
                payload starts from it
            payload_model (Any | Unset): draft: the decision model of the case's regulation and sub-service
     """

    action: Any
    href: Any
    step_id: Any
    title: Any
    extensions: Any | Unset = UNSET
    method: Any | Unset = UNSET
    next_role: Any | Unset = UNSET
    notices: Any | Unset = UNSET
    outcomes: Any | Unset = UNSET
    payload_example: Any | Unset = UNSET
    payload_from_facts: Any | Unset = UNSET
    payload_model: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        href = self.href

        step_id = self.step_id

        title = self.title

        extensions = self.extensions

        method = self.method

        next_role = self.next_role

        notices = self.notices

        outcomes = self.outcomes

        payload_example = self.payload_example

        payload_from_facts = self.payload_from_facts

        payload_model = self.payload_model


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "href": href,
            "step_id": step_id,
            "title": title,
        })
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if method is not UNSET:
            field_dict["method"] = method
        if next_role is not UNSET:
            field_dict["next_role"] = next_role
        if notices is not UNSET:
            field_dict["notices"] = notices
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes
        if payload_example is not UNSET:
            field_dict["payload_example"] = payload_example
        if payload_from_facts is not UNSET:
            field_dict["payload_from_facts"] = payload_from_facts
        if payload_model is not UNSET:
            field_dict["payload_model"] = payload_model

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        href = d.pop("href")

        step_id = d.pop("step_id")

        title = d.pop("title")

        extensions = d.pop("extensions", UNSET)

        method = d.pop("method", UNSET)

        next_role = d.pop("next_role", UNSET)

        notices = d.pop("notices", UNSET)

        outcomes = d.pop("outcomes", UNSET)

        payload_example = d.pop("payload_example", UNSET)

        payload_from_facts = d.pop("payload_from_facts", UNSET)

        payload_model = d.pop("payload_model", UNSET)

        case_action = cls(
            action=action,
            href=href,
            step_id=step_id,
            title=title,
            extensions=extensions,
            method=method,
            next_role=next_role,
            notices=notices,
            outcomes=outcomes,
            payload_example=payload_example,
            payload_from_facts=payload_from_facts,
            payload_model=payload_model,
        )


        case_action.additional_properties = d
        return case_action

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
