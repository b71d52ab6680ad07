"""A provisional year (2027 today) made official by one operator command from a dated data file."""

import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from contracts.calendar import CalendarProvisionalWarning, is_working_day, year_status
from contracts.calendar.loading import (
    CALENDAR_DIR_SETTING,
    CalendarLoadError,
    calendar_file,
    load_official_year,
    reload,
)
from qorgau.cli import app


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The deployment's calendar folder, read by this process from now on."""
    target = tmp_path / "calendar"
    monkeypatch.setenv(CALENDAR_DIR_SETTING, str(target))
    reload()
    yield target
    monkeypatch.delenv(CALENDAR_DIR_SETTING)
    reload()


def official_2027(published: str = "2026-12-15", **changes: Any) -> dict[str, Any]:
    """2027 as an official calendar might fix it: the provisional year confirmed, Kurban Ait on
    Monday 17 May instead of the estimated Sunday 16 May, and Fri 8 Jan off for Sat 16 Jan.
    (A test's data: the real file comes from the government's calendar.)"""
    provisional = calendar_file().years[2027].model_dump(mode="json")
    holidays = [h for h in provisional["holidays"] if h["date"] != "2027-05-16"]
    holidays.append({"date": "2027-05-17", "wd": "Mon", "name": "Kurban Ait (first day)",
                     "name_ru": "Первый день Курбан айта", "kind": "religious",
                     "carried_if_weekend": False, "sources": ["y27_order"]})
    extra = [{**e, "unconfirmed": False, "sources": ["y27_order"]}
             for e in provisional["days_off_extra"]]
    extra.append({"date": "2027-01-08", "wd": "Fri", "kind": "transfer",
                  "reason": "moved from Sat 16 Jan", "sources": ["y27_order"]})
    calendar = {**provisional, "status": "final", "confidence": "high", "holidays": holidays,
                "days_off_extra": extra,
                "working_weekends": [{"date": "2027-01-16", "wd": "Sat",
                                      "reason": "day off moved to Fri 8 Jan",
                                      "sources": ["y27_order"]}],
                "transfer_acts": ["order of the Minister of Labour (test data)"]}
    return {"year": 2027, "published": published, "act": "order of the Minister of Labour "
            "and Social Protection of Population on the transfer of days off in 2027",
            "sources": {"y27_order": {"title": "the 2027 transfer order (test data)",
                                      "url": "https://example.invalid/2027"}},
            "calendar": calendar, **changes}


def write(tmp_path: Path, data: dict[str, Any], name: str = "kz_calendar_2027.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_2027_is_provisional_until_an_official_year_is_loaded(tmp_path, folder):
    assert year_status(2027) == "provisional"
    with pytest.warns(CalendarProvisionalWarning):
        assert not is_working_day(date(2027, 5, 10))
    load_official_year(write(tmp_path, official_2027()), folder)
    reload()
    assert year_status(2027) == "data"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert is_working_day(date(2027, 1, 16))  # the working Saturday
        assert not is_working_day(date(2027, 1, 8))  # the transferred day off
        assert not is_working_day(date(2027, 5, 17))  # Kurban Ait as fixed
    assert calendar_file().sources["y27_order"].url == "https://example.invalid/2027"


def test_one_operator_command_loads_the_year(tmp_path, folder):
    answer = CliRunner().invoke(app, ["calendar", "load", str(write(tmp_path, official_2027())),
                                      "--into", str(folder)])
    assert answer.exit_code == 0, answer.output
    assert "2027: provisional -> data" in answer.output
    assert "published 2026-12-15" in answer.output
    assert (folder / "kz_calendar_2027.yaml").is_file()
    status = CliRunner().invoke(app, ["calendar", "status"])
    assert "2027  data" in status.output


def test_a_file_dated_earlier_than_the_loaded_year_is_refused(tmp_path, folder):
    load_official_year(write(tmp_path, official_2027("2026-12-20")), folder)
    with pytest.raises(CalendarLoadError, match="older than"):
        load_official_year(write(tmp_path, official_2027("2026-12-15"), "older.yaml"), folder)
    answer = CliRunner().invoke(app, ["calendar", "load",
                                      str(write(tmp_path, official_2027("2026-12-01"), "x.yaml")),
                                      "--into", str(folder)])
    assert answer.exit_code == 1 and "refused" in answer.output


@pytest.mark.parametrize(("change", "reason"), [
    ({"calendar": {**official_2027()["calendar"], "status": "provisional (draft)"}},
     "itself provisional"),
    ({"year": 2028}, "another year"),
    ({"sources": {}}, "unknown sources"),
])
def test_a_file_that_is_not_an_official_year_is_refused(tmp_path, folder, change, reason):
    with pytest.raises(CalendarLoadError, match=reason):
        load_official_year(write(tmp_path, {**official_2027(), **change}), folder)
    assert not (folder / "kz_calendar_2027.yaml").exists()
