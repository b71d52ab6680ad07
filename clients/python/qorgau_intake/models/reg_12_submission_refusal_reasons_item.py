from typing import Literal

Reg12SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_12_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg12SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_12_submission_refusal_reasons_item(value: str) -> Reg12SubmissionRefusalReasonsItem:
    if value in REG_12_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_12_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
