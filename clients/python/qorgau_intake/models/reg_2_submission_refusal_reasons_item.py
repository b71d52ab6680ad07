from typing import Literal

Reg2SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_2_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg2SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_2_submission_refusal_reasons_item(value: str) -> Reg2SubmissionRefusalReasonsItem:
    if value in REG_2_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_2_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
