from typing import Literal

DraftInOutcome = Literal['approved', 'refused']

DRAFT_IN_OUTCOME_VALUES: set[DraftInOutcome] = { 'approved', 'refused',  }

def check_draft_in_outcome(value: str) -> DraftInOutcome:
    if value in DRAFT_IN_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DRAFT_IN_OUTCOME_VALUES!r}")
