from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_14_employment_measure_referral_facts_measure_type_0 import check_reg_14_employment_measure_referral_facts_measure_type_0
from ..models.reg_14_employment_measure_referral_facts_measure_type_0 import Reg14EmploymentMeasureReferralFactsMeasureType0
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Reg14EmploymentMeasureReferralFacts")



@_attrs_define
class Reg14EmploymentMeasureReferralFacts:
    """ Reg. 14, a referral to an active employment measure: the measure asked for.

        Attributes:
            measure (None | Reg14EmploymentMeasureReferralFactsMeasureType0 | Unset):
            unemployed_since (datetime.date | None | Unset):
     """

    measure: None | Reg14EmploymentMeasureReferralFactsMeasureType0 | Unset = UNSET
    unemployed_since: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        measure: None | str | Unset
        if isinstance(self.measure, Unset):
            measure = UNSET
        elif isinstance(self.measure, str):
            measure = self.measure
        else:
            measure = self.measure

        unemployed_since: None | str | Unset
        if isinstance(self.unemployed_since, Unset):
            unemployed_since = UNSET
        elif isinstance(self.unemployed_since, datetime.date):
            unemployed_since = self.unemployed_since.isoformat()
        else:
            unemployed_since = self.unemployed_since


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if measure is not UNSET:
            field_dict["measure"] = measure
        if unemployed_since is not UNSET:
            field_dict["unemployed_since"] = unemployed_since

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_measure(data: object) -> None | Reg14EmploymentMeasureReferralFactsMeasureType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                measure_type_0 = check_reg_14_employment_measure_referral_facts_measure_type_0(data)



                return measure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reg14EmploymentMeasureReferralFactsMeasureType0 | Unset, data)

        measure = _parse_measure(d.pop("measure", UNSET))


        def _parse_unemployed_since(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unemployed_since_type_0 = datetime.date.fromisoformat(data)



                return unemployed_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        unemployed_since = _parse_unemployed_since(d.pop("unemployed_since", UNSET))


        reg_14_employment_measure_referral_facts = cls(
            measure=measure,
            unemployed_since=unemployed_since,
        )

        return reg_14_employment_measure_referral_facts

