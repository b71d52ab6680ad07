"""Read models: the case row, the inbox of waiting steps, the applicant notices extensions owe,
the case history and the SLA figures.

Each handler is a small SQL upsert keyed by case, so replaying the log (`rebuild`) gives the same
rows as projecting it live. Only opening a case needs the engine: the organisation kinds of its
plan (who may see it) are computed once, when it opens.
"""

import json
from collections.abc import Callable, Collection
from datetime import date, datetime
from zoneinfo import ZoneInfo

from contracts.calendar import working_days_between
from contracts.envelope import Envelope
from contracts.workflow_events import (
    REGISTRY,
    ApplicantNotified,
    CaseOpened,
    CaseRegistered,
    DecisionSigned,
    ExecutorAssigned,
    NoticeOverdue,
    ResultIssued,
    StepOverdue,
    StepStarted,
    TermExtended,
)
from eventkit.projections import Apply, Projection, Writes

ALMATY = ZoneInfo("Asia/Almaty")
TABLES = ("wf_cases", "wf_inbox", "wf_history", "wf_sla", "wf_notices")
# the organisation kinds of a case's plan, told by the service when it opens a case
Participants = Callable[[CaseOpened], Collection[str]]


def _local_day(at: datetime) -> date:
    return at.astimezone(ALMATY).date()


def opening(participants: Participants) -> Apply:
    async def opened(db: Writes, e: CaseOpened, env: Envelope) -> None:
        await db.execute(
            "INSERT INTO wf_cases (case_id, application_id, regulation_id, sub_service, route_id,"
            " catalogue_version, channel, origin, provider_id, provider_kind, district,"
            " rural_district, participants, applicant, status, opened_at, case_due, version)"
            " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14::jsonb,'open',$15,$16,$17)"
            " ON CONFLICT (case_id) DO NOTHING",
            e.case_id, e.application_id, e.regulation_id, e.sub_service, e.route_id,
            e.catalogue_version, e.channel, e.origin, e.provider.organisation_id,
            e.provider.kind.value, e.provider.district, e.provider.rural_district,
            sorted(participants(e)), e.applicant.model_dump_json(), e.opened_at, e.case_due,
            env.stream_version,
        )
        await db.execute(
            "INSERT INTO wf_sla (case_id, district, regulation_id, opened_at, case_due)"
            " VALUES ($1,$2,$3,$4,$5) ON CONFLICT (case_id) DO NOTHING",
            e.case_id, e.provider.district, e.regulation_id, e.opened_at, e.case_due,
        )

    return opened


async def step_started(db: Writes, e: StepStarted, env: Envelope) -> None:
    await db.execute(
        "UPDATE wf_cases SET current_step = $2, current_due = $3,"
        " case_due = coalesce($4, case_due) WHERE case_id = $1",
        e.case_id, e.step_id, e.due_at, e.case_due,
    )
    if e.case_due is not None:
        await db.execute("UPDATE wf_sla SET case_due = $2 WHERE case_id = $1",
                         e.case_id, e.case_due)
    await db.execute(
        "INSERT INTO wf_inbox (case_id, regulation_id, step_id, instance, role, holder_kind,"
        " district, rural_district, organisation_id, person_id, started_at, due_at, overdue)"
        " SELECT $1, regulation_id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, false"
        " FROM wf_cases WHERE case_id = $1"
        " ON CONFLICT (case_id) DO UPDATE SET step_id = EXCLUDED.step_id,"
        " instance = EXCLUDED.instance, role = EXCLUDED.role,"
        " holder_kind = EXCLUDED.holder_kind, district = EXCLUDED.district,"
        " rural_district = EXCLUDED.rural_district, organisation_id = EXCLUDED.organisation_id,"
        " person_id = EXCLUDED.person_id, started_at = EXCLUDED.started_at,"
        " due_at = EXCLUDED.due_at, overdue = false",
        e.case_id, e.step_id, e.instance, e.role.value, e.holder_kind.value, e.district,
        e.rural_district, e.organisation_id, e.person_id, e.started_at, e.due_at,
    )


async def registered(db: Writes, e: CaseRegistered, env: Envelope) -> None:
    await db.execute("UPDATE wf_cases SET registration_number = $2 WHERE case_id = $1",
                     e.case_id, e.registration_number)


async def assigned(db: Writes, e: ExecutorAssigned, env: Envelope) -> None:
    await db.execute("UPDATE wf_cases SET executor = $2 WHERE case_id = $1",
                     e.case_id, e.executor_person_id)
    if e.previous_person_id is not None:
        await db.execute(
            "UPDATE wf_inbox SET person_id = $2 WHERE case_id = $1 AND person_id = $3",
            e.case_id, e.executor_person_id, e.previous_person_id,
        )


async def extended(db: Writes, e: TermExtended, env: Envelope) -> None:
    await db.execute("UPDATE wf_inbox SET due_at = $3 WHERE case_id = $1 AND instance = $2",
                     e.case_id, e.instance, e.new_due)
    await db.execute("UPDATE wf_cases SET case_due = $2, current_due = $3 WHERE case_id = $1",
                     e.case_id, e.case_due, e.new_due)
    await db.execute("UPDATE wf_sla SET case_due = $2 WHERE case_id = $1", e.case_id, e.case_due)
    if e.notice_due is not None:
        # as the decider keeps it: a notice still pending stands, a sent one is owed anew
        await db.execute(
            "INSERT INTO wf_notices (case_id, extension_id, due_at) VALUES ($1, $2, $3)"
            " ON CONFLICT (case_id, extension_id) DO UPDATE SET due_at = EXCLUDED.due_at,"
            " notified_at = NULL, overdue = false WHERE wf_notices.notified_at IS NOT NULL",
            e.case_id, e.extension_id, e.notice_due,
        )


async def notified(db: Writes, e: ApplicantNotified, env: Envelope) -> None:
    await db.execute(
        "UPDATE wf_notices SET notified_at = $3"
        " WHERE case_id = $1 AND extension_id = $2 AND notified_at IS NULL",
        e.case_id, e.extension_id, e.notified_at,
    )


async def notice_overdue(db: Writes, e: NoticeOverdue, env: Envelope) -> None:
    await db.execute(
        "UPDATE wf_notices SET overdue = true"
        " WHERE case_id = $1 AND extension_id = $2 AND notified_at IS NULL",
        e.case_id, e.extension_id,
    )


async def step_overdue(db: Writes, e: StepOverdue, env: Envelope) -> None:
    await db.execute("UPDATE wf_inbox SET overdue = true WHERE case_id = $1 AND instance = $2",
                     e.case_id, e.instance)


async def signed(db: Writes, e: DecisionSigned, env: Envelope) -> None:
    await db.execute(
        "UPDATE wf_cases SET outcome = $2, decision_reference = $3, phase = 'decided'"
        " WHERE case_id = $1", e.case_id, e.outcome, e.decision_reference,
    )


async def issued(db: Writes, e: ResultIssued, env: Envelope) -> None:
    if not e.final:
        # reg. 16's stage 1 notification: the case goes on to the permit
        await db.execute("UPDATE wf_cases SET phase = 'in_progress' WHERE case_id = $1",
                         e.case_id)
        return
    await db.execute("DELETE FROM wf_inbox WHERE case_id = $1", e.case_id)
    await db.execute(
        "UPDATE wf_cases SET status = 'closed', phase = 'issued', outcome = $2,"
        " decision_reference = $3, closed_at = $4, current_step = NULL, current_due = NULL"
        " WHERE case_id = $1",
        e.case_id, e.outcome, e.decision_reference, e.issued_at,
    )
    row = await db.fetchrow("SELECT opened_at, case_due FROM wf_sla WHERE case_id = $1",
                            e.case_id)
    if row is None:
        return
    used = working_days_between(_local_day(row["opened_at"]), _local_day(e.issued_at))
    late = row["case_due"] is not None and e.issued_at > row["case_due"]
    await db.execute(
        "UPDATE wf_sla SET closed_at = $2, working_days_used = $3, late = $4 WHERE case_id = $1",
        e.case_id, e.issued_at, used, late,
    )


async def history(db: Writes, env: Envelope) -> None:
    """Every event of a case, as it was said, and the case row's version."""
    await db.execute(
        "INSERT INTO wf_history (case_id, stream_version, event_type, occurred_at, producer,"
        " actor, payload) VALUES ($1,$2,$3,$4,$5::jsonb,$6::jsonb,$7::jsonb)"
        " ON CONFLICT DO NOTHING",
        env.stream_id, env.stream_version, env.event_type, env.occurred_at,
        env.producer.model_dump_json(), env.actor.model_dump_json(), json.dumps(env.payload),
    )
    await db.execute("UPDATE wf_cases SET version = greatest(version, $2) WHERE case_id = $1",
                     env.stream_id, env.stream_version)


def cases_projection(participants: Participants) -> Projection:
    return Projection(
        name="workflow_cases",
        tables=TABLES,
        registry=REGISTRY,
        handlers={
            CaseOpened: opening(participants),
            StepStarted: step_started,
            CaseRegistered: registered,
            ExecutorAssigned: assigned,
            TermExtended: extended,
            StepOverdue: step_overdue,
            ApplicantNotified: notified,
            NoticeOverdue: notice_overdue,
            DecisionSigned: signed,
            ResultIssued: issued,
        },
        every_event=history,
    )
