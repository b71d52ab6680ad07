from typing import Literal

Reg16ApprovalSubService = Literal['extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance']

REG_16_APPROVAL_SUB_SERVICE_VALUES: set[Reg16ApprovalSubService] = { 'extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance',  }

def check_reg_16_approval_sub_service(value: str) -> Reg16ApprovalSubService:
    if value in REG_16_APPROVAL_SUB_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_16_APPROVAL_SUB_SERVICE_VALUES!r}")
