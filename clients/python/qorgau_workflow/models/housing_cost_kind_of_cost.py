from typing import Literal

HousingCostKindOfCost = Literal['fuel', 'maintenance', 'rent', 'utilities']

HOUSING_COST_KIND_OF_COST_VALUES: set[HousingCostKindOfCost] = { 'fuel', 'maintenance', 'rent', 'utilities',  }

def check_housing_cost_kind_of_cost(value: str) -> HousingCostKindOfCost:
    if value in HOUSING_COST_KIND_OF_COST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOUSING_COST_KIND_OF_COST_VALUES!r}")
