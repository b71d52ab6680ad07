from typing import Literal

Reg7SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_7_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg7SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_7_submission_refusal_reasons_item(value: str) -> Reg7SubmissionRefusalReasonsItem:
    if value in REG_7_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_7_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
