from typing import Literal

Reg15ApprovalSubService = Literal['extension', 'grant']

REG_15_APPROVAL_SUB_SERVICE_VALUES: set[Reg15ApprovalSubService] = { 'extension', 'grant',  }

def check_reg_15_approval_sub_service(value: str) -> Reg15ApprovalSubService:
    if value in REG_15_APPROVAL_SUB_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_15_APPROVAL_SUB_SERVICE_VALUES!r}")
