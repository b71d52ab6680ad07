"""Read models are disposable: `rebuild` replays the log into the same register and documents."""

import pytest

from eventkit.projections import rebuild
from services.registry.projections import PROJECTIONS

from .factories import OBLAST, decision, department, iin, inbox, project, record

pytestmark = pytest.mark.integration

TABLES = {
    "register_entries": "holder_id",
    "register_conflicts": "event_id",
    "documents": "document_id",
}


async def snapshot(pool) -> dict[str, list[dict]]:
    async with pool.acquire() as conn:
        return {
            table: [dict(r) for r in await conn.fetch(f"SELECT * FROM {table} ORDER BY {key}")]
            for table, key in TABLES.items()
        }


async def test_rebuild_gives_the_same_register(registry_pool):
    box, offset = inbox(registry_pool), 0
    people = [iin(300 + n) for n in range(5)]
    envelopes = [decision(p, department("talgar")) for p in people]
    envelopes.append(decision(people[0], department("ili")))  # a conflict
    envelopes.append(decision(people[1], department("talgar"), sub_service="duplicate",
                              payload={"duplicate": {"reason": "damaged", "replaces": None}}))
    envelopes.append(decision(iin(399), OBLAST, 15, {"document": {
        "kind": "oralman_certificate", "action": "grant", "valid_until": "2026-12-31"}}))
    for offset, envelope in enumerate(envelopes):
        await box.process(record(envelope, offset=offset))
    await project(registry_pool)
    before = await snapshot(registry_pool)
    assert len(before["register_entries"]) == 5 and len(before["register_conflicts"]) == 1

    await rebuild(registry_pool, PROJECTIONS)
    assert await snapshot(registry_pool) == before
