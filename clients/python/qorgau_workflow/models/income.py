from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.income_kind_of_income import check_income_kind_of_income
from ..models.income_kind_of_income import IncomeKindOfIncome
from typing import cast
import datetime






T = TypeVar("T", bound="Income")



@_attrs_define
class Income:
    """ 
        Attributes:
            amount (float | str): the total received over the period
            kind (IncomeKindOfIncome):
            member_iin (str): the applicant's or a listed family member's
            period_from (datetime.date):
            period_to (datetime.date):
     """

    amount: float | str
    kind: IncomeKindOfIncome
    member_iin: str
    period_from: datetime.date
    period_to: datetime.date





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        kind: str = self.kind

        member_iin = self.member_iin

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
            "kind": kind,
            "member_iin": member_iin,
            "period_from": period_from,
            "period_to": period_to,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        kind = check_income_kind_of_income(d.pop("kind"))




        member_iin = d.pop("member_iin")

        period_from = datetime.date.fromisoformat(d.pop("period_from"))




        period_to = datetime.date.fromisoformat(d.pop("period_to"))




        income = cls(
            amount=amount,
            kind=kind,
            member_iin=member_iin,
            period_from=period_from,
            period_to=period_to,
        )

        return income

