from typing import Literal

RecognitionPeriodZone = Literal['extreme', 'increased', 'maximum', 'minimal', 'preferential']

RECOGNITION_PERIOD_ZONE_VALUES: set[RecognitionPeriodZone] = { 'extreme', 'increased', 'maximum', 'minimal', 'preferential',  }

def check_recognition_period_zone(value: str) -> RecognitionPeriodZone:
    if value in RECOGNITION_PERIOD_ZONE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOGNITION_PERIOD_ZONE_VALUES!r}")
