from typing import Literal

Reg16SubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_16_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg16SubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_16_submission_refusal_reasons_item(value: str) -> Reg16SubmissionRefusalReasonsItem:
    if value in REG_16_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_16_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
