"""docs/integrating.md walks as written: its Python, run with the generated client against the
intake service (in process, on a database of its own), submits, reads the receipt's due time and
forwards to the default provider."""

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from contracts.identity import OrganisationKind, Role
from eventkit.clock import FrozenClock
from eventkit.identity import Principal, TokenIssuer
from eventkit.settings import ServiceSettings
from tests.support.keys import TEST_KEYS

pytestmark = pytest.mark.integration

DOC = Path(__file__).resolve().parents[3] / "docs" / "integrating.md"
CLIENTS = Path(__file__).resolve().parents[3] / "clients" / "python"
NOW = datetime(2026, 3, 2, 10, 5, tzinfo=ZoneInfo("Asia/Almaty"))


@pytest.fixture
def intake_app(fresh_database: str, keypair: tuple[str, str]) -> Iterator[TestClient]:
    from services.intake.app import IntakeSettings, create_app

    settings = ServiceSettings(DATABASE_URL=fresh_database, KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:9",
                               JWT_PUBLIC_KEY=keypair[1], LOG_LEVEL="CRITICAL",
                               RUN_BACKGROUND=False)
    app = create_app(settings, IntakeSettings(INTAKE_SUBSCRIBE=False), clock=FrozenClock(NOW))
    with TestClient(app) as client:
        yield client


def test_the_integrating_guide_runs_as_written(intake_app: TestClient, keypair: tuple[str, str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    [code] = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    monkeypatch.syspath_prepend(str(CLIENTS))
    import qorgau_intake

    class InProcess(qorgau_intake.AuthenticatedClient):
        """The guide's client, its requests sent to the app in process."""

        def get_httpx_client(self) -> Any:
            intake_app.headers["Authorization"] = f"Bearer {self.token}"
            return intake_app

    monkeypatch.setattr(qorgau_intake, "AuthenticatedClient", InProcess)
    TEST_KEYS.ensure("gfc-talgar")
    token = TokenIssuer(keypair[0], "qorgau", "qorgau").issue(Principal(
        organisation_id="gfc-talgar", kind=OrganisationKind.STATE_CORPORATION,
        role=Role.OPERATOR, district="talgar", person_id="gfc-talgar-operator"),
        timedelta(hours=1))
    walked: dict[str, Any] = {"TOKEN": token}
    exec(compile(code, str(DOC), "exec"), walked)  # the guide's own code, as a reader runs it

    offices = walked["offices"]
    assert any(o.organisation_id == "gfc-talgar" for o in offices)
    application = walked["application"]
    shown = application.to_dict()
    assert shown["status"] == "forwarded", shown
    assert shown["provider"]["organisation_id"] == "dd-talgar"
    assert shown["receipt"]["result_due"] is not None
