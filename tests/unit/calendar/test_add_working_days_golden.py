"""Hand-checked goldens around every transfer and carry-over of 2018-2026.

Each case is (day, n, expected) for add_working_days; the comment gives the reasoning, worked by
hand from the decrees and the weekday of each date, not from the code.
"""

from datetime import date, timedelta

import pytest

from contracts.calendar import add_working_days, is_working_day, working_days_between
from tests.unit.calendar.support import transfer_dates

D = date
GOLDEN: list[tuple[date, int, date]] = [
    # 2018: five transfers (Sat working, a weekday off) and the December carry-overs.
    (D(2018, 3, 2), 1, D(2018, 3, 3)),  # Sat 3 Mar worked for Fri 9 Mar
    (D(2018, 3, 7), 1, D(2018, 3, 12)),  # 8 Mar holiday, 9 Mar off, weekend
    (D(2018, 4, 27), 1, D(2018, 4, 28)),  # Sat 28 Apr worked
    (D(2018, 4, 28), 1, D(2018, 5, 2)),  # Sun, Mon 30 Apr off, 1 May holiday
    (D(2018, 5, 4), 1, D(2018, 5, 5)),  # Sat 5 May worked
    (D(2018, 5, 5), 1, D(2018, 5, 10)),  # Sun, 7 May holiday, 8 May off, 9 May holiday
    (D(2018, 8, 24), 1, D(2018, 8, 25)),  # Sat 25 Aug worked
    (D(2018, 8, 29), 1, D(2018, 9, 3)),  # 30 Aug holiday, 31 Aug off, weekend
    (D(2018, 11, 30), 1, D(2018, 12, 4)),  # 1 Dec Sat holiday -> Mon 3 Dec off
    (D(2018, 12, 14), 1, D(2018, 12, 19)),  # 16 Dec Sun, 17 Dec holiday -> Tue 18 Dec off
    (D(2018, 12, 28), 1, D(2018, 12, 29)),  # Sat 29 Dec worked
    (D(2018, 12, 29), 1, D(2019, 1, 3)),  # Sun, 31 Dec off, 1-2 Jan holidays
    # 2019
    (D(2019, 3, 20), 1, D(2019, 3, 26)),  # Nauryz 21-23 (Sat) -> Mon 25 Mar off
    (D(2019, 5, 3), 1, D(2019, 5, 4)),  # Sat 4 May worked (unconfirmed in the data)
    (D(2019, 5, 8), 1, D(2019, 5, 13)),  # 9 May holiday, 10 May off, weekend
    (D(2019, 7, 5), 1, D(2019, 7, 9)),  # 6 Jul Sat -> Mon 8 Jul off
    (D(2019, 11, 29), 1, D(2019, 12, 3)),  # 1 Dec Sun -> Mon 2 Dec off
    # 2020
    (D(2019, 12, 31), 1, D(2020, 1, 5)),  # 1-2 Jan holidays, 3 Jan off, Sun 5 Jan worked
    (D(2020, 1, 5), 2, D(2020, 1, 8)),  # Mon 6 Jan, 7 Jan Christmas, Wed 8 Jan
    (D(2020, 3, 6), 1, D(2020, 3, 10)),  # 8 Mar Sun -> Mon 9 Mar off
    (D(2020, 3, 20), 1, D(2020, 3, 26)),  # Nauryz 21 Sat, 22 Sun, 23 Mon -> 24, 25 off
    (D(2020, 5, 6), 1, D(2020, 5, 11)),  # 7 May holiday, 8 May off; Mon 11 May worked
    (D(2020, 8, 28), 1, D(2020, 9, 1)),  # 30 Aug Sun -> Mon 31 Aug off
    (D(2020, 12, 15), 1, D(2020, 12, 20)),  # 16-17 Dec holidays, 18 Dec off, Sun 20 Dec worked
    # 2021
    (D(2020, 12, 31), 1, D(2021, 1, 5)),  # 1 Jan, 2 Jan Sat -> Mon 4 Jan off
    (D(2021, 3, 19), 1, D(2021, 3, 25)),  # Nauryz 21 Sun -> Wed 24 Mar off
    (D(2021, 4, 30), 1, D(2021, 5, 4)),  # 1 May Sat -> Mon 3 May off
    (D(2021, 5, 6), 1, D(2021, 5, 11)),  # 7 May holiday, 9 May Sun -> Mon 10 May off
    (D(2021, 7, 2), 1, D(2021, 7, 3)),  # Sat 3 Jul worked
    (D(2021, 7, 3), 1, D(2021, 7, 7)),  # Sun, Mon 5 Jul off, 6 Jul holiday
    (D(2021, 12, 15), 1, D(2021, 12, 20)),  # 16-17 Dec still both holidays in 2021
    # 2022
    (D(2021, 12, 31), 1, D(2022, 1, 5)),  # 1 Jan Sat, 2 Jan Sun -> 3, 4 Jan off
    (D(2022, 3, 4), 1, D(2022, 3, 5)),  # Sat 5 Mar worked
    (D(2022, 3, 5), 1, D(2022, 3, 9)),  # Sun, Mon 7 Mar off, 8 Mar holiday
    (D(2022, 4, 29), 1, D(2022, 5, 3)),  # 1 May Sun -> Mon 2 May off
    (D(2022, 5, 6), 1, D(2022, 5, 11)),  # 7 May Sat -> Tue 10 May (9 May holiday)
    (D(2022, 8, 26), 1, D(2022, 8, 27)),  # Sat 27 Aug worked
    (D(2022, 8, 27), 1, D(2022, 8, 31)),  # Sun, Mon 29 Aug off, 30 Aug holiday
    (D(2022, 10, 21), 1, D(2022, 10, 22)),  # Sat 22 Oct worked
    (D(2022, 10, 22), 1, D(2022, 10, 26)),  # Sun, Mon 24 Oct off, 25 Oct Republic Day
    (D(2022, 12, 15), 1, D(2022, 12, 19)),  # 16 Dec holiday; 17 Dec no longer one: Mon 19 worked
    # 2023
    (D(2022, 12, 30), 1, D(2023, 1, 4)),  # 1 Jan Sun, 2 Jan holiday -> Tue 3 Jan off
    (D(2023, 5, 5), 1, D(2023, 5, 10)),  # 7 May Sun -> Mon 8 May off, 9 May holiday
    (D(2023, 6, 30), 1, D(2023, 7, 1)),  # Sat 1 Jul worked
    (D(2023, 7, 5), 1, D(2023, 7, 10)),  # 6 Jul holiday, 7 Jul off, weekend
    (D(2023, 12, 15), 1, D(2023, 12, 19)),  # 16 Dec Sat -> Mon 18 Dec off
    # 2024
    (D(2024, 3, 20), 1, D(2024, 3, 26)),  # Nauryz 21-23 (Sat) -> Mon 25 Mar off
    (D(2024, 5, 3), 1, D(2024, 5, 4)),  # Sat 4 May worked
    (D(2024, 5, 6), 1, D(2024, 5, 10)),  # 7 May holiday, 8 May off, 9 May holiday
    (D(2024, 6, 14), 1, D(2024, 6, 17)),  # Kurban Ait moved to Sun 16 Jun: Mon 17 Jun worked
    (D(2024, 7, 5), 1, D(2024, 7, 9)),  # 6 Jul Sat -> Mon 8 Jul off
    # 2025
    (D(2024, 12, 31), 1, D(2025, 1, 5)),  # 1-2 Jan holidays, 3 Jan off, Sun 5 Jan worked
    (D(2025, 1, 5), 2, D(2025, 1, 8)),  # Mon 6 Jan, 7 Jan Christmas, Wed 8 Jan
    (D(2025, 3, 7), 1, D(2025, 3, 11)),  # 8 Mar Sat -> Mon 10 Mar off
    (D(2025, 3, 20), 1, D(2025, 3, 26)),  # Nauryz 21 Fri, 22 Sat, 23 Sun -> 24, 25 off
    (D(2025, 7, 4), 1, D(2025, 7, 8)),  # 6 Jul Sun -> Mon 7 Jul off
    (D(2025, 8, 29), 1, D(2025, 9, 2)),  # 30 Aug Sat -> Mon 1 Sep off
    (D(2025, 10, 24), 1, D(2025, 10, 28)),  # 25 Oct Sat -> Mon 27 Oct off
    # 2026
    (D(2026, 3, 6), 1, D(2026, 3, 10)),  # 8 Mar Sun -> Mon 9 Mar off
    (D(2026, 3, 20), 1, D(2026, 3, 26)),  # Nauryz 21 Sat, 22 Sun, 23 Mon -> 24, 25 off
    (D(2026, 5, 8), 1, D(2026, 5, 12)),  # 9 May Sat -> Mon 11 May off
    (D(2026, 5, 26), 1, D(2026, 5, 28)),  # Kurban Ait Wed 27 May, not carried
    (D(2026, 8, 28), 1, D(2026, 8, 31)),  # 30 Aug no longer a holiday: Mon 31 Aug worked
    (D(2026, 10, 23), 1, D(2026, 10, 27)),  # 25 Oct Sun -> Mon 26 Oct off
]


@pytest.mark.parametrize(("start", "n", "expected"), GOLDEN, ids=lambda v: str(v))
def test_add_working_days_golden(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


@pytest.mark.parametrize(("start", "n", "expected"), GOLDEN, ids=lambda v: str(v))
def test_working_days_between_golden(start: date, n: int, expected: date) -> None:
    assert working_days_between(start, expected) == n


def test_goldens_exercise_every_transfer_and_carry_over() -> None:
    spans = [(start, end) for start, _, end in GOLDEN]
    untouched = [d for d in transfer_dates() if not any(s < d <= e for s, e in spans)]
    assert untouched == []


def test_nauryz_2024_runs_from_thursday_to_monday() -> None:
    # 21-23 Mar holidays (23rd a Saturday), Sun 24, Mon 25 the carry-over; Tue 26 works.
    off = [D(2024, 3, 21) + timedelta(days=i) for i in range(5)]
    assert not any(is_working_day(d) for d in off)
    assert is_working_day(D(2024, 3, 26))


@pytest.mark.parametrize("d", [D(2020, 5, 11), D(2022, 12, 19), D(2026, 8, 31)], ids=str)
def test_days_that_look_off_but_are_working(d: date) -> None:
    assert is_working_day(d)


def test_zero_days_is_identity_even_on_a_holiday() -> None:
    assert add_working_days(D(2024, 3, 22), 0) == D(2024, 3, 22)


def test_negative_n_is_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(D(2024, 3, 20), -1)


def test_between_is_antisymmetric() -> None:
    assert working_days_between(D(2024, 3, 26), D(2024, 3, 20)) == -1
    assert working_days_between(D(2024, 3, 20), D(2024, 3, 20)) == 0
