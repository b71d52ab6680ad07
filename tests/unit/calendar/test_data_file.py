"""The packaged data file: where it is, that it loads lazily, and that bad entries are refused."""

import subprocess
import sys
from datetime import date

import pytest
from pydantic import ValidationError

from contracts.calendar.loading import calendar_file
from contracts.calendar.model import CalendarFile


def _year(**overrides: object) -> dict:
    year = {
        "status": "final", "confidence": "high",
        "holidays": [{"date": date(2024, 1, 1), "wd": "Mon", "name": "New Year",
                      "name_ru": "Новый год", "kind": "public", "carried_if_weekend": True}],
        "days_off_extra": [], "working_weekends": [],
    }
    return year | overrides


def _file(year: dict, key: int = 2024) -> dict:
    return {"meta": {}, "rules": [], "sources": {}, "years": {key: year}}


def test_packaged_file_covers_2018_to_2027() -> None:
    assert sorted(calendar_file().years) == list(range(2018, 2028))


def test_a_minimal_file_is_accepted() -> None:
    CalendarFile.model_validate(_file(_year()))


@pytest.mark.parametrize(
    ("year", "key"),
    [
        (_year(holidays=[{"date": date(2024, 1, 1), "wd": "Tue", "name": "x", "name_ru": "x",
                          "kind": "public", "carried_if_weekend": True}]), 2024),
        (_year(working_weekends=[{"date": date(2024, 5, 6), "wd": "Mon", "reason": "x"}]), 2024),
        (_year(days_off_extra=[{"date": date(2024, 5, 4), "wd": "Sat", "kind": "transfer",
                                "reason": "x"}]), 2024),
        (_year(days_off_extra=[{"date": date(2024, 1, 1), "wd": "Mon", "kind": "transfer",
                                "reason": "x"}]), 2024),
        (_year(), 2025),
        (_year(working_weekends=[{"date": date(2024, 5, 4), "wd": "Sat", "reason": "x",
                                  "sources": ["nowhere"]}]), 2024),
        (_year(surprise=True), 2024),
    ],
    ids=["weekday mismatch", "working weekend on Monday", "extra day off on Saturday",
         "holiday also extra day off", "filed under wrong year", "unknown source", "unknown field"],
)
def test_bad_data_is_refused(year: dict, key: int) -> None:
    with pytest.raises(ValidationError):
        CalendarFile.model_validate(_file(year, key))


def test_importing_the_package_reads_nothing() -> None:
    code = (
        "import contracts.calendar, contracts.calendar.loading as l; "
        "print(l.calendar_file.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
