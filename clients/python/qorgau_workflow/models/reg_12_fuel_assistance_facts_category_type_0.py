from typing import Literal

Reg12FuelAssistanceFactsCategoryType0 = Literal['agriculture', 'culture', 'education', 'health', 'social_protection', 'sport', 'veterinary']

REG_12_FUEL_ASSISTANCE_FACTS_CATEGORY_TYPE_0_VALUES: set[Reg12FuelAssistanceFactsCategoryType0] = { 'agriculture', 'culture', 'education', 'health', 'social_protection', 'sport', 'veterinary',  }

def check_reg_12_fuel_assistance_facts_category_type_0(value: str) -> Reg12FuelAssistanceFactsCategoryType0:
    if value in REG_12_FUEL_ASSISTANCE_FACTS_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_12_FUEL_ASSISTANCE_FACTS_CATEGORY_TYPE_0_VALUES!r}")
