from typing import Literal

Reg10SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_10_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg10SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_10_submission_refusal_reasons_item(value: str) -> Reg10SubmissionRefusalReasonsItem:
    if value in REG_10_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_10_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
