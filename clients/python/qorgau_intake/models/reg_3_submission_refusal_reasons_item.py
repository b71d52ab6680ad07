from typing import Literal

Reg3SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_3_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg3SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_3_submission_refusal_reasons_item(value: str) -> Reg3SubmissionRefusalReasonsItem:
    if value in REG_3_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_3_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
