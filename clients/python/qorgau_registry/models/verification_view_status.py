from typing import Literal

VerificationViewStatus = Literal['expired', 'replaced', 'revoked', 'unknown', 'valid']

VERIFICATION_VIEW_STATUS_VALUES: set[VerificationViewStatus] = { 'expired', 'replaced', 'revoked', 'unknown', 'valid',  }

def check_verification_view_status(value: str) -> VerificationViewStatus:
    if value in VERIFICATION_VIEW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERIFICATION_VIEW_STATUS_VALUES!r}")
