from typing import Literal

HandOverRequestRecipient = Literal['applicant', 'representative']

HAND_OVER_REQUEST_RECIPIENT_VALUES: set[HandOverRequestRecipient] = { 'applicant', 'representative',  }

def check_hand_over_request_recipient(value: str) -> HandOverRequestRecipient:
    if value in HAND_OVER_REQUEST_RECIPIENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAND_OVER_REQUEST_RECIPIENT_VALUES!r}")
