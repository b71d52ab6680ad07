from typing import Literal

LabourPermitDocumentVariant = Literal['extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance']

LABOUR_PERMIT_DOCUMENT_VARIANT_VALUES: set[LabourPermitDocumentVariant] = { 'extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance',  }

def check_labour_permit_document_variant(value: str) -> LabourPermitDocumentVariant:
    if value in LABOUR_PERMIT_DOCUMENT_VARIANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LABOUR_PERMIT_DOCUMENT_VARIANT_VALUES!r}")
