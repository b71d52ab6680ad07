from typing import Literal

CaseListV1CasesGetOutcome = Literal['approved', 'refused']

CASE_LIST_V1_CASES_GET_OUTCOME_VALUES: set[CaseListV1CasesGetOutcome] = { 'approved', 'refused',  }

def check_case_list_v1_cases_get_outcome(value: str) -> CaseListV1CasesGetOutcome:
    if value in CASE_LIST_V1_CASES_GET_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_LIST_V1_CASES_GET_OUTCOME_VALUES!r}")
