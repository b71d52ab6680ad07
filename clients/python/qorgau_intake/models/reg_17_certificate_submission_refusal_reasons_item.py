from typing import Literal

Reg17CertificateSubmissionRefusalReasonsItem = Literal['expired_documents', 'incomplete_package']

REG_17_CERTIFICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES: set[Reg17CertificateSubmissionRefusalReasonsItem] = { 'expired_documents', 'incomplete_package',  }

def check_reg_17_certificate_submission_refusal_reasons_item(value: str) -> Reg17CertificateSubmissionRefusalReasonsItem:
    if value in REG_17_CERTIFICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_17_CERTIFICATE_SUBMISSION_REFUSAL_REASONS_ITEM_VALUES!r}")
