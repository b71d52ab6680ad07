from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.oralman_document_action import check_oralman_document_action
from ..models.oralman_document_action import OralmanDocumentAction
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="OralmanDocument")



@_attrs_define
class OralmanDocument:
    """ Reg. 15: the oralman certificate, granted or extended.

        Attributes:
            action (OralmanDocumentAction):
            kind (Literal['oralman_certificate'] | Unset):  Default: 'oralman_certificate'.
            valid_until (datetime.date | None | Unset):
     """

    action: OralmanDocumentAction
    kind: Literal['oralman_certificate'] | Unset = 'oralman_certificate'
    valid_until: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        kind = self.kind

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_oralman_document_action(d.pop("action"))




        kind = cast(Literal['oralman_certificate'] | Unset , d.pop("kind", UNSET))
        if kind != 'oralman_certificate'and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'oralman_certificate', got '{kind}'")

        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        oralman_document = cls(
            action=action,
            kind=kind,
            valid_until=valid_until,
        )

        return oralman_document

