"""The workflow's contract as an integrator meets it: a read right after a command shows what the
command wrote, one time convention, a decision that starts from the application's facts, the
next actions with the ids they need, and one step for a package accepted at the provider's desk.
"""

import uuid

import pytest

from contracts.identity import Actor, OrganisationKind, Role
from contracts.intake_events import ApplicationForwarded
from contracts.workflow_events import DecisionSigned
from eventkit import store

from .conftest import PERIODS, REG1, district_department, forwarded_envelope

pytestmark = pytest.mark.integration
HEAD = {"role": Role.HEAD, "person": "head-1"}
EXECUTOR = {"role": Role.RESPONSIBLE_EXECUTOR, "person": "exec-7"}
IBAN = {"kind": "bank_account", "iban": "KZ86125KZT5004100100"}


async def forward_with(workflow, facts: dict, **changes) -> str:
    envelope = forwarded_envelope(1, "first_registration", "state_corporation", None,
                                  str(uuid.uuid4()), workflow.clock.now)
    payload = {**envelope.payload, "facts": facts, **changes.pop("payload", {})}
    envelope = envelope.model_copy(update={"payload": payload, **changes})
    spec = workflow.app.state.runtime.spec
    async with workflow.pool.acquire() as conn, conn.transaction():
        await spec.handlers[ApplicationForwarded](conn, spec.registry.decode(envelope), envelope)
    workflow.etags[envelope.stream_id] = 'W/"2"'
    return envelope.stream_id


async def to_decide(workflow, case_id: str) -> None:
    for path, body, who in (("/registration", None, {}),
                            ("/executor", {"person_id": "exec-7"}, HEAD)):
        workflow.clock.advance(minutes=20)
        answer = await workflow.post(case_id, path, body, **who)
        assert answer.status_code == 200, answer.text


async def test_a_case_read_right_after_a_command_shows_that_commands_version(workflow):
    case_id = await workflow.forward()
    registered = await workflow.post(case_id, "/registration")
    assert registered.status_code == 200, registered.text
    # no projection was run by the test: the read itself brings the read model up to date
    read = await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())
    assert read.status_code == 200, read.text
    assert read.headers["ETag"] == registered.headers["ETag"]
    assert read.json()["current_step"]["step_id"] == "assign_executor"


async def test_command_answers_and_reads_print_times_alike_in_local_time(workflow):
    case_id = await workflow.forward()
    registered = (await workflow.post(case_id, "/registration")).json()
    read = (await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())).json()
    assert registered["case_due"] == read["case_due"] and read["case_due"].endswith("+05:00")
    step, shown = registered["current_step"], read["current_step"]
    assert step["started_at"] == shown["started_at"] and step["due_at"] == shown["due_at"]
    assert shown["started_at"].endswith("+05:00")


async def test_the_bank_account_entered_at_the_front_office_reaches_the_decision(workflow):
    case_id = await forward_with(workflow, {"periods": PERIODS, "payout": IBAN})
    await to_decide(workflow, case_id)
    drafted = await workflow.post(case_id, "/draft", {"outcome": "approved", **REG1},
                                  **EXECUTOR)
    assert drafted.status_code == 200, drafted.text
    signed = await workflow.post(case_id, "/signature", {}, **HEAD)
    assert signed.status_code == 200, signed.text
    async with workflow.pool.acquire() as conn:
        envelopes = await store.load(conn, case_id)
    [decision] = [e for e in envelopes if e.event_type == DecisionSigned.event_type]
    assert decision.payload["payload"]["payout"] == IBAN
    assert decision.payload["payload"]["recognition"]["periods"] == PERIODS


async def test_the_executor_is_offered_the_draft_with_its_model_and_the_extension_ids(workflow):
    case_id = await forward_with(workflow, {"periods": PERIODS, "payout": IBAN})
    await to_decide(workflow, case_id)
    read = await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers(**EXECUTOR))
    actions = {a["action"]: a for a in read.json()["next_actions"]}
    assert set(actions) == {"draft", "request_information", "extend"}
    assert actions["draft"]["payload_model"] == "Reg1FirstRegistrationDecision"
    assert actions["draft"]["outcomes"] == ["approved", "refused"]
    assert actions["draft"]["payload_from_facts"]["payout"] == IBAN
    assert actions["draft"]["next_role"] == "head"
    assert [e["extension_id"] for e in actions["extend"]["extensions"]] == ["extra_checks"]
    clerk = await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())
    assert clerk.json()["next_actions"] == []  # the clerk holds nothing at this step


async def test_a_package_accepted_at_the_providers_own_desk_opens_registered(workflow):
    provider = district_department()
    clerk = Actor(person_id="clerk-1", role=Role.OFFICE_CLERK)
    producer = {"organisation_id": provider.organisation_id, "kind": provider.kind.value,
                "district": provider.district, "rural_district": None}
    case_id = await forward_with(
        workflow, {"periods": PERIODS}, actor=clerk,
        payload={"channel": "provider_office", "accepted_by": producer},
        producer=producer)
    await workflow.catch_up()
    detail = (await workflow.http.get(f"/v1/cases/{case_id}", headers=workflow.headers())).json()
    assert detail["origin"] == "in_person"
    assert detail["registration_number"] is not None
    assert detail["current_step"]["step_id"] == "assign_executor"
    registered = [h for h in detail["history"] if h["event_type"] == "workflow.CaseRegistered"]
    assert registered[0]["actor"] == {"person_id": "clerk-1", "role": "office_clerk"}
    assert registered[0]["producer"]["kind"] == OrganisationKind.DISTRICT_DEPARTMENT.value
