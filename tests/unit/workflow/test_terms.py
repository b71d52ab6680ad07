"""Information requests, extensions, notices, the reg. 16 fee and overdue steps."""

from datetime import timedelta

from contracts.calendar import OFFICE_HOURS, due
from contracts.durations import Duration, DurationUnit
from contracts.identity import Role
from contracts.workflow_events import (
    ApplicantNotified,
    DraftReturned,
    FeePaid,
    InformationRequested,
    StepOverdue,
    TermExtended,
)
from services.workflow.domain import (
    Action,
    DraftDecision,
    ExtendTerm,
    ExtensionRefused,
    ExtensionUsedUp,
    FeeNotPaid,
    MarkOverdue,
    NoDraft,
    NotHolder,
    NotifyApplicant,
    NotOverdue,
    OverdueAlreadyRecorded,
    RecordFeePaid,
    RequestInformation,
    SignDecision,
    WrongStep,
)

from .support import HEAD_SIGNATURE, MONDAY, given, payload_for, walk

HOURS = OFFICE_HOURS["district_department"]


def asked(w):
    w.run(RequestInformation(w.holder(), "q-1", "archive of Semey", "residence 1949-1965", w.now))
    return w


def test_executor_requests_information_while_deciding():
    w = walk(1).to(Action.DRAFT)
    (req,) = given(*w.events).when(
        RequestInformation(w.holder(), "q-1", "archive", "residence", MONDAY)).then(
        InformationRequested)
    assert req.request_id == "q-1"


def test_information_is_requested_only_while_deciding():
    w = walk(1).to(Action.ASSIGN)
    given(*w.events).when(RequestInformation(w.holder(), "q", "a", "s", MONDAY)).raises(WrongStep)


def test_reg1_extension_adds_a_month_to_the_decision_and_the_case():
    w = asked(walk(1).to(Action.DRAFT))
    before, case_due = w.active.current.due_at, w.active.case_due
    (ext,) = given(*w.events).when(ExtendTerm(w.holder(), "extra_checks", "archive", MONDAY)).then(
        TermExtended)
    assert ext.previous_due == before
    assert ext.new_due == due(before, Duration(value=1, unit=DurationUnit.MONTHS), HOURS)
    assert ext.case_due > case_due and ext.notice_due is None


def test_reg1_extension_needs_a_request_or_check_first():
    w = walk(1).to(Action.DRAFT)
    given(*w.events).when(ExtendTerm(w.holder(), "extra_checks", "x", MONDAY)).raises(
        ExtensionRefused, field="extension_id")


def test_the_head_may_extend_too():
    w = asked(walk(1).to(Action.DRAFT))
    head = w.holder(role=Role.HEAD, person_id="head-1")
    given(*w.events).when(ExtendTerm(head, "extra_checks", "x", MONDAY)).then(TermExtended)


def test_a_clerk_may_not_extend():
    w = asked(walk(1).to(Action.DRAFT))
    clerk = w.holder(role=Role.OFFICE_CLERK, person_id="c")
    given(*w.events).when(ExtendTerm(clerk, "extra_checks", "x", MONDAY)).raises(NotHolder)


def test_reg1_extends_once_only():
    w = asked(walk(1).to(Action.DRAFT))
    w.run(ExtendTerm(w.holder(), "extra_checks", "archive", MONDAY))
    given(*w.events).when(ExtendTerm(w.holder(), "extra_checks", "again", MONDAY)).raises(
        ExtensionUsedUp)


def test_an_unknown_extension_is_refused():
    w = walk(1).to(Action.DRAFT)
    given(*w.events).when(ExtendTerm(w.holder(), "forever", "x", MONDAY)).raises(
        ExtensionRefused, field="extension_id")


def test_the_duplicate_route_has_no_extension():
    w = walk(1, "duplicate").to(Action.DRAFT)
    given(*w.events).when(ExtendTerm(w.holder(), "extra_checks", "x", MONDAY)).raises(
        ExtensionRefused, field="extension_id")


def test_an_extension_applies_only_at_its_step():
    w = walk(1).to(Action.SIGN)
    given(*w.events).when(ExtendTerm(w.holder(), "extra_checks", "x", MONDAY)).raises(
        ExtensionRefused)


def test_reg4_extension_replaces_the_term_with_30_days_and_asks_for_a_notice():
    w = asked(walk(4, "centre").to(Action.DRAFT))
    (ext,) = given(*w.events).when(
        ExtendTerm(w.holder(), "requests_to_bodies", "requests sent", MONDAY)).then(TermExtended)
    started = w.active.current.started_at
    assert ext.new_due == due(started, Duration(value=30, unit=DurationUnit.CALENDAR_DAYS), HOURS)
    assert ext.notice_due == due(MONDAY, Duration(value=2, unit=DurationUnit.WORKING_DAYS), HOURS)


def test_the_applicant_is_notified_of_a_reg4_extension_once():
    w = asked(walk(4, "centre").to(Action.DRAFT))
    w.run(ExtendTerm(w.holder(), "requests_to_bodies", "requests sent", MONDAY))
    given(*w.events).when(NotifyApplicant(w.holder(), "requests_to_bodies", "letter", MONDAY)).then(
        ApplicantNotified)
    w.run(NotifyApplicant(w.holder(), "requests_to_bodies", "letter", MONDAY))
    given(*w.events).when(NotifyApplicant(w.holder(), "requests_to_bodies", "sms", MONDAY)).raises(
        WrongStep)


def test_reg10_missing_documents_give_the_longer_term_without_a_request():
    w = walk(10, "akim").to(Action.DRAFT)
    extension = ExtendTerm(w.holder(), "documents_missing_akim", "passport lost", MONDAY)
    (ext,) = given(*w.events).when(extension).then(TermExtended)
    assert ext.new_due > ext.previous_due


def test_reg10_extension_of_the_other_branch_is_refused():
    w = walk(10, "akim").to(Action.DRAFT)
    given(*w.events).when(ExtendTerm(w.holder(), "documents_missing_district", "x", MONDAY)).raises(
        ExtensionRefused)


def test_reg16_permit_is_not_drafted_before_the_fee_is_paid():
    w = walk(16, "issuance")
    while w.active.current.step_id != "stage_2_permit":
        w.run(w.next_command())
    permit = payload_for(16, "issuance", 2)
    drafting = DraftDecision(w.holder(), "approved", (), permit, w.now)
    given(*w.events).when(drafting).raises(FeeNotPaid)
    (paid,) = given(*w.events).when(RecordFeePaid(w.holder(), "FEE-9", w.now)).then(FeePaid)
    assert paid.reference == "FEE-9"


def test_reg16_fee_is_recorded_only_while_waiting_for_it():
    w = walk(16, "issuance").to(Action.DRAFT)
    given(*w.events).when(RecordFeePaid(w.holder(), "FEE", MONDAY)).raises(WrongStep)


def test_overdue_is_marked_once_per_step_instance():
    w = walk(1)
    current = w.active.current
    late = current.due_at + timedelta(minutes=1)
    (overdue,) = given(*w.events).when(MarkOverdue(current.instance, late)).then(StepOverdue)
    assert (overdue.step_id, overdue.instance, overdue.due_at) == ("register", 1, current.due_at)
    w.run(MarkOverdue(current.instance, late))
    given(*w.events).when(MarkOverdue(current.instance, late)).raises(OverdueAlreadyRecorded)


def test_a_step_not_yet_due_is_not_overdue():
    w = walk(1)
    given(*w.events).when(MarkOverdue(1, w.active.current.due_at)).raises(NotOverdue)


def test_a_finished_step_instance_is_not_overdue():
    w = walk(1).to(Action.ASSIGN)
    given(*w.events).when(MarkOverdue(1, MONDAY + timedelta(days=60))).raises(NotOverdue)


def test_an_extension_moves_the_due_time_the_scheduler_checks():
    w = asked(walk(1).to(Action.DRAFT))
    old_due = w.active.current.due_at
    w.run(ExtendTerm(w.holder(), "extra_checks", "archive", MONDAY))
    late = old_due + timedelta(hours=1)
    given(*w.events).when(MarkOverdue(w.active.current.instance, late)).raises(NotOverdue)


def test_signing_a_draft_that_was_withdrawn_is_refused():
    w = walk(1).to(Action.SIGN)
    # a history where the draft went back without the drafting step restarting (defensive)
    withdrawn = DraftReturned(case_id="case-1", draft_number=1, comment="x", returned_at=MONDAY)
    given(*w.events, withdrawn).when(
        SignDecision(w.holder(), "D", MONDAY, head_signature=HEAD_SIGNATURE)).raises(NoDraft)
