from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CasePage")



@_attrs_define
class CasePage:
    """ A page of the case list; `total` counts every case the filters match.

        Attributes:
            items (Any):
            limit (Any):
            next_offset (Any): offset of the next page; null on the last
            offset (Any):
            total (Any):
     """

    items: Any
    limit: Any
    next_offset: Any
    offset: Any
    total: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        items = self.items

        limit = self.limit

        next_offset = self.next_offset

        offset = self.offset

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "limit": limit,
            "next_offset": next_offset,
            "offset": offset,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = d.pop("items")

        limit = d.pop("limit")

        next_offset = d.pop("next_offset")

        offset = d.pop("offset")

        total = d.pop("total")

        case_page = cls(
            items=items,
            limit=limit,
            next_offset=next_offset,
            offset=offset,
            total=total,
        )


        case_page.additional_properties = d
        return case_page

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
