from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ServiceNotice")



@_attrs_define
class ServiceNotice:
    """ Regs 2, 3, 5-9: the notification that the documents are drawn up, with the terms.

        Attributes:
            summary (str): visible text, lines separated by LF: no other control, invisible or bidi-override character, not
                only spaces
            provision_until (datetime.date | None | Unset):
     """

    summary: str
    provision_until: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        provision_until: None | str | Unset
        if isinstance(self.provision_until, Unset):
            provision_until = UNSET
        elif isinstance(self.provision_until, datetime.date):
            provision_until = self.provision_until.isoformat()
        else:
            provision_until = self.provision_until


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "summary": summary,
        })
        if provision_until is not UNSET:
            field_dict["provision_until"] = provision_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary = d.pop("summary")

        def _parse_provision_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provision_until_type_0 = datetime.date.fromisoformat(data)



                return provision_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        provision_until = _parse_provision_until(d.pop("provision_until", UNSET))


        service_notice = cls(
            summary=summary,
            provision_until=provision_until,
        )

        return service_notice

