from typing import Literal

AssignmentKind = Literal['fuel_assistance', 'home_schooling_compensation', 'housing_assistance', 'maslikhat_social_assistance', 'targeted_social_assistance']

ASSIGNMENT_KIND_VALUES: set[AssignmentKind] = { 'fuel_assistance', 'home_schooling_compensation', 'housing_assistance', 'maslikhat_social_assistance', 'targeted_social_assistance',  }

def check_assignment_kind(value: str) -> AssignmentKind:
    if value in ASSIGNMENT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSIGNMENT_KIND_VALUES!r}")
