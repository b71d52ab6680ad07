from typing import Literal

ZonePeriodZoneOfRadiationRisk = Literal['extreme', 'increased', 'maximum', 'minimal', 'preferential']

ZONE_PERIOD_ZONE_OF_RADIATION_RISK_VALUES: set[ZonePeriodZoneOfRadiationRisk] = { 'extreme', 'increased', 'maximum', 'minimal', 'preferential',  }

def check_zone_period_zone_of_radiation_risk(value: str) -> ZonePeriodZoneOfRadiationRisk:
    if value in ZONE_PERIOD_ZONE_OF_RADIATION_RISK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ZONE_PERIOD_ZONE_OF_RADIATION_RISK_VALUES!r}")
