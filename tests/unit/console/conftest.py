"""A console app on its own (no services behind it): sign-in, sessions, forms, public pages."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventkit.clock import FrozenClock
from eventkit.identity import Principal, TokenIssuer
from qorgau.tokens import write_keypair
from services.console.app import create_app
from services.console.settings import ConsoleSettings


def now() -> datetime:
    """Tokens are checked on the real clock (as the services check them), the session's idle
    time on the console's own, frozen when the test starts and moved by hand."""
    return datetime.now(UTC).replace(microsecond=0)

OPERATOR = Principal(organisation_id="gfc-talgar", kind="state_corporation", district="talgar",
                     role="operator", person_id="gfc-talgar-operator")
CLERK = Principal(organisation_id="dd-talgar", kind="district_department", district="talgar",
                  role="office_clerk", person_id="dd-talgar-clerk")


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    write_keypair(tmp_path / "keys")
    return tmp_path / "keys"


@pytest.fixture
def tokens_file(tmp_path: Path, keys: Path) -> Path:
    signer = TokenIssuer((keys / "private.pem").read_text(), "qorgau", "qorgau")
    tokens = {f"{p.organisation_id}/{p.person_id}": signer.issue(p, timedelta(days=30), now=now())
              for p in (OPERATOR, CLERK)}
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps(tokens))
    return path


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(now())


@pytest.fixture
def dev_settings(keys: Path, tokens_file: Path) -> ConsoleSettings:
    return ConsoleSettings(_env_file=None, QORGAU_ENV="development",
                           JWT_PUBLIC_KEY_FILE=str(keys / "public.pem"),
                           CONSOLE_DEV_TOKENS_FILE=str(tokens_file),
                           CONSOLE_SESSION_SECRET="a-session-secret-for-the-unit-tests-only",
                           CONSOLE_IDLE_MINUTES=15)


@pytest.fixture
def client(dev_settings: ConsoleSettings, clock: FrozenClock):
    with TestClient(create_app(dev_settings, clock=clock), follow_redirects=False) as c:
        yield c


def csrf_of(page: str) -> str:
    start = page.index('name="csrf_token" value="') + len('name="csrf_token" value="')
    return page[start:page.index('"', start)]


def sign_in(client: TestClient, who: str = "gfc-talgar/gfc-talgar-operator") -> None:
    page = client.get("/sign-in").text
    answer = client.post("/sign-in/demo", data={"csrf_token": csrf_of(page), "person": who})
    assert answer.status_code == 303, answer.text
