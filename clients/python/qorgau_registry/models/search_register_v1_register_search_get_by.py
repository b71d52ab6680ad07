from typing import Literal

SearchRegisterV1RegisterSearchGetBy = Literal['name', 'number']

SEARCH_REGISTER_V1_REGISTER_SEARCH_GET_BY_VALUES: set[SearchRegisterV1RegisterSearchGetBy] = { 'name', 'number',  }

def check_search_register_v1_register_search_get_by(value: str) -> SearchRegisterV1RegisterSearchGetBy:
    if value in SEARCH_REGISTER_V1_REGISTER_SEARCH_GET_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_REGISTER_V1_REGISTER_SEARCH_GET_BY_VALUES!r}")
