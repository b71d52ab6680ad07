from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.regs_89_special_social_services_facts_category_type_0 import check_regs_89_special_social_services_facts_category_type_0
from ..models.regs_89_special_social_services_facts_category_type_0 import Regs89SpecialSocialServicesFactsCategoryType0
from ..models.regs_89_special_social_services_facts_disability_group_type_0 import check_regs_89_special_social_services_facts_disability_group_type_0
from ..models.regs_89_special_social_services_facts_disability_group_type_0 import Regs89SpecialSocialServicesFactsDisabilityGroupType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Regs89SpecialSocialServicesFacts")



@_attrs_define
class Regs89SpecialSocialServicesFacts:
    """ Regs 8, 9: who needs special social services, and the assessment behind it.

        Attributes:
            assessment_reference (None | str | Unset):
            category (None | Regs89SpecialSocialServicesFactsCategoryType0 | Unset):
            disability_group (None | Regs89SpecialSocialServicesFactsDisabilityGroupType0 | Unset):
     """

    assessment_reference: None | str | Unset = UNSET
    category: None | Regs89SpecialSocialServicesFactsCategoryType0 | Unset = UNSET
    disability_group: None | Regs89SpecialSocialServicesFactsDisabilityGroupType0 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        assessment_reference: None | str | Unset
        if isinstance(self.assessment_reference, Unset):
            assessment_reference = UNSET
        else:
            assessment_reference = self.assessment_reference

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, str):
            category = self.category
        else:
            category = self.category

        disability_group: None | str | Unset
        if isinstance(self.disability_group, Unset):
            disability_group = UNSET
        elif isinstance(self.disability_group, str):
            disability_group = self.disability_group
        else:
            disability_group = self.disability_group


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if assessment_reference is not UNSET:
            field_dict["assessment_reference"] = assessment_reference
        if category is not UNSET:
            field_dict["category"] = category
        if disability_group is not UNSET:
            field_dict["disability_group"] = disability_group

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_assessment_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assessment_reference = _parse_assessment_reference(d.pop("assessment_reference", UNSET))


        def _parse_category(data: object) -> None | Regs89SpecialSocialServicesFactsCategoryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = check_regs_89_special_social_services_facts_category_type_0(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Regs89SpecialSocialServicesFactsCategoryType0 | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_disability_group(data: object) -> None | Regs89SpecialSocialServicesFactsDisabilityGroupType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disability_group_type_0 = check_regs_89_special_social_services_facts_disability_group_type_0(data)



                return disability_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Regs89SpecialSocialServicesFactsDisabilityGroupType0 | Unset, data)

        disability_group = _parse_disability_group(d.pop("disability_group", UNSET))


        regs_89_special_social_services_facts = cls(
            assessment_reference=assessment_reference,
            category=category,
            disability_group=disability_group,
        )

        return regs_89_special_social_services_facts

