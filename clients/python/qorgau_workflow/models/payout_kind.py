from typing import Literal

PayoutKind = Literal['bank_account', 'institution_control_account']

PAYOUT_KIND_VALUES: set[PayoutKind] = { 'bank_account', 'institution_control_account',  }

def check_payout_kind(value: str) -> PayoutKind:
    if value in PAYOUT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYOUT_KIND_VALUES!r}")
