from typing import Literal

ListPaymentsV1PaymentsGetStatus = Literal['awaiting_details', 'confirmed', 'conflict', 'ordered', 'ready', 'returned']

LIST_PAYMENTS_V1_PAYMENTS_GET_STATUS_VALUES: set[ListPaymentsV1PaymentsGetStatus] = { 'awaiting_details', 'confirmed', 'conflict', 'ordered', 'ready', 'returned',  }

def check_list_payments_v1_payments_get_status(value: str) -> ListPaymentsV1PaymentsGetStatus:
    if value in LIST_PAYMENTS_V1_PAYMENTS_GET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PAYMENTS_V1_PAYMENTS_GET_STATUS_VALUES!r}")
