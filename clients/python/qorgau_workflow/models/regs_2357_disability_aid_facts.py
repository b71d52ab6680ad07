from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.regs_2357_disability_aid_facts_disability_group_type_0 import check_regs_2357_disability_aid_facts_disability_group_type_0
from ..models.regs_2357_disability_aid_facts_disability_group_type_0 import Regs2357DisabilityAidFactsDisabilityGroupType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Regs2357DisabilityAidFacts")



@_attrs_define
class Regs2357DisabilityAidFacts:
    """ Regs 2, 3, 5, 6, 7: what the individual rehabilitation programme gives the person.

        Attributes:
            disability_group (None | Regs2357DisabilityAidFactsDisabilityGroupType0 | Unset):
            needs (list[str] | Unset): e.g. 'prosthesis of the lower limb', 'wheelchair'
            programme_number (None | str | Unset):
     """

    disability_group: None | Regs2357DisabilityAidFactsDisabilityGroupType0 | Unset = UNSET
    needs: list[str] | Unset = UNSET
    programme_number: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        disability_group: None | str | Unset
        if isinstance(self.disability_group, Unset):
            disability_group = UNSET
        elif isinstance(self.disability_group, str):
            disability_group = self.disability_group
        else:
            disability_group = self.disability_group

        needs: list[str] | Unset = UNSET
        if not isinstance(self.needs, Unset):
            needs = self.needs



        programme_number: None | str | Unset
        if isinstance(self.programme_number, Unset):
            programme_number = UNSET
        else:
            programme_number = self.programme_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if disability_group is not UNSET:
            field_dict["disability_group"] = disability_group
        if needs is not UNSET:
            field_dict["needs"] = needs
        if programme_number is not UNSET:
            field_dict["programme_number"] = programme_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_disability_group(data: object) -> None | Regs2357DisabilityAidFactsDisabilityGroupType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disability_group_type_0 = check_regs_2357_disability_aid_facts_disability_group_type_0(data)



                return disability_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Regs2357DisabilityAidFactsDisabilityGroupType0 | Unset, data)

        disability_group = _parse_disability_group(d.pop("disability_group", UNSET))


        needs = cast(list[str], d.pop("needs", UNSET))


        def _parse_programme_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        programme_number = _parse_programme_number(d.pop("programme_number", UNSET))


        regs_2357_disability_aid_facts = cls(
            disability_group=disability_group,
            needs=needs,
            programme_number=programme_number,
        )

        return regs_2357_disability_aid_facts

