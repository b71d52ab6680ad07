from typing import Literal

Reg16AcceptedInPersonSubServiceType0 = Literal['extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance']

REG_16_ACCEPTED_IN_PERSON_SUB_SERVICE_TYPE_0_VALUES: set[Reg16AcceptedInPersonSubServiceType0] = { 'extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance',  }

def check_reg_16_accepted_in_person_sub_service_type_0(value: str) -> Reg16AcceptedInPersonSubServiceType0:
    if value in REG_16_ACCEPTED_IN_PERSON_SUB_SERVICE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_16_ACCEPTED_IN_PERSON_SUB_SERVICE_TYPE_0_VALUES!r}")
