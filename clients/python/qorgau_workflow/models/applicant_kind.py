from typing import Literal

ApplicantKind = Literal['legal_entity', 'person']

APPLICANT_KIND_VALUES: set[ApplicantKind] = { 'legal_entity', 'person',  }

def check_applicant_kind(value: str) -> ApplicantKind:
    if value in APPLICANT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLICANT_KIND_VALUES!r}")
