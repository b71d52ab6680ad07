"""A command reads its stream once: the write path loads, builds, decides, appends and answers
from what it read (no second read for the answer, none before it for the checks).

What is counted is the write path's own load (`eventkit.commands.load`): the read models a
route brings up to the log's head before it answers (`eventkit.consistency`) read the log too,
but that is the projections' reading, not the command's.
"""

import pytest

from eventkit import commands

from .conftest import reg1
from .results import PROVIDER, certificate_issued_envelope, result_issued_envelope, run_handler

pytestmark = pytest.mark.integration


@pytest.fixture
def loads(monkeypatch):
    """The stream ids the write path (`eventkit.commands.load`) is asked for, in order."""
    asked: list[str] = []
    real = commands.load

    async def counting(conn, decider, stream_id):
        asked.append(stream_id)
        return await real(conn, decider, stream_id)

    monkeypatch.setattr(commands, "load", counting)
    return asked


async def test_forward_and_hand_over_each_read_the_application_once(intake, sc_talgar, loads):
    created = (await intake.client.post("/v1/applications", json=reg1(), headers=sc_talgar)).json()
    app_id = created["application_id"]

    loads.clear()
    forwarded = await intake.client.post(f"/v1/applications/{app_id}/forward",
                                         json={"provider": PROVIDER.model_dump(mode="json")},
                                         headers={**sc_talgar, "If-Match": 'W/"1"'})
    assert forwarded.status_code == 200, forwarded.text
    assert loads == [app_id]

    await run_handler(intake, result_issued_envelope(app_id))
    await run_handler(intake, certificate_issued_envelope(app_id))
    loads.clear()
    handed = await intake.client.post(f"/v1/applications/{app_id}/hand-over",
                                      headers={**sc_talgar, "If-Match": 'W/"4"'})
    assert handed.status_code == 200, handed.text
    assert handed.json()["status"] == "handed_over"
    assert loads == [app_id]
