"""What each command does to an active case: a flat table command type -> small function."""

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from contracts.calendar import OFFICE_HOURS, due
from contracts.catalogue import Extension, ExtensionMode
from contracts.events import Event
from contracts.workflow_events import (
    ApplicantNotified,
    CaseRegistered,
    DecisionDrafted,
    DecisionSigned,
    DraftReturned,
    ExecutorAssigned,
    FeePaid,
    InformationRequested,
    NoticeOverdue,
    ResultIssued,
    SentForSignature,
    StepOverdue,
    TermExtended,
)

from .commands import (
    AssignExecutor,
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
from .errors import (
    ExtensionRefused,
    ExtensionUsedUp,
    FeeNotPaid,
    InvalidDecision,
    NoDraft,
    NotOverdue,
    OverdueAlreadyRecorded,
    WrongStep,
)
from .plan import Action, base_of, project_case_due

if TYPE_CHECKING:
    from .engine import Case


def decide(case: "Case", command: Any) -> list[Event]:
    handler = _HANDLERS.get(type(command))
    if handler is None:
        raise TypeError(f"unknown command {type(command).__name__}")
    return handler(case, command)


def _at(case: "Case", *actions: Action) -> None:
    if case.step.action not in actions:
        wanted = " or ".join(a.value for a in actions)
        raise WrongStep(f"the case is at step {case.step.step_id} ({case.step.action.value}),"
                        f" not at a step to {wanted}")


def _id(case: "Case") -> str:
    return case.state.case.case_id


def register(case: "Case", c: Register) -> list[Event]:
    _at(case, Action.REGISTER)
    case.ensure_holder(c.by)
    done = CaseRegistered(case_id=_id(case), registration_number=c.registration_number,
                          registered_at=c.now)
    return [done, *case.advance(c.now)]


def assign(case: "Case", c: AssignExecutor) -> list[Event]:
    _at(case, Action.ASSIGN)
    case.ensure_holder(c.by)
    assigned = ExecutorAssigned(case_id=_id(case), executor_person_id=c.executor_person_id,
                                assigned_at=c.now)
    after = _with(case, executor=c.executor_person_id)
    return [assigned, *after.advance(c.now)]


def reassign(case: "Case", c: ReassignExecutor) -> list[Event]:
    case.ensure_head(c.by)
    previous = case.state.executor
    if previous is None:
        raise WrongStep("no executor is assigned yet; assign one first")
    if previous == c.executor_person_id:
        return []
    return [ExecutorAssigned(case_id=_id(case), executor_person_id=c.executor_person_id,
                             previous_person_id=previous, reason=c.reason, assigned_at=c.now)]


def request_information(case: "Case", c: RequestInformation) -> list[Event]:
    _at(case, Action.DRAFT)
    case.ensure_holder(c.by)
    return [InformationRequested(case_id=_id(case), request_id=c.request_id,
                                 addressed_to=c.addressed_to, subject=c.subject,
                                 requested_at=c.now)]


def extend(case: "Case", c: ExtendTerm) -> list[Event]:
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
        case_id=_id(case), extension_id=ext.id, step_id=step.step_id, instance=s.current.instance,
        reason=c.reason, previous_due=s.current.due_at, new_due=new_due,
        case_due=project_case_due(case.plan, step.position, new_due, s.times),
        notice_due=due(c.now, notice.within, hours) if notice else None, extended_at=c.now,
    )]


def _extension(case: "Case", extension_id: str) -> Extension:
    for ext in case.regulation.extensions_for(case.state.case.route_id):
        if ext.id == extension_id:
            return ext
    raise ExtensionRefused(f"the regulation allows no extension {extension_id!r} on this route",
                           field="extension_id")


def notify(case: "Case", c: NotifyApplicant) -> list[Event]:
    case.ensure_holder(c.by, or_head=True)
    if c.extension_id not in case.state.notices:
        raise WrongStep(f"no notice is due for extension {c.extension_id!r}")
    return [ApplicantNotified(case_id=_id(case), extension_id=c.extension_id, form=c.form,
                              notified_at=c.now)]


def draft(case: "Case", c: DraftDecision) -> list[Event]:
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
        payload: dict = {}
    else:
        if step.awaits_applicant and not s.fee_paid:
            raise FeeNotPaid(f"waiting for the applicant: {step.awaits_applicant}")
        payload = case.rules.payload(s.case, step.stage, c.payload)
    drafted = DecisionDrafted(case_id=_id(case), draft_number=s.drafts + 1, outcome=c.outcome,
                              reasons=list(c.reasons), payload=payload, stage=step.stage,
                              drafted_at=c.now)
    return [drafted, *case.advance(c.now)]


def send(case: "Case", c: SendForSignature) -> list[Event]:
    _at(case, Action.SEND)
    case.ensure_holder(c.by)
    current = _draft(case)
    return [SentForSignature(case_id=_id(case), draft_number=current.number, sent_at=c.now),
            *case.advance(c.now)]


def return_draft(case: "Case", c: ReturnDraft) -> list[Event]:
    _at(case, Action.SIGN)
    case.ensure_holder(c.by)
    current = _draft(case)
    # back to the step that drew the draft up; it keeps the term it had
    position = max(p.position for p in case.plan[: case.step.position] if p.action is Action.DRAFT)
    returned = DraftReturned(case_id=_id(case), draft_number=current.number, comment=c.comment,
                             returned_at=c.now)
    return [returned, case.start(position, c.now)]


def sign(case: "Case", c: SignDecision) -> list[Event]:
    _at(case, Action.SIGN)
    case.ensure_holder(c.by)
    d, facts = _draft(case), case.state.case
    signed = DecisionSigned(
        case_id=facts.case_id, regulation_id=facts.regulation_id, sub_service=facts.sub_service,
        catalogue_version=facts.catalogue_version, outcome=d.outcome, reasons=list(d.reasons),
        decision_reference=c.decision_reference, applicant=facts.applicant,
        provider=facts.provider, signed_at=c.now, payload=d.payload, stage=d.stage,
        registered_at=case.state.registered_at,
    )
    following = case.advance(c.now)
    if following:
        return [signed, *following]
    # a route that ends in signing (reg. 13 via an intermediary) hands the result over at once
    return [signed, ResultIssued(
        case_id=facts.case_id, regulation_id=facts.regulation_id, outcome=d.outcome,
        decision_reference=c.decision_reference, provider=facts.provider, issued_at=c.now,
        stage=d.stage, final=True,
    )]


def issue(case: "Case", c: IssueResult) -> list[Event]:
    _at(case, Action.ISSUE)
    case.ensure_holder(c.by)
    signed = case.state.signed
    if signed is None:
        raise NoDraft("there is no signed result to issue")
    later = [p for p in case.plan[case.step.position + 1:] if p.action is Action.ISSUE]
    final = signed.outcome == "refused" or not later
    issued = ResultIssued(
        case_id=_id(case), regulation_id=case.state.case.regulation_id, outcome=signed.outcome,
        decision_reference=signed.reference, provider=case.state.case.provider,
        issued_at=c.now, summary=c.summary, stage=signed.stage, final=final,
    )
    return [issued] if final else [issued, *case.advance(c.now)]


def fee_paid(case: "Case", c: RecordFeePaid) -> list[Event]:
    case.ensure_holder(c.by, or_head=True)
    if not case.step.awaits_applicant:
        raise WrongStep("the case is not waiting for the applicant")
    if case.state.fee_paid:
        return []
    return [FeePaid(case_id=_id(case), reference=c.reference, paid_at=c.now)]


def mark_overdue(case: "Case", c: MarkOverdue) -> list[Event]:
    current = case.state.current
    if c.instance != current.instance:
        raise NotOverdue(f"step instance {c.instance} is finished")
    if current.overdue:
        raise OverdueAlreadyRecorded(f"step instance {c.instance} is already overdue")
    if current.due_at is None or c.now <= current.due_at:
        raise NotOverdue(f"step instance {c.instance} is not past its due time")
    return [StepOverdue(case_id=_id(case), step_id=current.step_id, instance=current.instance,
                        due_at=current.due_at, detected_at=c.now)]


def mark_notice_overdue(case: "Case", c: MarkNoticeOverdue) -> list[Event]:
    notice = case.state.notices.get(c.extension_id)
    if notice is None:
        raise NotOverdue(f"no notice of extension {c.extension_id!r} is pending")
    if notice.overdue:
        raise OverdueAlreadyRecorded(f"the notice of extension {c.extension_id!r} is already"
                                     " overdue")
    if c.now <= notice.due_at:
        raise NotOverdue(f"the notice of extension {c.extension_id!r} is not past its due time")
    return [NoticeOverdue(case_id=_id(case), extension_id=c.extension_id,
                          notice_due=notice.due_at, detected_at=c.now)]


def _draft(case: "Case"):
    if case.state.draft is None:
        raise NoDraft("there is no draft")
    return case.state.draft


def _with(case: "Case", **changes) -> "Case":
    return replace(case, state=replace(case.state, **changes))


_HANDLERS: dict[type, Callable[["Case", Any], list[Event]]] = {
    Register: register,
    AssignExecutor: assign,
    ReassignExecutor: reassign,
    RequestInformation: request_information,
    ExtendTerm: extend,
    NotifyApplicant: notify,
    DraftDecision: draft,
    SendForSignature: send,
    ReturnDraft: return_draft,
    SignDecision: sign,
    IssueResult: issue,
    RecordFeePaid: fee_paid,
    MarkOverdue: mark_overdue,
    MarkNoticeOverdue: mark_notice_overdue,
}

