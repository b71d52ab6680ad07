"""Signed decisions become assignments: one compensation per person ever, conflicts recorded."""

import asyncio
import json
from decimal import Decimal
from uuid import uuid4

import pytest

from contracts import topics
from contracts.identity import OrganisationKind
from services.payments.domain.decisions import payment_id_for
from tests.integration.payments.factories import decision, deliver, inbox, person, record
from tests.support.keys import TEST_KEYS

pytestmark = pytest.mark.integration


async def _events(pool, event_type: str) -> list:
    return await pool.fetch("SELECT stream_id, payload FROM events WHERE event_type = $1",
                            event_type)


async def test_a_signed_recognition_assigns_the_compensation_with_its_amount(payments_pool):
    await deliver(payments_pool, decision("c1"))
    [assigned] = await _events(payments_pool, "payments.CompensationAssigned")
    payload = json.loads(assigned["payload"])
    # 17 years x 5.23 MCI = 88.91 MCI, x 3 932 (MCI of 2025, the decision year) = 349 594.12
    assert Decimal(payload["amount"]) == Decimal("349594.12")
    assert payload["payment_id"] == str(payment_id_for("c1"))
    assert payload["route"] is None
    assert await payments_pool.fetchval("SELECT count(*) FROM compensations") == 1


async def test_a_refused_decision_assigns_nothing(payments_pool):
    await deliver(payments_pool, decision("c2", outcome="refused", payload={}))
    assert await payments_pool.fetchval("SELECT count(*) FROM events") == 0


async def test_a_payout_in_the_decision_becomes_the_route(payments_pool):
    payload = {**decision("x").payload["payload"],
               "payout": {"kind": "institution_control_account", "iban": "KZ86125KZT5004100100",
                          "institution": "Institution LA-155/14"}}
    await deliver(payments_pool, decision("c3", payload=payload))
    [assigned] = await _events(payments_pool, "payments.CompensationAssigned")
    route = json.loads(assigned["payload"])["route"]
    assert route["kind"] == "penitentiary" and route["institution_name"] == "Institution LA-155/14"


async def test_a_second_decision_for_the_same_person_is_a_recorded_conflict(payments_pool):
    await deliver(payments_pool, decision("first", district="talgar"))
    await deliver(payments_pool, decision("second", district="ile"))
    assert len(await _events(payments_pool, "payments.CompensationAssigned")) == 1
    [conflict] = await _events(payments_pool, "payments.PaymentConflict")
    assert conflict["stream_id"] == f"payment-{payment_id_for('second')}"
    assert await payments_pool.fetchval("SELECT count(*) FROM compensations") == 1


async def test_the_same_decision_fired_many_times_through_several_consumers_pays_once(
        payments_pool):
    original = decision("storm")
    # redeliveries of the same event and re-publications of the same decision with new ids,
    # through four consumers (two share a name, as members of one group would)
    copies = [original] * 8 + [decision("storm", event_id=uuid4()) for _ in range(8)]
    names = ["payments", "payments", "payments-b", "payments-c"]
    boxes = [inbox(payments_pool, name) for name in names]
    await asyncio.gather(*(boxes[i % 4].process(record(e)) for i, e in enumerate(copies)))
    assert len(await _events(payments_pool, "payments.CompensationAssigned")) == 1
    assert await payments_pool.fetchval("SELECT count(*) FROM dead_letters") == 0
    assert await payments_pool.fetchval("SELECT count(*) FROM compensations") == 1


async def test_concurrent_decisions_of_two_districts_for_one_person_pay_once(payments_pool):
    someone = person("900202400028")
    cases = [decision(f"race-{i}", someone, district=d)
             for i, d in enumerate(["talgar", "ile", "karasai", "kegen"] * 3)]
    boxes = [inbox(payments_pool, f"payments-{i}") for i in range(3)]
    await asyncio.gather(*(boxes[i % 3].process(record(e)) for i, e in enumerate(cases)))
    assert len(await _events(payments_pool, "payments.CompensationAssigned")) == 1
    assert len(await _events(payments_pool, "payments.PaymentConflict")) == len(cases) - 1


async def test_a_monetary_assignment_is_assessed_by_its_formula(payments_pool):
    payload = {"assignment": {"kind": "maslikhat_social_assistance",
                              "assigned_period": {"start": "2025-01-01", "end": "2025-03-31"},
                              "category": "disability_group_1"}}
    await deliver(payments_pool, decision("m1", regulation_id=10, payload=payload))
    [assigned] = await _events(payments_pool, "payments.BenefitAssigned")
    assert Decimal(json.loads(assigned["payload"])["amount"]) == Decimal("47184.00")


async def test_an_assignment_that_cannot_be_assessed_goes_to_dead_letters(payments_pool):
    payload = {"assignment": {"kind": "maslikhat_social_assistance",
                              "assigned_period": {"start": "2025-01-01", "end": "2025-03-31"},
                              "category": "no-such-category"}}
    box = await deliver(payments_pool, decision("m2", regulation_id=10, payload=payload))
    assert box.dead == 1
    assert await payments_pool.fetchval("SELECT count(*) FROM events") == 0


async def test_a_decision_from_a_producer_that_may_not_sign_is_dead_lettered(payments_pool):
    # signed by the department's own key, but claiming a kind that may not decide
    forged = TEST_KEYS.sign(decision("f1").model_copy(update={
        "producer": decision("f1").producer.model_copy(
            update={"kind": OrganisationKind.TREASURY, "district": None})}))
    box = await deliver(payments_pool, forged, topics.WORKFLOW_CASES)
    assert box.dead == 1
    assert await payments_pool.fetchval("SELECT count(*) FROM compensations") == 0
