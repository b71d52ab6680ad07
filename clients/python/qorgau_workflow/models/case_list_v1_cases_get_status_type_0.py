from typing import Literal

CaseListV1CasesGetStatusType0 = Literal['closed', 'decided', 'in_progress', 'issued', 'open']

CASE_LIST_V1_CASES_GET_STATUS_TYPE_0_VALUES: set[CaseListV1CasesGetStatusType0] = { 'closed', 'decided', 'in_progress', 'issued', 'open',  }

def check_case_list_v1_cases_get_status_type_0(value: str) -> CaseListV1CasesGetStatusType0:
    if value in CASE_LIST_V1_CASES_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_LIST_V1_CASES_GET_STATUS_TYPE_0_VALUES!r}")
