from typing import Literal

Reg16AcceptedInPersonSubService = Literal['extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance']

REG_16_ACCEPTED_IN_PERSON_SUB_SERVICE_VALUES: set[Reg16AcceptedInPersonSubService] = { 'extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance',  }

def check_reg_16_accepted_in_person_sub_service(value: str) -> Reg16AcceptedInPersonSubService:
    if value in REG_16_ACCEPTED_IN_PERSON_SUB_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_16_ACCEPTED_IN_PERSON_SUB_SERVICE_VALUES!r}")
