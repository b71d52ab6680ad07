from typing import Literal

RefusalRegulationId = Literal[1, 4, 8, 9, 14, 16, 18]

REFUSAL_REGULATION_ID_VALUES: set[RefusalRegulationId] = { 1, 4, 8, 9, 14, 16, 18,  }

def check_refusal_regulation_id(value: int) -> RefusalRegulationId:
    if value in REFUSAL_REGULATION_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUSAL_REGULATION_ID_VALUES!r}")
