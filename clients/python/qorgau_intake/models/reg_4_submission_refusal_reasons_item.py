from typing import Literal

Reg4SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_4_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg4SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_4_submission_refusal_reasons_item(value: str) -> Reg4SubmissionRefusalReasonsItem:
    if value in REG_4_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_4_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
