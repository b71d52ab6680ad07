from typing import Literal

RefusalSubServiceType0 = Literal['certificate', 'duplicate', 'extension', 'first_registration', 'grant', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'information', 'issuance', 'notification', 're_issuance']

REFUSAL_SUB_SERVICE_TYPE_0_VALUES: set[RefusalSubServiceType0] = { 'certificate', 'duplicate', 'extension', 'first_registration', 'grant', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'information', 'issuance', 'notification', 're_issuance',  }

def check_refusal_sub_service_type_0(value: str) -> RefusalSubServiceType0:
    if value in REFUSAL_SUB_SERVICE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUSAL_SUB_SERVICE_TYPE_0_VALUES!r}")
