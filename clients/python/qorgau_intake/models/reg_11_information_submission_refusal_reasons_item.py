from typing import Literal

Reg11InformationSubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_11_INFORMATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg11InformationSubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_11_information_submission_refusal_reasons_item(value: str) -> Reg11InformationSubmissionRefusalReasonsItem:
    if value in REG_11_INFORMATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_11_INFORMATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
