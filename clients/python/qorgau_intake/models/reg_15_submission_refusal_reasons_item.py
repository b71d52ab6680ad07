from typing import Literal

Reg15SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_15_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg15SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_15_submission_refusal_reasons_item(value: str) -> Reg15SubmissionRefusalReasonsItem:
    if value in REG_15_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_15_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
