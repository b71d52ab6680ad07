from typing import Literal

ListApplicationsV1ApplicationsGetStatusType0 = Literal['accepted', 'forwarded', 'handed_over', 'refused', 'result_received', 'returned_to_provider']

LIST_APPLICATIONS_V1_APPLICATIONS_GET_STATUS_TYPE_0_VALUES: set[ListApplicationsV1ApplicationsGetStatusType0] = { 'accepted', 'forwarded', 'handed_over', 'refused', 'result_received', 'returned_to_provider',  }

def check_list_applications_v1_applications_get_status_type_0(value: str) -> ListApplicationsV1ApplicationsGetStatusType0:
    if value in LIST_APPLICATIONS_V1_APPLICATIONS_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_V1_APPLICATIONS_GET_STATUS_TYPE_0_VALUES!r}")
