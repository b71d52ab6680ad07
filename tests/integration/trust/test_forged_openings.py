"""A forwarded application proves its front office, or no case is opened.

An `intake.ApplicationForwarded` published straight to `intake.applications` claiming the
Talgar office of the State Corporation opens a case only with that office's signature: unsigned,
signed with a key nobody published, or with another office's key, it is dead-lettered by the
workflow and no case exists.
"""

import pytest

from contracts.identity import OrganisationKind, Role
from eventkit.signing import KeyRing, new_key
from tests.support.keys import TEST_KEYS

from .conftest import APPLICATIONS, SIGNED, Bus, forwarded, genuine, new_case, signed_by

pytestmark = pytest.mark.integration


async def stream_events(bus: Bus, case_id: str) -> list[str]:
    async with bus["workflow"].pool.acquire() as conn:
        rows = await conn.fetch("SELECT event_type FROM events WHERE stream_id = $1"
                                " ORDER BY stream_version", case_id)
    return [row["event_type"] for row in rows]


async def test_a_genuine_forward_opens_its_case(bus: Bus):
    case_id = new_case()
    [sent] = genuine(forwarded(case_id))
    await bus.publish(APPLICATIONS, sent)
    await bus.applied("workflow", sent.event_id)
    assert (await stream_events(bus, case_id))[0] == "workflow.CaseOpened"


@pytest.mark.parametrize("sign, reason", [
    (lambda e: e, "SignatureRefused: unsigned"),
    (lambda e: signed_by(KeyRing([new_key("gfc-talgar-2025", "gfc-talgar", SIGNED)]),
                         "gfc-talgar", e)[0],
     "UnknownKey: unknown key gfc-talgar-2025"),
    (lambda e: signed_by(TEST_KEYS.ring("gfc-karasai"), "gfc-karasai", e)[0],
     "SignatureRefused: key test.gfc-karasai is not a key of gfc-talgar"),
], ids=["unsigned", "made-up-key", "another-office's-key"])
async def test_a_forged_forward_claiming_talgar_opens_no_case(bus: Bus, sign, reason):
    case_id = new_case()
    forged = sign(forwarded(case_id))
    await bus.publish(APPLICATIONS, forged)
    assert reason in await bus.dead_letter("workflow", forged.event_id)
    assert await stream_events(bus, case_id) == []
    clerk = bus.headers("dd-talgar", OrganisationKind.DISTRICT_DEPARTMENT, Role.OFFICE_CLERK,
                        "talgar")
    answer = await bus["workflow"].http.get(f"/v1/cases/{case_id}", headers=clerk)
    assert answer.status_code == 404

