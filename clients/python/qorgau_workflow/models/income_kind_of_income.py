from typing import Literal

IncomeKindOfIncome = Literal['agriculture', 'alimony', 'benefit', 'business', 'other', 'pension', 'wages']

INCOME_KIND_OF_INCOME_VALUES: set[IncomeKindOfIncome] = { 'agriculture', 'alimony', 'benefit', 'business', 'other', 'pension', 'wages',  }

def check_income_kind_of_income(value: str) -> IncomeKindOfIncome:
    if value in INCOME_KIND_OF_INCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCOME_KIND_OF_INCOME_VALUES!r}")
