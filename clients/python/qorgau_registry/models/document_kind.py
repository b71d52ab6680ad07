from typing import Literal

DocumentKind = Literal['foreign_labour_permit', 'oralman_certificate', 'rehabilitated_certificate', 'semey_certificate', 'tsa_membership_certificate']

DOCUMENT_KIND_VALUES: set[DocumentKind] = { 'foreign_labour_permit', 'oralman_certificate', 'rehabilitated_certificate', 'semey_certificate', 'tsa_membership_certificate',  }

def check_document_kind(value: str) -> DocumentKind:
    if value in DOCUMENT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOCUMENT_KIND_VALUES!r}")
