from typing import Literal

CaseListV1CasesGetStatus = Literal['closed', 'decided', 'in_progress', 'issued', 'open']

CASE_LIST_V1_CASES_GET_STATUS_VALUES: set[CaseListV1CasesGetStatus] = { 'closed', 'decided', 'in_progress', 'issued', 'open',  }

def check_case_list_v1_cases_get_status(value: str) -> CaseListV1CasesGetStatus:
    if value in CASE_LIST_V1_CASES_GET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_LIST_V1_CASES_GET_STATUS_VALUES!r}")
