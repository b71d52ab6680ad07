from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ActInForce")



@_attrs_define
class ActInForce:
    """ What a receipt and a case record of the act they run under.

        Attributes:
            act (str):
            catalogue_version (str):
            in_force_from (datetime.date):
            in_force_until (datetime.date):
            continued_by (None | str | Unset):
            edition (None | str | Unset):
            repealed_by (None | str | Unset):
     """

    act: str
    catalogue_version: str
    in_force_from: datetime.date
    in_force_until: datetime.date
    continued_by: None | str | Unset = UNSET
    edition: None | str | Unset = UNSET
    repealed_by: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        act = self.act

        catalogue_version = self.catalogue_version

        in_force_from = self.in_force_from.isoformat()

        in_force_until = self.in_force_until.isoformat()

        continued_by: None | str | Unset
        if isinstance(self.continued_by, Unset):
            continued_by = UNSET
        else:
            continued_by = self.continued_by

        edition: None | str | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        repealed_by: None | str | Unset
        if isinstance(self.repealed_by, Unset):
            repealed_by = UNSET
        else:
            repealed_by = self.repealed_by


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "act": act,
            "catalogue_version": catalogue_version,
            "in_force_from": in_force_from,
            "in_force_until": in_force_until,
        })
        if continued_by is not UNSET:
            field_dict["continued_by"] = continued_by
        if edition is not UNSET:
            field_dict["edition"] = edition
        if repealed_by is not UNSET:
            field_dict["repealed_by"] = repealed_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        act = d.pop("act")

        catalogue_version = d.pop("catalogue_version")

        in_force_from = datetime.date.fromisoformat(d.pop("in_force_from"))




        in_force_until = datetime.date.fromisoformat(d.pop("in_force_until"))




        def _parse_continued_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continued_by = _parse_continued_by(d.pop("continued_by", UNSET))


        def _parse_edition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        edition = _parse_edition(d.pop("edition", UNSET))


        def _parse_repealed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repealed_by = _parse_repealed_by(d.pop("repealed_by", UNSET))


        act_in_force = cls(
            act=act,
            catalogue_version=catalogue_version,
            in_force_from=in_force_from,
            in_force_until=in_force_until,
            continued_by=continued_by,
            edition=edition,
            repealed_by=repealed_by,
        )

        return act_in_force

