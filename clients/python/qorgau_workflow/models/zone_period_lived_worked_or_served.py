from typing import Literal

ZonePeriodLivedWorkedOrServed = Literal['residence', 'service', 'work']

ZONE_PERIOD_LIVED_WORKED_OR_SERVED_VALUES: set[ZonePeriodLivedWorkedOrServed] = { 'residence', 'service', 'work',  }

def check_zone_period_lived_worked_or_served(value: str) -> ZonePeriodLivedWorkedOrServed:
    if value in ZONE_PERIOD_LIVED_WORKED_OR_SERVED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ZONE_PERIOD_LIVED_WORKED_OR_SERVED_VALUES!r}")
