from typing import Literal

Reg1FirstRegistrationSubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_1_FIRST_REGISTRATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg1FirstRegistrationSubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_1_first_registration_submission_refusal_reasons_item(value: str) -> Reg1FirstRegistrationSubmissionRefusalReasonsItem:
    if value in REG_1_FIRST_REGISTRATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_1_FIRST_REGISTRATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
