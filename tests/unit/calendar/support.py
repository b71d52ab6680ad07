"""Shared test data: the years of the data file."""

from datetime import date

from contracts.calendar.loading import calendar_file

DATA_YEARS = range(2018, 2028)
FINAL_YEARS = range(2018, 2027)


def transfer_dates() -> list[date]:
    """Every extra day off and working weekend in the final years of the data file."""
    years = calendar_file().years
    return sorted(
        e.date for y in FINAL_YEARS for e in (*years[y].days_off_extra, *years[y].working_weekends)
    )
