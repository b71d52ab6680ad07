from typing import Literal

Reg18SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_18_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg18SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_18_submission_refusal_reasons_item(value: str) -> Reg18SubmissionRefusalReasonsItem:
    if value in REG_18_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_18_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
