from typing import Literal

Reg6SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_6_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg6SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_6_submission_refusal_reasons_item(value: str) -> Reg6SubmissionRefusalReasonsItem:
    if value in REG_6_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_6_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
