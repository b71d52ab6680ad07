"""A database projected before the case list existed: 0002 gives every case row its phase from
the case history, as the projection would have."""

import json
from datetime import UTC, datetime
from importlib.resources import files

import pytest

pytestmark = pytest.mark.integration
AT = datetime(2025, 3, 3, 4, 0, tzinfo=UTC)
MIGRATIONS = files("services.workflow.migrations")


async def test_0002_fills_the_phase_of_cases_projected_before_it(pg_pool):
    # (case, status, history) of four cases projected by 0001 alone
    cases = {
        "started": ("open", ["workflow.CaseOpened", "workflow.StepStarted"]),
        "signed": ("open", ["workflow.CaseOpened", "workflow.DecisionSigned",
                            "workflow.StepStarted"]),
        # reg. 16: stage 1 signed and issued, the case goes on to the permit
        "stage_2": ("open", ["workflow.CaseOpened", "workflow.DecisionSigned",
                             "workflow.ResultIssued", "workflow.StepStarted"]),
        "issued": ("closed", ["workflow.CaseOpened", "workflow.DecisionSigned",
                              "workflow.ResultIssued"]),
    }
    async with pg_pool.acquire() as conn:
        await conn.execute(MIGRATIONS.joinpath("0001_workflow.sql").read_text())
        for case_id, (status, history) in cases.items():
            await conn.execute(
                "INSERT INTO wf_cases (case_id, application_id, regulation_id, route_id,"
                " catalogue_version, channel, origin, provider_id, provider_kind, district,"
                " participants, applicant, status, opened_at, version) VALUES ($1, $1, 16,"
                " 'issuance', 'v', 'provider_office', 'in_person', 'od', 'oblast_department',"
                " NULL, '{oblast_department}', '{}'::jsonb, $2, $3, $4)",
                case_id, status, AT, len(history))
            for n, event_type in enumerate(history, start=1):
                await conn.execute(
                    "INSERT INTO wf_history VALUES ($1, $2, $3, $4, $5::jsonb, $5::jsonb,"
                    " $5::jsonb)", case_id, n, event_type, AT, json.dumps({}))
        await conn.execute(MIGRATIONS.joinpath("0002_case_list.sql").read_text())
        phases = dict(await conn.fetch("SELECT case_id, phase FROM wf_cases"))
    assert phases == {"started": "in_progress", "signed": "decided", "stage_2": "in_progress",
                      "issued": "issued"}


async def test_0003_finds_the_notices_extensions_owed_before_it(pg_pool):
    due = "2025-03-05T13:00:00+00:00"
    history = {
        "pending": [("workflow.TermExtended", {"extension_id": "requests_to_bodies",
                                               "notice_due": due})],
        "told": [("workflow.TermExtended", {"extension_id": "requests_to_bodies",
                                            "notice_due": due}),
                 ("workflow.ApplicantNotified", {"extension_id": "requests_to_bodies",
                                                 "notified_at": "2025-03-04T05:00:00+00:00"})],
        "no_notice": [("workflow.TermExtended", {"extension_id": "extra_checks",
                                                 "notice_due": None})],
    }
    async with pg_pool.acquire() as conn:
        for name in ("0001_workflow.sql", "0002_case_list.sql"):
            await conn.execute(MIGRATIONS.joinpath(name).read_text())
        for case_id, events in history.items():
            for n, (event_type, payload) in enumerate(events, start=3):
                await conn.execute(
                    "INSERT INTO wf_history VALUES ($1, $2, $3, $4, '{}'::jsonb, '{}'::jsonb,"
                    " $5::jsonb)", case_id, n, event_type, AT, json.dumps(payload))
        await conn.execute(MIGRATIONS.joinpath("0003_notices.sql").read_text())
        rows = await conn.fetch("SELECT case_id, extension_id, due_at, notified_at, overdue"
                                " FROM wf_notices ORDER BY case_id")
    assert [(r["case_id"], r["extension_id"], r["due_at"].isoformat(),
             r["notified_at"] and r["notified_at"].isoformat(), r["overdue"]) for r in rows] == [
        ("pending", "requests_to_bodies", due, None, False),
        ("told", "requests_to_bodies", due, "2025-03-04T05:00:00+00:00", False),
    ]
