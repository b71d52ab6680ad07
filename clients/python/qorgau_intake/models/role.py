from typing import Literal

Role = Literal['auditor', 'head', 'office_clerk', 'operator', 'payments_officer', 'registry_officer', 'responsible_executor', 'system', 'treasury']

ROLE_VALUES: set[Role] = { 'auditor', 'head', 'office_clerk', 'operator', 'payments_officer', 'registry_officer', 'responsible_executor', 'system', 'treasury',  }

def check_role(value: str) -> Role:
    if value in ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_VALUES!r}")
