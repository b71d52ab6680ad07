"""The intake app on a fresh database with a fixed clock, and callers with real tokens."""

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from eventkit.clock import FrozenClock
from services.intake.app import IntakeSettings, create_app
from tests.support.polling import eventually

__all__ = ["eventually"]

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Almaty"))  # a Tuesday morning
APPLICANT = {"iin": "850101300025", "last_name": "Abenov", "first_name": "Arman",
             "phone": "+77010000000"}
REPRESENTATIVE = {"iin": "900202400032", "last_name": "Abenova", "first_name": "Aliya",
                  "authority": "power of attorney No. 7"}
PERIODS = [{"zone": "extreme", "from_year": 1949, "to_year": 1962, "place": "Semey",
            "kind": "residence"}]
FULL = [{"kind": "application", "originals": 1},
        {"kind": "identity_document", "originals": 1, "copies": 1, "pages": 2}]


def reg1(**changes: Any) -> dict[str, Any]:
    body = {"regulation_id": 1, "sub_service": "first_registration", "applicant": APPLICANT,
            "documents": FULL, "facts": {"periods": PERIODS}}
    body.update(changes)
    return body


@pytest.fixture
def as_(issue_token) -> Callable[..., dict[str, str]]:
    """`as_(org, kind, role, district=None, rural_district=None)` -> Authorization header."""

    def headers(org: str, kind: str, role: str, district: str | None = None,
                rural_district: str | None = None, **extra: str) -> dict[str, str]:
        token = issue_token(org, kind, role, district, rural_district)
        return {"Authorization": f"Bearer {token}", **extra}

    return headers


@pytest.fixture
def sc_talgar(as_):
    return as_("sc-talgar", "state_corporation", "operator", "talgar")


def api_only(settings, **intake: Any):
    """The app without its consumer, on a clock standing at NOW: joining the consumer group costs
    seconds per test, and these tests feed the result handler directly (one test goes through
    the broker)."""
    return create_app(settings, IntakeSettings(INTAKE_SUBSCRIBE=False, **intake),
                      clock=FrozenClock(NOW))


@pytest.fixture
async def intake(start_service):
    return await start_service(api_only)
