from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_kind import AssignmentKind
from ..models.assignment_kind import check_assignment_kind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.cost_item import CostItem
  from ..models.family_member import FamilyMember
  from ..models.income_item import IncomeItem
  from ..models.period import Period





T = TypeVar("T", bound="Assignment")



@_attrs_define
class Assignment:
    """ The inputs the payments formulas need; the amount itself is computed by payments.

    - reg. 4: family members, their incomes over `income_period`, the `assigned_period` (quarter);
    - reg. 10: the maslikhat `category` and the `assigned_period`;
    - reg. 11: the child (a disabled family member), `costs`, the `assigned_period`;
    - reg. 12: the specialist's `category` (sector) and the `assigned_period` (year);
    - reg. 18: family members, incomes, housing `costs`, the `assigned_period`.

        Attributes:
            assigned_period (Period):
            kind (AssignmentKind):
            area_m2 (float | None | str | Unset):
            category (None | str | Unset):
            costs (list[CostItem] | Unset):
            family_members (list[FamilyMember] | Unset):
            income_period (None | Period | Unset):
            incomes (list[IncomeItem] | Unset):
     """

    assigned_period: Period
    kind: AssignmentKind
    area_m2: float | None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    costs: list[CostItem] | Unset = UNSET
    family_members: list[FamilyMember] | Unset = UNSET
    income_period: None | Period | Unset = UNSET
    incomes: list[IncomeItem] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.family_member import FamilyMember # noqa: PLC0415
        from ..models.income_item import IncomeItem # noqa: PLC0415
        from ..models.period import Period # noqa: PLC0415
        assigned_period = self.assigned_period.to_dict()

        kind: str = self.kind

        area_m2: float | None | str | Unset
        if isinstance(self.area_m2, Unset):
            area_m2 = UNSET
        else:
            area_m2 = self.area_m2

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.costs, Unset):
            costs = []
            for costs_item_data in self.costs:
                costs_item = costs_item_data.to_dict()
                costs.append(costs_item)



        family_members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.family_members, Unset):
            family_members = []
            for family_members_item_data in self.family_members:
                family_members_item = family_members_item_data.to_dict()
                family_members.append(family_members_item)



        income_period: dict[str, Any] | None | Unset
        if isinstance(self.income_period, Unset):
            income_period = UNSET
        elif isinstance(self.income_period, Period):
            income_period = self.income_period.to_dict()
        else:
            income_period = self.income_period

        incomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incomes, Unset):
            incomes = []
            for incomes_item_data in self.incomes:
                incomes_item = incomes_item_data.to_dict()
                incomes.append(incomes_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assigned_period": assigned_period,
            "kind": kind,
        })
        if area_m2 is not UNSET:
            field_dict["area_m2"] = area_m2
        if category is not UNSET:
            field_dict["category"] = category
        if costs is not UNSET:
            field_dict["costs"] = costs
        if family_members is not UNSET:
            field_dict["family_members"] = family_members
        if income_period is not UNSET:
            field_dict["income_period"] = income_period
        if incomes is not UNSET:
            field_dict["incomes"] = incomes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.family_member import FamilyMember # noqa: PLC0415
        from ..models.income_item import IncomeItem # noqa: PLC0415
        from ..models.period import Period # noqa: PLC0415
        d = dict(src_dict)
        assigned_period = Period.from_dict(d.pop("assigned_period"))




        kind = check_assignment_kind(d.pop("kind"))




        def _parse_area_m2(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        area_m2 = _parse_area_m2(d.pop("area_m2", UNSET))


        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        _costs = d.pop("costs", UNSET)
        costs: list[CostItem] | Unset = UNSET
        if _costs is not UNSET:
            costs = []
            for costs_item_data in _costs:
                costs_item = CostItem.from_dict(costs_item_data)



                costs.append(costs_item)


        _family_members = d.pop("family_members", UNSET)
        family_members: list[FamilyMember] | Unset = UNSET
        if _family_members is not UNSET:
            family_members = []
            for family_members_item_data in _family_members:
                family_members_item = FamilyMember.from_dict(family_members_item_data)



                family_members.append(family_members_item)


        def _parse_income_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                income_period_type_0 = Period.from_dict(data)



                return income_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        income_period = _parse_income_period(d.pop("income_period", UNSET))


        _incomes = d.pop("incomes", UNSET)
        incomes: list[IncomeItem] | Unset = UNSET
        if _incomes is not UNSET:
            incomes = []
            for incomes_item_data in _incomes:
                incomes_item = IncomeItem.from_dict(incomes_item_data)



                incomes.append(incomes_item)


        assignment = cls(
            assigned_period=assigned_period,
            kind=kind,
            area_m2=area_m2,
            category=category,
            costs=costs,
            family_members=family_members,
            income_period=income_period,
            incomes=incomes,
        )

        return assignment

