"""`qorgau calendar`: load a year's official working-time calendar, see which years are final.

    qorgau calendar load kz_calendar_2027.yaml     # into $QORGAU_CALENDAR_DIR (or --into DIR)
    qorgau calendar status

The file is dated (`published`) and names the act that fixes the year; it replaces the
provisional year for every service that reads the same folder once restarted.
"""

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from contracts.calendar import CalendarWarning, is_working_day, year_status
from contracts.calendar.loading import (
    CALENDAR_DIR_SETTING,
    CalendarLoadError,
    calendar_file,
    load_official_year,
    reload,
)

app = typer.Typer(help="The working-time calendar: official years, loaded by an operator.",
                  no_args_is_help=True)
console = Console()


@app.command("load")
def load(
    file: Annotated[Path, typer.Argument(help="the dated data file of one official year")],
    into: Annotated[Path | None, typer.Option(
        help=f"the deployment's calendar folder (default: ${CALENDAR_DIR_SETTING})")] = None,
) -> None:
    """Check an official year's data file and load it into the deployment's calendar folder."""
    folder = into or Path(os.environ.get(CALENDAR_DIR_SETTING, "").strip() or ".")
    if into is None and not os.environ.get(CALENDAR_DIR_SETTING, "").strip():
        raise typer.BadParameter(f"say where: --into DIR, or set {CALENDAR_DIR_SETTING}")
    year = _year_of(file)
    with reading(folder):
        before = year_status(year) if year is not None else "unknown"
    try:
        official, target = load_official_year(file, folder)
    except CalendarLoadError as error:
        console.print(f"refused: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from error
    with reading(folder):
        after, days = year_status(official.year), working_days(official.year)
    console.print(f"{official.year}: {before} -> {after}, the official calendar published "
                  f"{official.published} ({official.act}); {days} working days",
                  markup=False, soft_wrap=True)
    console.print(f"written to {target}; restart the services that read "
                  f"{CALENDAR_DIR_SETTING}={folder} to use it", markup=False, soft_wrap=True)


@app.command("status")
def status() -> None:
    """Each year of the calendar and whether it is final, provisional or only computed."""
    years = calendar_file().years
    for year in sorted(years):
        console.print(f"{year}  {year_status(year):<11}  {working_days(year)} working days  "
                      f"{years[year].status}", markup=False, soft_wrap=True)


@contextmanager
def reading(folder: Path) -> Iterator[None]:
    """The calendar as the services reading `folder` will see it."""
    previous = os.environ.get(CALENDAR_DIR_SETTING)
    os.environ[CALENDAR_DIR_SETTING] = str(folder)
    reload()
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(CALENDAR_DIR_SETTING, None)
        else:
            os.environ[CALENDAR_DIR_SETTING] = previous
        reload()


def working_days(year: int) -> int:
    day, count = date(year, 1, 1), 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CalendarWarning)  # the status column already says so
        while day.year == year:
            count += is_working_day(day)
            day += timedelta(days=1)
    return count


def _year_of(file: Path) -> int | None:
    import yaml

    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    year = data.get("year") if isinstance(data, dict) else None
    return year if isinstance(year, int) else None
