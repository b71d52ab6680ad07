from typing import Literal

ReplaceReason = Literal['damaged', 'extended', 'lost', 're_issued']

REPLACE_REASON_VALUES: set[ReplaceReason] = { 'damaged', 'extended', 'lost', 're_issued',  }

def check_replace_reason(value: str) -> ReplaceReason:
    if value in REPLACE_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPLACE_REASON_VALUES!r}")
