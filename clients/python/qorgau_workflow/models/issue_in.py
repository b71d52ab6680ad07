from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="IssueIn")



@_attrs_define
class IssueIn:
    """ 
        Attributes:
            summary (str | Unset): what was issued, or nothing Default: ''.
     """

    summary: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary = d.pop("summary", UNSET)

        issue_in = cls(
            summary=summary,
        )

        return issue_in

