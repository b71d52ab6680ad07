from typing import Literal

Reg9SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_9_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg9SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_9_submission_refusal_reasons_item(value: str) -> Reg9SubmissionRefusalReasonsItem:
    if value in REG_9_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_9_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
