from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.foreign_labour_permit_stage_type_0 import check_foreign_labour_permit_stage_type_0
from ..models.foreign_labour_permit_stage_type_0 import ForeignLabourPermitStageType0
from ..models.foreign_labour_permit_variant_type_0 import check_foreign_labour_permit_variant_type_0
from ..models.foreign_labour_permit_variant_type_0 import ForeignLabourPermitVariantType0
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="ForeignLabourPermit")



@_attrs_define
class ForeignLabourPermit:
    """ The permit (or the stage 1 notification) as the executor drafts it (it becomes a
    `LabourPermitDocument`): the variant is the case's sub-service and the stage the step's;
    either may be left out, and one that is given must be the case's. The employer, the workers
    and the dates come from the facts when left out.

        Attributes:
            employer_bin (None | str | Unset): the employer's BIN; a legal entity's own application names it already
            fee_reference (None | str | Unset): proof of the fee (stage 2)
            kind (Literal['foreign_labour_permit'] | Unset):  Default: 'foreign_labour_permit'.
            stage (ForeignLabourPermitStageType0 | None | Unset): the stage this step decides
            valid_from (datetime.date | None | Unset):
            valid_until (datetime.date | None | Unset):
            variant (ForeignLabourPermitVariantType0 | None | Unset): the case's sub-service
            workers (int | None | Unset):
     """

    employer_bin: None | str | Unset = UNSET
    fee_reference: None | str | Unset = UNSET
    kind: Literal['foreign_labour_permit'] | Unset = 'foreign_labour_permit'
    stage: ForeignLabourPermitStageType0 | None | Unset = UNSET
    valid_from: datetime.date | None | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    variant: ForeignLabourPermitVariantType0 | None | Unset = UNSET
    workers: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
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

        stage: int | None | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, int):
            stage = self.stage
        else:
            stage = self.stage

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

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, str):
            variant = self.variant
        else:
            variant = self.variant

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
        if fee_reference is not UNSET:
            field_dict["fee_reference"] = fee_reference
        if kind is not UNSET:
            field_dict["kind"] = kind
        if stage is not UNSET:
            field_dict["stage"] = stage
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if variant is not UNSET:
            field_dict["variant"] = variant
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

        def _parse_stage(data: object) -> ForeignLabourPermitStageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                stage_type_0 = check_foreign_labour_permit_stage_type_0(data)



                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForeignLabourPermitStageType0 | None | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))


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


        def _parse_variant(data: object) -> ForeignLabourPermitVariantType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = check_foreign_labour_permit_variant_type_0(data)



                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForeignLabourPermitVariantType0 | None | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))


        def _parse_workers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workers = _parse_workers(d.pop("workers", UNSET))


        foreign_labour_permit = cls(
            employer_bin=employer_bin,
            fee_reference=fee_reference,
            kind=kind,
            stage=stage,
            valid_from=valid_from,
            valid_until=valid_until,
            variant=variant,
            workers=workers,
        )

        return foreign_labour_permit

