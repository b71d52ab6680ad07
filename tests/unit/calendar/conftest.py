import warnings
from collections.abc import Iterator

import pytest

from contracts.calendar import CalendarWarning


@pytest.fixture(autouse=True)
def _calendar_warnings_are_errors() -> Iterator[None]:
    # Final years must answer silently; tests about provisional or computed years use pytest.warns.
    with warnings.catch_warnings():
        warnings.simplefilter("error", CalendarWarning)
        yield
