from typing import Literal

CaseListV1CasesGetSort = Literal['-due', '-opened', 'due', 'opened']

CASE_LIST_V1_CASES_GET_SORT_VALUES: set[CaseListV1CasesGetSort] = { '-due', '-opened', 'due', 'opened',  }

def check_case_list_v1_cases_get_sort(value: str) -> CaseListV1CasesGetSort:
    if value in CASE_LIST_V1_CASES_GET_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_LIST_V1_CASES_GET_SORT_VALUES!r}")
