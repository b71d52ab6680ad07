"""Where a case stands against its due time, in working days of the Kazakhstan calendar.

The queue groups cases as a case worker reads them: overdue, due today, due within two working
days, later. Days are the oblast's local dates; working days are counted by
`contracts.calendar` (holidays and transferred days off included), the day itself not counted.
"""

import warnings
from datetime import datetime
from typing import Literal

from contracts.calendar import CalendarWarning, working_days_between

from .i18n import LOCAL, N_

Group = Literal["overdue", "today", "soon", "later", "none"]
GROUPS: tuple[Group, ...] = ("overdue", "today", "soon", "later", "none")
GROUP_TITLES = {
    "overdue": N_("Overdue"),
    "today": N_("Due today"),
    "soon": N_("Due within 2 working days"),
    "later": N_("Later"),
    "none": N_("No due time"),
}
SOON_WORKING_DAYS = 2


def working_days_left(due: datetime, now: datetime) -> int:
    """Working days from today to the due day (0: due today); negative once it has passed."""
    today, day = now.astimezone(LOCAL).date(), due.astimezone(LOCAL).date()
    with warnings.catch_warnings():
        # years past the calendar's data are computed from the law: close enough for a queue
        warnings.simplefilter("ignore", CalendarWarning)
        if day >= today:
            return working_days_between(today, day)
        return -working_days_between(day, today)


def group_of(due: datetime | None, overdue: bool, now: datetime) -> Group:
    if due is None:
        return "overdue" if overdue else "none"
    if overdue or due <= now:
        return "overdue"
    if due.astimezone(LOCAL).date() == now.astimezone(LOCAL).date():
        return "today"
    if working_days_left(due, now) <= SOON_WORKING_DAYS:
        return "soon"
    return "later"
