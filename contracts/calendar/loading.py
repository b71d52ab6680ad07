"""Reads the packaged calendar once, on first use (never at import)."""

from functools import cache
from importlib.resources import files

import yaml

from contracts.calendar.model import CalendarFile

DATA_PACKAGE = "contracts.calendar.data"
DATA_FILE = "kz_calendar.yaml"


@cache
def calendar_file() -> CalendarFile:
    text = files(DATA_PACKAGE).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return CalendarFile.model_validate(yaml.safe_load(text))
