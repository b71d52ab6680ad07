"""`qorgau verify-log <service>` over a real log: a genuine one passes; one tampered with in the
database (a payload altered under its signature, a signature removed, an event written by a key
nobody published, a decision whose head did not sign it) fails, naming the first bad event.

The command runs as an operator runs it, in a process of its own, on the service's settings.
"""

import os
import subprocess
import sys
from datetime import timedelta
from uuid import uuid4

import pytest

from contracts.identity import Actor, Producer, Role
from contracts.workflow_events import CaseOpened
from eventkit import store
from eventkit.db import create_pool
from eventkit.signing import KeyRing, new_key
from eventkit.store import Metadata
from tests.support.keys import TEST_KEYS

from .conftest import HEAD, SIGNED, TALGAR, applicant, decision

pytestmark = pytest.mark.integration
WORKFLOW = Producer(**TALGAR.model_dump())


def verify_log(database_url: str, service: str = "workflow") -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url, "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9",
           "KEY_SET_FILE": str(TEST_KEYS.key_set_file),
           "SIGNING_KEYS_DIR": str(TEST_KEYS.signing), "LOG_JSON": "true", "COLUMNS": "400"}
    return subprocess.run([sys.executable, "-c", "from qorgau.cli import main; main()",
                           "verify-log", service],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


async def write_cases(pool, count: int = 3, head_signature: bool = True) -> list[str]:
    """Cases of the Talgar department, each opened and decided, in its log as the workflow
    appends them (signed by the department's key; the head's signature inside)."""
    cases = []
    for _ in range(count):
        event = decision(str(uuid4()), person=applicant())
        signed = event.model_copy(update={"head_signature": TEST_KEYS.head_signature(
            event, HEAD) if head_signature else None})
        opened = CaseOpened(
            case_id=event.case_id, application_id=event.case_id, regulation_id=1,
            sub_service="first_registration", catalogue_version=event.catalogue_version,
            route_id="main", channel="state_corporation", origin="forwarded",
            provider=TALGAR, applicant=event.applicant, opened_at=SIGNED - timedelta(days=1))
        system = Actor(person_id="workflow", role=Role.SYSTEM)
        head = Actor(person_id=HEAD, role=Role.HEAD)
        async with pool.acquire() as conn:
            await store.append(conn, event.case_id, 0, [opened], Metadata(
                WORKFLOW, system, opened.opened_at, uuid4()))
            await store.append(conn, event.case_id, 1, [signed], Metadata(
                WORKFLOW, head, SIGNED, uuid4()))
        cases.append(event.case_id)
    return cases


async def tamper(pool, sql: str, *args) -> None:
    """What someone with the database's keys could do: the log's trigger refuses updates, a
    superuser can switch triggers off for the session."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SET LOCAL session_replication_role = replica")
        await conn.execute(sql, *args)


async def test_a_genuine_log_passes(pg_pool, fresh_database):
    await write_cases(pg_pool)
    checked = verify_log(fresh_database)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "workflow: 6 events checked, 0 bad" in checked.stdout


async def test_an_altered_payload_is_named(pg_pool, fresh_database):
    # the decision's account swapped for another in the database, its signatures kept
    cases = await write_cases(pg_pool)
    await tamper(pg_pool, "UPDATE events SET payload = jsonb_set(payload, '{payload,payout}',"
                 " '{\"kind\": \"bank_account\", \"iban\": \"KZ59125KZT5004100101\"}')"
                 " WHERE stream_id = $1 AND stream_version = 2", cases[1])
    checked = verify_log(fresh_database)
    assert checked.returncode == 1
    assert "workflow: 6 events checked, 1 bad" in checked.stdout
    first = _first_bad(checked.stdout)
    assert "workflow.DecisionSigned" in first and f"(stream {cases[1]} v2, by dd-talgar)" in first
    assert first.endswith("the signature does not match the event")


async def test_a_removed_signature_is_named_first_of_all_bad(pg_pool, fresh_database):
    cases = await write_cases(pg_pool)
    await tamper(pg_pool, "UPDATE events SET signature = NULL WHERE stream_id = ANY($1)"
                 " AND stream_version = 1", cases[1:])
    checked = verify_log(fresh_database)
    assert checked.returncode == 1
    assert "workflow: 6 events checked, 2 bad" in checked.stdout
    first = _first_bad(checked.stdout)  # the earlier of the two in the log's order
    assert "workflow.CaseOpened" in first and f"(stream {cases[1]} v1" in first
    assert first.endswith(": unsigned")


async def test_an_event_by_an_unknown_key_is_named(pg_pool, fresh_database):
    await write_cases(pg_pool, count=2)
    # an event inserted by someone holding a key of their own (the log takes inserts)
    stranger = KeyRing([new_key("stranger", "dd-talgar", SIGNED - timedelta(days=1))])
    pool = await create_pool(fresh_database, signer=stranger)
    try:
        [case_id] = await write_cases(pool, count=1)
    finally:
        await pool.close()
    checked = verify_log(fresh_database)
    assert checked.returncode == 1
    assert "workflow: 6 events checked, 2 bad" in checked.stdout
    first = _first_bad(checked.stdout)
    assert f"(stream {case_id} v1" in first and first.endswith("unknown key stranger")


async def test_a_decision_its_head_did_not_sign_is_named(pg_pool, fresh_database):
    await write_cases(pg_pool, count=1)
    [case_id] = await write_cases(pg_pool, count=1, head_signature=False)
    checked = verify_log(fresh_database)
    assert checked.returncode == 1
    first = _first_bad(checked.stdout)
    assert f"(stream {case_id} v2" in first
    assert first.endswith("the head's signature of the decision: unsigned")


def _first_bad(output: str) -> str:
    [line] = [line for line in output.splitlines() if line.startswith("first bad event:")]
    return line.strip()
