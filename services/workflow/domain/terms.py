"""What moves or watches a case's due times: extensions, the applicant notices they owe, and
the deadline scheduler's overdue marks (each said once per step instance or notice)."""

from datetime import datetime

from contracts.calendar import OFFICE_HOURS, due
from contracts.catalogue import Extension, ExtensionMode
from contracts.events import Event
from contracts.workflow_events import ApplicantNotified, NoticeOverdue, StepOverdue, TermExtended

from .case import Case
from .commands import ExtendTerm, MarkNoticeOverdue, MarkOverdue, NotifyApplicant
from .errors import (
    ExtensionRefused,
    ExtensionUsedUp,
    NotOverdue,
    OverdueAlreadyRecorded,
    WrongStep,
)
from .plan import base_of, project_case_due


def extend(case: Case, c: ExtendTerm) -> list[Event]:
    case.ensure_holder(c.by, or_head=True)
    ext = _extension(case, c.extension_id)
    s, step = case.state, case.step
    if ext.step != step.step_id:
        raise ExtensionRefused(f"extension {ext.id} applies while the case is at step {ext.step}")
    if s.extensions.get(ext.id, 0) >= ext.max_times:
        raise ExtensionUsedUp(f"extension {ext.id} may be used {ext.max_times} time(s)")
    case.rules.before_extension(s, ext)
    hours = OFFICE_HOURS[step.org.value]
    if ext.mode is ExtensionMode.ADDS:
        new_due = due(s.current.due_at or c.now, ext.duration, hours)
    else:
        new_due = due(base_of(step, s.current.started_at, s.times), ext.duration, hours)
    notice = ext.notice
    return [TermExtended(
        case_id=case.case_id, extension_id=ext.id, step_id=step.step_id,
        instance=s.current.instance, reason=c.reason, previous_due=s.current.due_at,
        new_due=new_due,
        case_due=project_case_due(case.plan, step.position, new_due, s.times),
        notice_due=due(notice_start(case, c), notice.within, hours) if notice else None,
        extended_at=c.now,
    )]


def notice_start(case: Case, c: ExtendTerm) -> datetime:
    """What the applicant's notice is counted from: reg. 4's is due "within two working days
    from the day the request to the state bodies was made" (seed line 351), not from the moment
    the extension is entered; an extension without a request counts from when it is entered."""
    return case.state.first_request_at or c.now


def _extension(case: Case, extension_id: str) -> Extension:
    for ext in case.regulation.extensions_for(case.state.case.route_id):
        if ext.id == extension_id:
            return ext
    raise ExtensionRefused(f"the regulation allows no extension {extension_id!r} on this route",
                           field="extension_id")


def notify(case: Case, c: NotifyApplicant) -> list[Event]:
    case.ensure_holder(c.by, or_head=True)
    if c.extension_id not in case.state.notices:
        raise WrongStep(f"no notice is due for extension {c.extension_id!r}")
    return [ApplicantNotified(case_id=case.case_id, extension_id=c.extension_id, form=c.form,
                              notified_at=c.now)]


def mark_overdue(case: Case, c: MarkOverdue) -> list[Event]:
    current = case.state.current
    if c.instance != current.instance:
        raise NotOverdue(f"step instance {c.instance} is finished")
    if current.overdue:
        raise OverdueAlreadyRecorded(f"step instance {c.instance} is already overdue")
    if current.due_at is None or c.now <= current.due_at:
        raise NotOverdue(f"step instance {c.instance} is not past its due time")
    return [StepOverdue(case_id=case.case_id, step_id=current.step_id, instance=current.instance,
                        due_at=current.due_at, detected_at=c.now)]


def mark_notice_overdue(case: Case, c: MarkNoticeOverdue) -> list[Event]:
    notice = case.state.notices.get(c.extension_id)
    if notice is None:
        raise NotOverdue(f"no notice of extension {c.extension_id!r} is pending")
    if notice.overdue:
        raise OverdueAlreadyRecorded(f"the notice of extension {c.extension_id!r} is already"
                                     " overdue")
    if c.now <= notice.due_at:
        raise NotOverdue(f"the notice of extension {c.extension_id!r} is not past its due time")
    return [NoticeOverdue(case_id=case.case_id, extension_id=c.extension_id,
                          notice_due=notice.due_at, detected_at=c.now)]
