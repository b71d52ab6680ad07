"""Register, assign, reassign, draft, send, sign, return and issue: Given/When/Then."""

from dataclasses import replace

from contracts.identity import OrganisationKind, Role
from contracts.workflow_events import (
    CaseRegistered,
    DecisionDrafted,
    DecisionSigned,
    DraftReturned,
    ExecutorAssigned,
    ResultIssued,
    SentForSignature,
    StepStarted,
)
from services.workflow.domain import (
    Action,
    AssignExecutor,
    DraftDecision,
    InvalidDecision,
    IssueResult,
    NotHolder,
    ReassignExecutor,
    Register,
    ReturnDraft,
    SendForSignature,
    SignDecision,
    WrongStep,
    decision_document,
)

from .support import EXECUTOR, HEAD_SIGNATURE, MONDAY, PERIODS, given, walk

RECOGNITION = {"recognition": {"periods": PERIODS}}


def test_clerk_registers_and_the_head_is_next():
    w = walk(1)
    _, started = given(*w.events).when(Register(w.holder(), "REG-7", MONDAY)).then(
        CaseRegistered, StepStarted)
    assert started.step_id == "assign_executor" and started.role is Role.HEAD


def test_without_a_number_the_registration_is_numbered_by_its_day_and_case():
    w = walk(1)
    registered, _ = given(*w.events).when(Register(w.holder(), None, MONDAY)).then(
        CaseRegistered, StepStarted)
    assert registered.registration_number == "20250303-case-1"


def test_registering_twice_is_refused():
    w = walk(1).to(Action.ASSIGN)
    clerk = w.holder(role=Role.OFFICE_CLERK)
    given(*w.events).when(Register(clerk, "REG-8", MONDAY)).raises(WrongStep)


def test_a_clerk_of_another_district_may_not_register():
    w = walk(1)
    stranger = w.holder(district="kegen")
    given(*w.events).when(Register(stranger, "REG-7", MONDAY)).raises(NotHolder)


def test_a_clerk_of_another_department_in_the_same_district_may_not_register():
    w = walk(1)
    other = w.holder(organisation_id="other")
    given(*w.events).when(Register(other, "R", MONDAY)).raises(NotHolder)


def test_head_assigns_the_executor_who_then_holds_the_decision():
    w = walk(1).to(Action.ASSIGN)
    assigned, started = given(*w.events).when(
        AssignExecutor(w.holder(), EXECUTOR, MONDAY)).then(ExecutorAssigned, StepStarted)
    assert assigned.executor_person_id == EXECUTOR
    assert started.step_id == "decide" and started.person_id == EXECUTOR


def test_an_executor_may_not_assign():
    w = walk(1).to(Action.ASSIGN)
    executor = w.holder(role=Role.RESPONSIBLE_EXECUTOR)
    given(*w.events).when(AssignExecutor(executor, "x", MONDAY)).raises(NotHolder)


def test_head_reassigns_and_the_new_executor_holds_the_current_step():
    w = walk(1).to(Action.DRAFT)
    head = w.holder(role=Role.HEAD, person_id="head-1")
    (moved,) = given(*w.events).when(ReassignExecutor(head, "exec-2", "leave", MONDAY)).then(
        ExecutorAssigned)
    assert (moved.previous_person_id, moved.executor_person_id) == (EXECUTOR, "exec-2")
    w.run(ReassignExecutor(head, "exec-2", "leave", MONDAY))
    assert w.active.current.holder.person_id == "exec-2"
    given(*w.events).when(DraftDecision(w.holder(person_id=EXECUTOR), "approved", (), RECOGNITION,
                                        MONDAY)).raises(NotHolder)


def test_reassigning_to_the_same_executor_changes_nothing():
    w = walk(1).to(Action.DRAFT)
    head = w.holder(role=Role.HEAD, person_id="head-1")
    given(*w.events).when(ReassignExecutor(head, EXECUTOR, "none", MONDAY)).then()


def test_reassigning_before_any_assignment_is_refused():
    w = walk(1).to(Action.ASSIGN)
    given(*w.events).when(ReassignExecutor(w.holder(), "x", "r", MONDAY)).raises(WrongStep)


def test_only_the_head_reassigns():
    w = walk(1).to(Action.DRAFT)
    given(*w.events).when(ReassignExecutor(w.holder(), "exec-2", "r", MONDAY)).raises(NotHolder)


def test_executor_drafts_an_approval_and_the_head_signs_next():
    w = walk(1).to(Action.DRAFT)
    drafted, started = given(*w.events).when(
        DraftDecision(w.holder(), "approved", (), RECOGNITION, MONDAY)).then(
        DecisionDrafted, StepStarted)
    assert drafted.draft_number == 1 and drafted.payload == RECOGNITION
    assert started.step_id == "sign_result"


def test_a_refusal_without_reasons_is_refused():
    w = walk(1).to(Action.DRAFT)
    given(*w.events).when(DraftDecision(w.holder(), "refused", (" ",), {}, MONDAY)).raises(
        InvalidDecision, field="reasons")


def test_a_refusal_with_a_payload_is_refused():
    w = walk(1).to(Action.DRAFT)
    given(*w.events).when(DraftDecision(w.holder(), "refused", ("r",), RECOGNITION, MONDAY)).raises(
        InvalidDecision, field="payload")


def test_a_regulation_without_a_refusal_cannot_refuse():
    w = walk(2).to(Action.DRAFT)
    given(*w.events).when(DraftDecision(w.holder(), "refused", ("r",), {}, MONDAY)).raises(
        InvalidDecision, field="outcome")


def test_reg4_draft_is_sent_to_the_district_head_for_signature():
    w = walk(4, "akim").to(Action.SEND)
    sent, started = given(*w.events).when(SendForSignature(w.holder(), MONDAY)).then(
        SentForSignature, StepStarted)
    assert sent.draft_number == 1
    assert started.holder_kind is OrganisationKind.DISTRICT_DEPARTMENT and started.role is Role.HEAD
    assert started.rural_district is None and started.organisation_id is None


def test_sending_without_being_at_the_sending_step_is_refused():
    w = walk(4, "akim").to(Action.DRAFT)
    given(*w.events).when(SendForSignature(w.holder(), MONDAY)).raises(WrongStep)


def test_head_signs_and_the_decision_carries_the_payload_and_the_provider():
    w = walk(1).to(Action.SIGN)
    signed, _ = given(*w.events).when(
        SignDecision(w.holder(), "DEC-1", MONDAY, head_signature=HEAD_SIGNATURE)).then(
        DecisionSigned, StepStarted)
    assert signed.payload["recognition"]["periods"] == PERIODS
    assert signed.provider == w.active.case.provider and signed.decision_reference == "DEC-1"


def test_a_decision_without_the_heads_own_signature_is_refused():
    w = walk(1).to(Action.SIGN)
    given(*w.events).when(SignDecision(w.holder(), "DEC-1", MONDAY)).raises(
        InvalidDecision, field="signature")


def test_the_signed_document_is_the_one_the_decision_reads_back():
    # the head signs the draft's document; registry and payments check the signature against
    # the document the decision gives: the two must be the same bytes
    w = walk(1).to(Action.SIGN)
    document = decision_document(w.active)
    signed, _ = given(*w.events).when(
        SignDecision(w.holder(), "DEC-1", MONDAY, head_signature=HEAD_SIGNATURE)).then(
        DecisionSigned, StepStarted)
    assert document is not None
    assert signed.document().canonical_bytes() == document.canonical_bytes()
    assert signed.head_signature == HEAD_SIGNATURE


def test_the_decision_says_when_the_application_was_registered():
    # reg. 1's duplicate is due within 4 working days of its application: the registry counts
    # from this moment
    w = walk(1, "duplicate").to(Action.SIGN)
    registered = next(e for e in w.events if isinstance(e, CaseRegistered))
    signed = given(*w.events).when(SignDecision(w.holder(), "DEC-2", w.tick(),
                                           head_signature=HEAD_SIGNATURE)).then(
        DecisionSigned, StepStarted)[0]
    assert signed.registered_at == registered.registered_at
    assert signed.registered_at < signed.signed_at


def test_a_route_without_registration_signs_without_a_registration_time():
    w = walk(13, "intermediary_district").to(Action.SIGN)
    assert not any(isinstance(e, CaseRegistered) for e in w.events)
    signed, _ = given(*w.events).when(SignDecision(w.holder(), "DEC-3", MONDAY,
                                              head_signature=HEAD_SIGNATURE)).then(
        DecisionSigned, ResultIssued)
    assert signed.registered_at is None


def test_an_akim_may_not_sign_what_the_district_head_signs():
    w = walk(4, "akim").to(Action.SIGN)
    akim = w.holder(kind=OrganisationKind.RURAL_AKIM, rural_district="tuzdybastau")
    given(*w.events).when(
        SignDecision(akim, "D", MONDAY, head_signature=HEAD_SIGNATURE)).raises(NotHolder)


def test_head_returns_the_draft_and_the_drafting_step_starts_again_with_its_term():
    w = walk(1).to(Action.SIGN)
    drafting_due = w.active.dues[2]
    returned, again = given(*w.events).when(
        ReturnDraft(w.holder(), "periods unclear", MONDAY)).then(DraftReturned, StepStarted)
    assert returned.draft_number == 1
    assert again.step_id == "decide" and again.due_at == drafting_due
    assert again.person_id == EXECUTOR


def test_returning_when_there_is_nothing_to_sign_is_refused():
    w = walk(1).to(Action.DRAFT)
    given(*w.events).when(ReturnDraft(w.holder(role=Role.HEAD), "x", MONDAY)).raises(WrongStep)


def test_a_reworked_draft_gets_the_next_number():
    w = walk(1).to(Action.SIGN)
    w.run(ReturnDraft(w.holder(), "periods unclear", MONDAY))
    (drafted, _) = given(*w.events).when(
        DraftDecision(w.holder(), "approved", (), RECOGNITION, MONDAY)).then(
        DecisionDrafted, StepStarted)
    assert drafted.draft_number == 2


def test_issuing_closes_the_case():
    w = walk(1).to(Action.ISSUE)
    (issued,) = given(*w.events).when(IssueResult(w.holder(), MONDAY, "ok")).then(ResultIssued)
    assert issued.final and issued.outcome == "approved"


def test_issuing_before_signing_is_refused():
    w = walk(1).to(Action.SIGN)
    executor = replace(w.holder(), role=Role.RESPONSIBLE_EXECUTOR, person_id=EXECUTOR)
    given(*w.events).when(IssueResult(executor, MONDAY)).raises(WrongStep)


def test_without_a_reference_the_decision_is_referenced_from_the_fresh_id():
    w = walk(1).to(Action.SIGN)
    signed, _ = given(*w.events).when(
        SignDecision(w.holder(), None, MONDAY, fresh="3f9a1c07b2e64d1a",
                     head_signature=HEAD_SIGNATURE)).then(
        DecisionSigned, StepStarted)
    assert signed.decision_reference == "D-2025-3f9a1c07b2"


def test_a_decision_with_neither_a_reference_nor_a_fresh_id_is_refused():
    w = walk(1).to(Action.SIGN)
    given(*w.events).when(SignDecision(w.holder(), None, MONDAY)).raises(
        InvalidDecision, field="decision_reference")
