from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DocumentIn")



@_attrs_define
class DocumentIn:
    """ 
        Attributes:
            kind (str): an id from the regulation's document checklist
            copies (int | Unset):  Default: 0.
            originals (int | Unset):  Default: 0.
            pages (int | None | Unset):
     """

    kind: str
    copies: int | Unset = 0
    originals: int | Unset = 0
    pages: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        copies = self.copies

        originals = self.originals

        pages: int | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        else:
            pages = self.pages


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
        })
        if copies is not UNSET:
            field_dict["copies"] = copies
        if originals is not UNSET:
            field_dict["originals"] = originals
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        copies = d.pop("copies", UNSET)

        originals = d.pop("originals", UNSET)

        def _parse_pages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))


        document_in = cls(
            kind=kind,
            copies=copies,
            originals=originals,
            pages=pages,
        )

        return document_in

