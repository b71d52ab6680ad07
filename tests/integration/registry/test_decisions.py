"""Signed decisions through the real inbox: one entry and one certificate per person, ever."""

import asyncio
import json
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from contracts.calendar import OFFICE_HOURS, due
from contracts.catalogue import Produces
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.people import OrganisationRef
from eventkit.store import Metadata
from services.registry.commanding import issue_document
from services.registry.domain import regulation_in

from .factories import (
    OBLAST,
    SIGNED,
    VERSION,
    count,
    decision,
    department,
    iin,
    inbox,
    project,
    record,
)

pytestmark = pytest.mark.integration


async def test_decision_registers_the_person_and_orders_one_certificate(registry_pool):
    person = iin(1)
    await inbox(registry_pool).process(record(decision(person)))
    await project(registry_pool)
    assert await count(registry_pool, "SELECT count(*) FROM register_entries WHERE iin=$1",
                       person) == 1
    assert await count(registry_pool, "SELECT count(*) FROM documents WHERE holder_key=$1"
                       " AND kind='semey_certificate' AND status='requested'", person) == 1


async def test_redelivered_decision_registers_nobody_twice(registry_pool):
    box, envelope = inbox(registry_pool), decision(iin(2))
    await box.process(record(envelope))
    await box.process(record(envelope, offset=1))
    await project(registry_pool)
    assert box.duplicates == 1
    assert await count(registry_pool, "SELECT count(*) FROM events") == 2


async def test_simultaneous_decisions_for_one_person_give_one_entry_and_one_certificate(
    registry_pool,
):
    person = iin(3)
    districts = ["talgar", "karasai", "ili", "enbekshikazakh", "zhambyl", "talgar"]
    envelopes = [decision(person, department(d)) for d in districts]
    # each on its own partition, as separate consumers would receive them
    await asyncio.gather(*(
        inbox(registry_pool).process(record(e, partition=i)) for i, e in enumerate(envelopes)
    ))
    await project(registry_pool)
    assert await count(registry_pool, "SELECT count(*) FROM register_entries") == 1
    assert await count(registry_pool, "SELECT count(*) FROM documents") == 1
    assert await count(registry_pool, "SELECT count(*) FROM register_conflicts") == 5
    assert await count(registry_pool, "SELECT count(*) FROM dead_letters") == 0
    assert await count(registry_pool, "SELECT count(*) FROM holders") == 1


async def test_conflict_is_recorded_for_the_deciding_district(registry_pool):
    person = iin(4)
    await inbox(registry_pool).process(record(decision(person, department("talgar"))))
    await inbox(registry_pool).process(record(decision(person, department("karasai")), 0, 1))
    await project(registry_pool)
    async with registry_pool.acquire() as conn:
        row = await conn.fetchrow("SELECT district, registered_district FROM register_conflicts")
    assert dict(row) == {"district": "karasai", "registered_district": "talgar"}


async def test_refusals_and_other_regulations_order_nothing(registry_pool):
    refused = decision(iin(5))
    refused = refused.model_copy(update={"payload": {**refused.payload, "outcome": "refused",
                                                     "payload": {}}})
    notice = decision(iin(6), regulation_id=2,
                      payload={"service": {"summary": "documents drawn up"}})
    await inbox(registry_pool).process(record(refused))
    await inbox(registry_pool).process(record(notice, 0, 1))
    assert await count(registry_pool, "SELECT count(*) FROM events") == 0


async def test_permit_is_ordered_on_stage_two_only_for_the_employer(registry_pool):
    employer = iin(7)
    permit = {"kind": "foreign_labour_permit", "variant": "issuance", "employer_bin": employer,
              "workers": 3, "valid_from": "2025-04-01", "valid_until": "2026-03-31"}
    stage1 = decision(iin(8), OBLAST, 16, {"document": {**permit, "stage": 1}}, stage=1)
    stage2 = decision(iin(8), OBLAST, 16, {"document": {**permit, "stage": 2}}, stage=2)
    await inbox(registry_pool).process(record(stage1))
    await inbox(registry_pool).process(record(stage2, 0, 1))
    await project(registry_pool)
    async with registry_pool.acquire() as conn:
        rows = await conn.fetch("SELECT holder_key, kind, valid_until FROM documents")
    assert [(r["holder_key"], r["kind"], str(r["valid_until"])) for r in rows] == [
        (employer, "foreign_labour_permit", "2026-03-31")
    ]


async def test_a_payload_that_breaks_the_contract_goes_to_dead_letters(registry_pool):
    broken = decision(iin(9), regulation_id=17, payload={"document": {"kind": "nonsense"}})
    await inbox(registry_pool).process(record(broken))
    assert await count(registry_pool, "SELECT count(*) FROM dead_letters") == 1
    assert await count(registry_pool, "SELECT count(*) FROM events") == 0


async def documents(pool) -> list[dict]:
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT kind, regulation_id, status, replace_reason, replaces IS NOT NULL AS dup,"
            " organisation_id, details FROM documents ORDER BY requested_at"
        )
    return [dict(r) for r in rows]


async def test_each_document_regulation_orders_its_own_kind(registry_pool):
    box, person = inbox(registry_pool), iin(20)
    akim = OrganisationRef(organisation_id="akim-r1", kind=OrganisationKind.RURAL_AKIM,
                           district="talgar", rural_district="r1")
    decisions = [
        decision(person, akim, 13, {"document": {"kind": "tsa_membership", "belongs": False,
                                                 "as_of": "2025-03-01"}}),
        decision(person, OBLAST, 15, {"document": {"kind": "oralman_certificate",
                                                   "action": "grant"}}),
        decision(person, department("talgar"), 17,
                 {"document": {"kind": "rehabilitated_certificate"}}),
    ]
    for offset, envelope in enumerate(decisions):
        await box.process(record(envelope, offset=offset))
    await project(registry_pool)
    found = await documents(registry_pool)
    assert [(d["kind"], d["regulation_id"], d["organisation_id"]) for d in found] == [
        ("tsa_membership_certificate", 13, "akim-r1"),
        ("oralman_certificate", 15, "oblast-dept"),
        ("rehabilitated_certificate", 17, "dd-talgar"),
    ]
    assert '"belongs": false' in found[0]["details"]


async def test_reg17_duplicate_and_reg15_extension_replace_the_issued_document(registry_pool):
    box, person = inbox(registry_pool), iin(21)
    first = [
        decision(person, department("talgar"), 17,
                 {"document": {"kind": "rehabilitated_certificate"}}),
        decision(person, OBLAST, 15, {"document": {"kind": "oralman_certificate",
                                                   "action": "grant"}}),
    ]
    for offset, envelope in enumerate(first):
        await box.process(record(envelope, offset=offset))
    async with registry_pool.acquire() as conn:
        rows = await conn.fetch("SELECT stream_id, payload FROM events"
                                " WHERE event_type = 'registry.DocumentRequested'")
    for row in rows:
        payload = json.loads(row["payload"])
        authority = payload["authority"]
        meta = Metadata(producer=Producer(**authority),
                        actor=Actor(person_id="o-1", role=Role.REGISTRY_OFFICER),
                        occurred_at=datetime.now(UTC), correlation_id=uuid4())
        async with registry_pool.acquire() as conn:
            await issue_document(conn, row["stream_id"].removeprefix("holder-"),
                                 payload["document_id"], OrganisationRef(**authority), meta,
                                 datetime.now(UTC))
    second = [
        decision(person, department("talgar"), 17, {"document": {
            "kind": "rehabilitated_certificate", "duplicate": {"reason": "damaged"}}}),
        decision(person, OBLAST, 15, {"document": {"kind": "oralman_certificate",
                                                   "action": "extension"}}),
    ]
    for offset, envelope in enumerate(second, start=10):
        await box.process(record(envelope, offset=offset))
    await project(registry_pool)
    found = [(d["kind"], d["status"], d["replace_reason"]) for d in await documents(registry_pool)]
    assert sorted(found) == sorted([
        ("rehabilitated_certificate", "replaced", None),
        ("oralman_certificate", "replaced", None),
        ("rehabilitated_certificate", "requested", "damaged"),
        ("oralman_certificate", "requested", "extended"),
    ])


async def test_duplicate_is_due_from_the_registration_of_its_application(registry_pool):
    box, person = inbox(registry_pool), iin(30)
    registered = SIGNED - timedelta(days=7)
    duplicate = decision(person, department("talgar"), sub_service="duplicate",
                         payload={"duplicate": {"reason": "lost", "replaces": None}},
                         registered_at=registered)
    older = decision(iin(31), department("talgar"), sub_service="duplicate",
                     payload={"duplicate": {"reason": "lost", "replaces": None}})
    await box.process(record(duplicate))
    await box.process(record(older, offset=1))
    await project(registry_pool)
    async with registry_pool.acquire() as conn:
        rows = await conn.fetch("SELECT holder_key, due_at FROM documents")
    due_at = {r["holder_key"]: r["due_at"] for r in rows}
    step = next(s for s in regulation_in(VERSION, 1).steps_for("duplicate")
                if s.produces is Produces.DUPLICATE_CERTIFICATE)
    hours = OFFICE_HOURS[OrganisationKind.DISTRICT_DEPARTMENT.value]
    assert due_at[person] == due(registered, step.duration, hours)
    # a decision published without `registered_at` is counted from its signature
    assert due_at[iin(31)] == due(SIGNED, step.duration, hours)


async def test_a_decision_of_an_unknown_catalogue_version_goes_to_dead_letters(registry_pool):
    stale = decision(iin(32), catalogue_version="r000_1999_01_01")
    await inbox(registry_pool).process(record(stale))
    async with registry_pool.acquire() as conn:
        reason = await conn.fetchval("SELECT reason FROM dead_letters")
    assert "r000_1999_01_01" in reason
    assert await count(registry_pool, "SELECT count(*) FROM events") == 0
