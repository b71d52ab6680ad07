from typing import Literal

Reg14SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_14_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg14SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_14_submission_refusal_reasons_item(value: str) -> Reg14SubmissionRefusalReasonsItem:
    if value in REG_14_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_14_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
