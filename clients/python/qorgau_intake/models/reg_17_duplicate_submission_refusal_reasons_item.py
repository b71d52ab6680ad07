from typing import Literal

Reg17DuplicateSubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_17_DUPLICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg17DuplicateSubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_17_duplicate_submission_refusal_reasons_item(value: str) -> Reg17DuplicateSubmissionRefusalReasonsItem:
    if value in REG_17_DUPLICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_17_DUPLICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
