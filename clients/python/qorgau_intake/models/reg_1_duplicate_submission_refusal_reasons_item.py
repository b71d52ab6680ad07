from typing import Literal

Reg1DuplicateSubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_1_DUPLICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg1DuplicateSubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_1_duplicate_submission_refusal_reasons_item(value: str) -> Reg1DuplicateSubmissionRefusalReasonsItem:
    if value in REG_1_DUPLICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_1_DUPLICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
