from typing import Literal

ListPaymentsV1PaymentsGetStatusType0 = Literal['awaiting_details', 'confirmed', 'conflict', 'ordered', 'ready', 'returned']

LIST_PAYMENTS_V1_PAYMENTS_GET_STATUS_TYPE_0_VALUES: set[ListPaymentsV1PaymentsGetStatusType0] = { 'awaiting_details', 'confirmed', 'conflict', 'ordered', 'ready', 'returned',  }

def check_list_payments_v1_payments_get_status_type_0(value: str) -> ListPaymentsV1PaymentsGetStatusType0:
    if value in LIST_PAYMENTS_V1_PAYMENTS_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PAYMENTS_V1_PAYMENTS_GET_STATUS_TYPE_0_VALUES!r}")
