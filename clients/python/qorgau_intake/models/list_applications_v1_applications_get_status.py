from typing import Literal

ListApplicationsV1ApplicationsGetStatus = Literal['accepted', 'forwarded', 'handed_over', 'refused', 'result_received', 'returned_to_provider']

LIST_APPLICATIONS_V1_APPLICATIONS_GET_STATUS_VALUES: set[ListApplicationsV1ApplicationsGetStatus] = { 'accepted', 'forwarded', 'handed_over', 'refused', 'result_received', 'returned_to_provider',  }

def check_list_applications_v1_applications_get_status(value: str) -> ListApplicationsV1ApplicationsGetStatus:
    if value in LIST_APPLICATIONS_V1_APPLICATIONS_GET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_V1_APPLICATIONS_GET_STATUS_VALUES!r}")
