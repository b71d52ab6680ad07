"""Reads the packaged calendar once, on first use (never at import), with the official years
an operator loaded on top.

The packaged `data/kz_calendar.yaml` holds 2018-2027, 2027 provisional. When the government fixes
a year, an operator loads it from a dated data file (`qorgau calendar load FILE`, or
`load_official_year`) into the deployment's calendar folder, `QORGAU_CALENDAR_DIR`; every
`kz_calendar_<year>.yaml` there replaces that year of the packaged file. A process reads the
folder on first use: restart the services after loading a year (`reload()` in a process that
keeps running, such as a test).
"""

import os
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path

import yaml

from contracts.calendar.model import CalendarFile, OfficialYear

DATA_PACKAGE = "contracts.calendar.data"
DATA_FILE = "kz_calendar.yaml"
CALENDAR_DIR_SETTING = "QORGAU_CALENDAR_DIR"


class CalendarLoadError(ValueError):
    """An official year file is malformed, of another year, or older than the one loaded."""


@cache
def calendar_file() -> CalendarFile:
    text = files(DATA_PACKAGE).joinpath(DATA_FILE).read_text(encoding="utf-8")
    packaged = CalendarFile.model_validate(yaml.safe_load(text))
    folder = os.environ.get(CALENDAR_DIR_SETTING, "").strip()
    return with_official_years(packaged, official_years(Path(folder))) if folder else packaged


def reload() -> None:
    """Forget what was read, so the next lookup reads the data (and the folder) again."""
    from contracts.calendar import days

    calendar_file.cache_clear()
    days.forget()


def official_years(folder: Path) -> list[OfficialYear]:
    if not folder.is_dir():
        return []
    return [read_official_year(path) for path in sorted(folder.glob("kz_calendar_*.yaml"))]


def with_official_years(packaged: CalendarFile, years: list[OfficialYear]) -> CalendarFile:
    sources = dict(packaged.sources)
    merged = dict(packaged.years)
    for official in years:
        sources.update(official.sources)
        merged[official.year] = official.calendar
    return CalendarFile.model_validate({**packaged.model_dump(), "sources": sources,
                                        "years": merged})


def read_official_year(path: Path) -> OfficialYear:
    try:
        return OfficialYear.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValueError) as error:
        raise CalendarLoadError(f"{path}: {error}") from error


def load_official_year(path: Path, folder: Path) -> tuple[OfficialYear, Path]:
    """Check the dated year file at `path` against the packaged calendar and copy it into the
    deployment's calendar `folder`; refuse a file dated earlier than the year already loaded."""
    official = read_official_year(path)
    text = files(DATA_PACKAGE).joinpath(DATA_FILE).read_text(encoding="utf-8")
    packaged = CalendarFile.model_validate(yaml.safe_load(text))
    try:
        with_official_years(packaged, [official])  # sources cited must be defined somewhere
    except ValueError as error:
        raise CalendarLoadError(f"{path}: {error}") from error
    target = folder / f"kz_calendar_{official.year}.yaml"
    if target.exists():
        loaded = read_official_year(target)
        if loaded.published > official.published:
            raise CalendarLoadError(f"{path}: dated {official.published}, older than the "
                                    f"{official.year} calendar already loaded "
                                    f"({loaded.published})")
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return official, target


def loaded_on(year: int) -> date | None:
    """When the official `year` loaded into the deployment's folder was published, if any."""
    folder = os.environ.get(CALENDAR_DIR_SETTING, "").strip()
    target = Path(folder) / f"kz_calendar_{year}.yaml" if folder else None
    return read_official_year(target).published if target and target.exists() else None
