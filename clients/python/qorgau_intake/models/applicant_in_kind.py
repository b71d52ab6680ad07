from typing import Literal

ApplicantInKind = Literal['legal_entity', 'person']

APPLICANT_IN_KIND_VALUES: set[ApplicantInKind] = { 'legal_entity', 'person',  }

def check_applicant_in_kind(value: str) -> ApplicantInKind:
    if value in APPLICANT_IN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLICANT_IN_KIND_VALUES!r}")
