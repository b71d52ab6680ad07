from typing import Literal

Reg1DuplicateReason = Literal['damaged', 'lost']

REG_1_DUPLICATE_REASON_VALUES: set[Reg1DuplicateReason] = { 'damaged', 'lost',  }

def check_reg_1_duplicate_reason(value: str) -> Reg1DuplicateReason:
    if value in REG_1_DUPLICATE_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_1_DUPLICATE_REASON_VALUES!r}")
