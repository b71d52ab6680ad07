from typing import Literal

ListApplicationsV1ApplicationsGetChannelType0 = Literal['employment_centre', 'portal', 'provider_office', 'rural_akim', 'state_corporation']

LIST_APPLICATIONS_V1_APPLICATIONS_GET_CHANNEL_TYPE_0_VALUES: set[ListApplicationsV1ApplicationsGetChannelType0] = { 'employment_centre', 'portal', 'provider_office', 'rural_akim', 'state_corporation',  }

def check_list_applications_v1_applications_get_channel_type_0(value: str) -> ListApplicationsV1ApplicationsGetChannelType0:
    if value in LIST_APPLICATIONS_V1_APPLICATIONS_GET_CHANNEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_V1_APPLICATIONS_GET_CHANNEL_TYPE_0_VALUES!r}")
