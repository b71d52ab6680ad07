from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Reg16ForeignLabourPermitFacts")



@_attrs_define
class Reg16ForeignLabourPermitFacts:
    """ Reg. 16, a permit to employ foreign labour: the employer and what it asks for.

        Attributes:
            employer_bin (None | str | Unset):
            profession (None | str | Unset):
            valid_from (datetime.date | None | Unset):
            valid_until (datetime.date | None | Unset):
            workers (int | None | Unset):
     """

    employer_bin: None | str | Unset = UNSET
    profession: None | str | Unset = UNSET
    valid_from: datetime.date | None | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    workers: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        employer_bin: None | str | Unset
        if isinstance(self.employer_bin, Unset):
            employer_bin = UNSET
        else:
            employer_bin = self.employer_bin

        profession: None | str | Unset
        if isinstance(self.profession, Unset):
            profession = UNSET
        else:
            profession = self.profession

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.date):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        workers: int | None | Unset
        if isinstance(self.workers, Unset):
            workers = UNSET
        else:
            workers = self.workers


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if employer_bin is not UNSET:
            field_dict["employer_bin"] = employer_bin
        if profession is not UNSET:
            field_dict["profession"] = profession
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_employer_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer_bin = _parse_employer_bin(d.pop("employer_bin", UNSET))


        def _parse_profession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profession = _parse_profession(d.pop("profession", UNSET))


        def _parse_valid_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.date.fromisoformat(data)



                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_from = _parse_valid_from(d.pop("valid_from", UNSET))


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


        def _parse_workers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workers = _parse_workers(d.pop("workers", UNSET))


        reg_16_foreign_labour_permit_facts = cls(
            employer_bin=employer_bin,
            profession=profession,
            valid_from=valid_from,
            valid_until=valid_until,
            workers=workers,
        )

        return reg_16_foreign_labour_permit_facts

