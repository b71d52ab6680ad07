from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.labour_permit_document_stage import check_labour_permit_document_stage
from ..models.labour_permit_document_stage import LabourPermitDocumentStage
from ..models.labour_permit_document_variant import check_labour_permit_document_variant
from ..models.labour_permit_document_variant import LabourPermitDocumentVariant
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="LabourPermitDocument")



@_attrs_define
class LabourPermitDocument:
    """ Reg. 16: the foreign-labour permit. Stage 1 is the notification, stage 2 the permit.

        Attributes:
            stage (LabourPermitDocumentStage):
            variant (LabourPermitDocumentVariant):
            employer_bin (None | str | Unset):
            fee_reference (None | str | Unset):
            kind (Literal['foreign_labour_permit'] | Unset):  Default: 'foreign_labour_permit'.
            valid_from (datetime.date | None | Unset):
            valid_until (datetime.date | None | Unset):
            workers (int | None | Unset):
     """

    stage: LabourPermitDocumentStage
    variant: LabourPermitDocumentVariant
    employer_bin: None | str | Unset = UNSET
    fee_reference: None | str | Unset = UNSET
    kind: Literal['foreign_labour_permit'] | Unset = 'foreign_labour_permit'
    valid_from: datetime.date | None | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    workers: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        stage: int = self.stage

        variant: str = self.variant

        employer_bin: None | str | Unset
        if isinstance(self.employer_bin, Unset):
            employer_bin = UNSET
        else:
            employer_bin = self.employer_bin

        fee_reference: None | str | Unset
        if isinstance(self.fee_reference, Unset):
            fee_reference = UNSET
        else:
            fee_reference = self.fee_reference

        kind = self.kind

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
            "stage": stage,
            "variant": variant,
        })
        if employer_bin is not UNSET:
            field_dict["employer_bin"] = employer_bin
        if fee_reference is not UNSET:
            field_dict["fee_reference"] = fee_reference
        if kind is not UNSET:
            field_dict["kind"] = kind
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
        stage = check_labour_permit_document_stage(d.pop("stage"))




        variant = check_labour_permit_document_variant(d.pop("variant"))




        def _parse_employer_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer_bin = _parse_employer_bin(d.pop("employer_bin", UNSET))


        def _parse_fee_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee_reference = _parse_fee_reference(d.pop("fee_reference", UNSET))


        kind = cast(Literal['foreign_labour_permit'] | Unset , d.pop("kind", UNSET))
        if kind != 'foreign_labour_permit'and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'foreign_labour_permit', got '{kind}'")

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


        labour_permit_document = cls(
            stage=stage,
            variant=variant,
            employer_bin=employer_bin,
            fee_reference=fee_reference,
            kind=kind,
            valid_from=valid_from,
            valid_until=valid_until,
            workers=workers,
        )

        return labour_permit_document

