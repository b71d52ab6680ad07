from typing import Literal

Reg15AcceptedInPersonSubService = Literal['extension', 'grant']

REG_15_ACCEPTED_IN_PERSON_SUB_SERVICE_VALUES: set[Reg15AcceptedInPersonSubService] = { 'extension', 'grant',  }

def check_reg_15_accepted_in_person_sub_service(value: str) -> Reg15AcceptedInPersonSubService:
    if value in REG_15_ACCEPTED_IN_PERSON_SUB_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_15_ACCEPTED_IN_PERSON_SUB_SERVICE_VALUES!r}")
