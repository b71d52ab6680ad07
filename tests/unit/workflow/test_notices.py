"""The applicant notice an extension owes (reg. 4: within 2 working days): the deadline scheduler
says NoticeOverdue once when it is not sent by its due time."""

from datetime import timedelta

from contracts.calendar import OFFICE_HOURS, due
from contracts.durations import Duration, DurationUnit
from contracts.workflow_events import ApplicantNotified, NoticeOverdue, StepOverdue
from services.workflow.domain import (
    Action,
    CaseClosed,
    ExtendTerm,
    MarkNoticeOverdue,
    MarkOverdue,
    NotifyApplicant,
    NotOverdue,
    OverdueAlreadyRecorded,
    RequestInformation,
)

from .support import given, walk

NOTICE = "requests_to_bodies"
HOURS = OFFICE_HOURS["district_department"]


def extended():
    """A reg. 4 case whose decision term was extended for requests to other bodies."""
    w = walk(4, "centre").to(Action.DRAFT)
    w.run(RequestInformation(w.holder(), "q-1", "tax authority", "incomes 2024", w.tick()))
    w.run(ExtendTerm(w.holder(), NOTICE, "requests sent", w.tick()))
    return w


def test_given_a_notice_past_its_due_when_the_scheduler_looks_then_notice_overdue():
    w = extended()
    notice_due = w.active.notices[NOTICE].due_at
    assert notice_due == due(w.now, Duration(value=2, unit=DurationUnit.WORKING_DAYS), HOURS)
    late = notice_due + timedelta(minutes=1)
    (overdue,) = given(*w.events).when(MarkNoticeOverdue(NOTICE, late)).then(NoticeOverdue)
    assert (overdue.case_id, overdue.extension_id, overdue.notice_due, overdue.detected_at) == (
        "case-1", NOTICE, notice_due, late)


def test_given_a_notice_not_yet_due_then_nothing_is_said():
    w = extended()
    notice_due = w.active.notices[NOTICE].due_at
    given(*w.events).when(MarkNoticeOverdue(NOTICE, notice_due)).raises(NotOverdue)
    given(*w.events).when(MarkNoticeOverdue(NOTICE, w.now)).raises(NotOverdue)


def test_given_the_notice_was_sent_in_time_then_it_is_never_overdue():
    w = extended()
    notice_due = w.active.notices[NOTICE].due_at
    w.run(NotifyApplicant(w.holder(), NOTICE, "letter", w.tick()))
    assert w.active.notices == {}
    given(*w.events).when(MarkNoticeOverdue(NOTICE, notice_due + timedelta(days=3))).raises(
        NotOverdue)


def test_given_the_notice_already_marked_overdue_then_it_is_not_said_twice():
    w = extended()
    late = w.active.notices[NOTICE].due_at + timedelta(hours=1)
    w.run(MarkNoticeOverdue(NOTICE, late))
    assert w.active.notices[NOTICE].overdue
    given(*w.events).when(MarkNoticeOverdue(NOTICE, late + timedelta(days=1))).raises(
        OverdueAlreadyRecorded)


def test_given_an_overdue_notice_the_applicant_may_still_be_told_late():
    w = extended()
    late = w.active.notices[NOTICE].due_at + timedelta(hours=1)
    w.run(MarkNoticeOverdue(NOTICE, late))
    given(*w.events).when(NotifyApplicant(w.holder(), NOTICE, "letter", late)).then(
        ApplicantNotified)
    w.run(NotifyApplicant(w.holder(), NOTICE, "letter", late))
    given(*w.events).when(MarkNoticeOverdue(NOTICE, late)).raises(NotOverdue)


def test_given_no_extension_with_a_notice_then_no_notice_is_overdue():
    w = walk(4, "centre").to(Action.DRAFT)
    given(*w.events).when(MarkNoticeOverdue(NOTICE, w.now + timedelta(days=60))).raises(
        NotOverdue)
    # reg. 1's extension owes no notice
    r1 = walk(1).to(Action.DRAFT)
    r1.run(RequestInformation(r1.holder(), "q-1", "archive", "residence", r1.tick()))
    r1.run(ExtendTerm(r1.holder(), "extra_checks", "archive", r1.tick()))
    assert r1.active.notices == {}
    given(*r1.events).when(MarkNoticeOverdue("extra_checks", r1.now + timedelta(days=60))).raises(
        NotOverdue)


def test_a_notice_overdue_and_the_step_overdue_are_said_apart():
    w = extended()
    late = w.active.notices[NOTICE].due_at + timedelta(minutes=1)
    w.run(MarkNoticeOverdue(NOTICE, late))
    # the extended decision term is 30 days: the step is not late for the notice being late
    given(*w.events).when(MarkOverdue(w.active.current.instance, late)).raises(NotOverdue)
    after = w.active.current.due_at + timedelta(minutes=1)
    given(*w.events).when(MarkOverdue(w.active.current.instance, after)).then(StepOverdue)


def test_a_closed_case_owes_no_more_notices():
    w = extended()
    late = w.active.notices[NOTICE].due_at + timedelta(days=5)
    while w.events[-1].event_type != "workflow.ResultIssued":
        w.run(w.next_command())
    given(*w.events).when(MarkNoticeOverdue(NOTICE, late)).raises(CaseClosed)
