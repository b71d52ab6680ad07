from typing import Literal

Reg5SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_5_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg5SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_5_submission_refusal_reasons_item(value: str) -> Reg5SubmissionRefusalReasonsItem:
    if value in REG_5_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_5_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
