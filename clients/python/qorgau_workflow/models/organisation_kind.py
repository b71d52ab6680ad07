from typing import Literal

OrganisationKind = Literal['district_department', 'employment_centre', 'oblast_department', 'portal', 'public', 'rural_akim', 'state_corporation', 'treasury']

ORGANISATION_KIND_VALUES: set[OrganisationKind] = { 'district_department', 'employment_centre', 'oblast_department', 'portal', 'public', 'rural_akim', 'state_corporation', 'treasury',  }

def check_organisation_kind(value: str) -> OrganisationKind:
    if value in ORGANISATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANISATION_KIND_VALUES!r}")
