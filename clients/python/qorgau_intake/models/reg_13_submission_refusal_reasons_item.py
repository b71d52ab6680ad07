from typing import Literal

Reg13SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_13_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg13SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_13_submission_refusal_reasons_item(value: str) -> Reg13SubmissionRefusalReasonsItem:
    if value in REG_13_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_13_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
