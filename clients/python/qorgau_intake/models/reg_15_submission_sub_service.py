from typing import Literal

Reg15SubmissionSubService = Literal['extension', 'grant']

REG_15_SUBMISSION_SUB_SERVICE_VALUES: set[Reg15SubmissionSubService] = { 'extension', 'grant',  }

def check_reg_15_submission_sub_service(value: str) -> Reg15SubmissionSubService:
    if value in REG_15_SUBMISSION_SUB_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_15_SUBMISSION_SUB_SERVICE_VALUES!r}")
