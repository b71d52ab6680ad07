from typing import Literal

Reg11NotificationSubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_11_NOTIFICATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg11NotificationSubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_11_notification_submission_refusal_reasons_item(value: str) -> Reg11NotificationSubmissionRefusalReasonsItem:
    if value in REG_11_NOTIFICATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_11_NOTIFICATION_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
