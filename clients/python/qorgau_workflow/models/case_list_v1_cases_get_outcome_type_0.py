from typing import Literal

CaseListV1CasesGetOutcomeType0 = Literal['approved', 'refused']

CASE_LIST_V1_CASES_GET_OUTCOME_TYPE_0_VALUES: set[CaseListV1CasesGetOutcomeType0] = { 'approved', 'refused',  }

def check_case_list_v1_cases_get_outcome_type_0(value: str) -> CaseListV1CasesGetOutcomeType0:
    if value in CASE_LIST_V1_CASES_GET_OUTCOME_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_LIST_V1_CASES_GET_OUTCOME_TYPE_0_VALUES!r}")
