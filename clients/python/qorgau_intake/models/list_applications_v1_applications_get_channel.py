from typing import Literal

ListApplicationsV1ApplicationsGetChannel = Literal['employment_centre', 'portal', 'provider_office', 'rural_akim', 'state_corporation']

LIST_APPLICATIONS_V1_APPLICATIONS_GET_CHANNEL_VALUES: set[ListApplicationsV1ApplicationsGetChannel] = { 'employment_centre', 'portal', 'provider_office', 'rural_akim', 'state_corporation',  }

def check_list_applications_v1_applications_get_channel(value: str) -> ListApplicationsV1ApplicationsGetChannel:
    if value in LIST_APPLICATIONS_V1_APPLICATIONS_GET_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_V1_APPLICATIONS_GET_CHANNEL_VALUES!r}")
