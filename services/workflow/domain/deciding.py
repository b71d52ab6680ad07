"""What each command does to an active case: one small function per command, `decide` picks.

The steps of the plan are here; extensions, notices and overdue marks are in `terms`.
"""

from dataclasses import replace
from typing import Any, assert_never

from contracts.decision_document import DecisionDocument
from contracts.events import Event
from contracts.workflow_events import (
    CaseRegistered,
    DecisionDrafted,
    DecisionSigned,
    DraftReturned,
    ExecutorAssigned,
    FeePaid,
    InformationRequested,
    ResultIssued,
    SentForSignature,
)

from . import terms
from .case import Case
from .commands import (
    AssignExecutor,
    CaseCommand,
    DraftDecision,
    ExtendTerm,
    IssueResult,
    MarkNoticeOverdue,
    MarkOverdue,
    NotifyApplicant,
    ReassignExecutor,
    RecordFeePaid,
    Register,
    RequestInformation,
    ReturnDraft,
    SendForSignature,
    SignDecision,
)
from .errors import FeeNotPaid, InvalidDecision, NoDraft, WrongStep
from .plan import Action
from .state import Active, Draft


def decide(case: Case, command: CaseCommand) -> list[Event]:
    match command:
        case Register():
            return register(case, command)
        case AssignExecutor():
            return assign(case, command)
        case ReassignExecutor():
            return reassign(case, command)
        case RequestInformation():
            return request_information(case, command)
        case ExtendTerm():
            return terms.extend(case, command)
        case NotifyApplicant():
            return terms.notify(case, command)
        case DraftDecision():
            return draft(case, command)
        case SendForSignature():
            return send(case, command)
        case ReturnDraft():
            return return_draft(case, command)
        case SignDecision():
            return sign(case, command)
        case IssueResult():
            return issue(case, command)
        case RecordFeePaid():
            return fee_paid(case, command)
        case MarkOverdue():
            return terms.mark_overdue(case, command)
        case MarkNoticeOverdue():
            return terms.mark_notice_overdue(case, command)
        case _:
            assert_never(command)


def _at(case: Case, *actions: Action) -> None:
    if case.step.action not in actions:
        wanted = " or ".join(a.value for a in actions)
        raise WrongStep(f"the case is at step {case.step.step_id} ({case.step.action.value}),"
                        f" not at a step to {wanted}")


def register(case: Case, c: Register) -> list[Event]:
    _at(case, Action.REGISTER)
    case.ensure_holder(c.by)
    done = CaseRegistered(case_id=case.case_id, registration_number=registration_number(case, c),
                          registered_at=c.now)
    return [done, *case.advance(c.now)]


def assign(case: Case, c: AssignExecutor) -> list[Event]:
    _at(case, Action.ASSIGN)
    case.ensure_holder(c.by)
    assigned = ExecutorAssigned(case_id=case.case_id, executor_person_id=c.executor_person_id,
                                assigned_at=c.now)
    after = replace(case, state=replace(case.state, executor=c.executor_person_id))
    return [assigned, *after.advance(c.now)]


def reassign(case: Case, c: ReassignExecutor) -> list[Event]:
    case.ensure_head(c.by)
    previous = case.state.executor
    if previous is None:
        raise WrongStep("no executor is assigned yet; assign one first")
    if previous == c.executor_person_id:
        return []
    return [ExecutorAssigned(case_id=case.case_id, executor_person_id=c.executor_person_id,
                             previous_person_id=previous, reason=c.reason, assigned_at=c.now)]


def request_information(case: Case, c: RequestInformation) -> list[Event]:
    _at(case, Action.DRAFT)
    case.ensure_holder(c.by)
    return [InformationRequested(case_id=case.case_id, request_id=c.request_id,
                                 addressed_to=c.addressed_to, subject=c.subject,
                                 requested_at=c.now)]








def draft(case: Case, c: DraftDecision) -> list[Event]:
    _at(case, Action.DRAFT)
    case.ensure_holder(c.by)
    s, step = case.state, case.step
    if c.outcome == "refused":
        if not case.may_refuse():
            raise InvalidDecision("the regulation gives no refusal of the service",
                                  field="outcome")
        if not any(r.strip() for r in c.reasons):
            raise InvalidDecision("a refusal gives its reasons", field="reasons")
        if c.payload:
            raise InvalidDecision("a refusal carries no decision payload", field="payload")
        payload: dict[str, Any] = {}
    else:
        if step.awaits_applicant and not s.fee_paid:
            raise FeeNotPaid(f"waiting for the applicant: {step.awaits_applicant}")
        _check_payout_here(case, c.payload)
        payload = case.rules.payload(s.case, step.stage, c.payload)
    drafted = DecisionDrafted(case_id=case.case_id, draft_number=s.drafts + 1, outcome=c.outcome,
                              reasons=list(c.reasons), payload=payload, stage=step.stage,
                              drafted_at=c.now)
    return [drafted, *case.advance(c.now)]


def _check_payout_here(case: Case, payload: dict[str, Any]) -> None:
    """Where para 3 lists the payment for some channels only (reg. 1: at the State Corporation,
    lines 112-120; at the provider only the decision and the certificate, lines 106-110), a case
    lodged elsewhere decides no payout."""
    if "payout" not in payload or case.pays_through_its_channel():
        return
    raise InvalidDecision(f"regulation {case.state.case.regulation_id} lists no payment among "
                          f"the results through {case.state.case.channel}", field="payload.payout")


def send(case: Case, c: SendForSignature) -> list[Event]:
    _at(case, Action.SEND)
    case.ensure_holder(c.by)
    current = _draft(case)
    return [SentForSignature(case_id=case.case_id, draft_number=current.number, sent_at=c.now),
            *case.advance(c.now)]


def return_draft(case: Case, c: ReturnDraft) -> list[Event]:
    _at(case, Action.SIGN)
    case.ensure_holder(c.by)
    current = _draft(case)
    # back to the step that drew the draft up; it keeps the term it had
    position = max(p.position for p in case.plan[: case.step.position] if p.action is Action.DRAFT)
    returned = DraftReturned(case_id=case.case_id, draft_number=current.number, comment=c.comment,
                             returned_at=c.now)
    return [returned, case.start(position, c.now)]


def decision_document(state: Active) -> DecisionDocument | None:
    """The document the head signs: the current draft as `DecisionSigned.document()` will read
    it back from the decision (None without a draft)."""
    d, facts = state.draft, state.case
    if d is None:
        return None
    return DecisionDocument(
        case_id=facts.case_id, regulation_id=facts.regulation_id, sub_service=facts.sub_service,
        catalogue_version=facts.catalogue_version, outcome=d.outcome, reasons=list(d.reasons),
        applicant=facts.applicant, provider=facts.provider, payload=d.payload, stage=d.stage)


def sign(case: Case, c: SignDecision) -> list[Event]:
    _at(case, Action.SIGN)
    case.ensure_holder(c.by)
    d, facts = _draft(case), case.state.case
    reference = decision_reference(c)
    if not c.head_signature:
        raise InvalidDecision("the head's own signature of the decision document is missing",
                              field="signature")
    signed = DecisionSigned(
        case_id=facts.case_id, regulation_id=facts.regulation_id, sub_service=facts.sub_service,
        catalogue_version=facts.catalogue_version, outcome=d.outcome, reasons=list(d.reasons),
        decision_reference=reference, applicant=facts.applicant,
        provider=facts.provider, signed_at=c.now, payload=d.payload, stage=d.stage,
        registered_at=case.state.registered_at, channel=facts.channel,
        head_signature=c.head_signature,
    )
    following = case.advance(c.now)
    if following:
        return [signed, *following]
    # a route that ends in signing (reg. 13 via an intermediary) hands the result over at once
    return [signed, ResultIssued(
        case_id=facts.case_id, regulation_id=facts.regulation_id, outcome=d.outcome,
        decision_reference=reference, provider=facts.provider, issued_at=c.now,
        stage=d.stage, final=True,
    )]


def issue(case: Case, c: IssueResult) -> list[Event]:
    _at(case, Action.ISSUE)
    case.ensure_holder(c.by)
    signed = case.state.signed
    if signed is None:
        raise NoDraft("there is no signed result to issue")
    later = [p for p in case.plan[case.step.position + 1:] if p.action is Action.ISSUE]
    final = signed.outcome == "refused" or not later
    issued = ResultIssued(
        case_id=case.case_id, regulation_id=case.state.case.regulation_id, outcome=signed.outcome,
        decision_reference=signed.reference, provider=case.state.case.provider,
        issued_at=c.now, summary=c.summary, stage=signed.stage, final=final,
    )
    return [issued] if final else [issued, *case.advance(c.now)]


def fee_paid(case: Case, c: RecordFeePaid) -> list[Event]:
    case.ensure_holder(c.by, or_head=True)
    if not case.step.awaits_applicant:
        raise WrongStep("the case is not waiting for the applicant")
    if case.state.fee_paid:
        return []
    return [FeePaid(case_id=case.case_id, reference=c.reference, paid_at=c.now)]






def _draft(case: Case) -> Draft:
    if case.state.draft is None:
        raise NoDraft("there is no draft")
    return case.state.draft


def registration_number(case: Case, c: Register) -> str:
    """The caller's number, or `<yyyymmdd>-<the case id's first 8 characters>`."""
    return c.registration_number or f"{c.now:%Y%m%d}-{case.case_id[:8]}"


def decision_reference(c: SignDecision) -> str:
    """The caller's reference, or `D-<year>-<10 hex digits>` from the command's fresh id."""
    if c.decision_reference:
        return c.decision_reference
    if not c.fresh:
        raise InvalidDecision("name the decision reference", field="decision_reference")
    return f"D-{c.now:%Y}-{c.fresh[:10]}"
