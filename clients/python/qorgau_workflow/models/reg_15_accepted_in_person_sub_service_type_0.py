from typing import Literal

Reg15AcceptedInPersonSubServiceType0 = Literal['extension', 'grant']

REG_15_ACCEPTED_IN_PERSON_SUB_SERVICE_TYPE_0_VALUES: set[Reg15AcceptedInPersonSubServiceType0] = { 'extension', 'grant',  }

def check_reg_15_accepted_in_person_sub_service_type_0(value: str) -> Reg15AcceptedInPersonSubServiceType0:
    if value in REG_15_ACCEPTED_IN_PERSON_SUB_SERVICE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_15_ACCEPTED_IN_PERSON_SUB_SERVICE_TYPE_0_VALUES!r}")
