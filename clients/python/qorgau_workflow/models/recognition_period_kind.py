from typing import Literal

RecognitionPeriodKind = Literal['residence', 'service', 'work']

RECOGNITION_PERIOD_KIND_VALUES: set[RecognitionPeriodKind] = { 'residence', 'service', 'work',  }

def check_recognition_period_kind(value: str) -> RecognitionPeriodKind:
    if value in RECOGNITION_PERIOD_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOGNITION_PERIOD_KIND_VALUES!r}")
