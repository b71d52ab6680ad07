from typing import Literal

Reg8SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_8_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg8SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_8_submission_refusal_reasons_item(value: str) -> Reg8SubmissionRefusalReasonsItem:
    if value in REG_8_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_8_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
