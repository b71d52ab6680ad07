"""`evolve(state, event) -> state`: the one fold of a case's events."""

from dataclasses import replace
from typing import assert_never

from contracts.events import Event
from contracts.workflow_events import (
    ApplicantNotified,
    CaseOpened,
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
    StepStarted,
    TermExtended,
)

from .state import (
    Active,
    CaseFacts,
    Closed,
    Draft,
    Holder,
    NoCase,
    Opening,
    PendingNotice,
    Signed,
    State,
    StepInstance,
)


def evolve(state: State, event: Event) -> State:
    match state:
        case NoCase():
            return _opened(event) if isinstance(event, CaseOpened) else state
        case Opening():
            return _first_step(state, event) if isinstance(event, StepStarted) else state
        case Active():
            return _active(state, event)
        case Closed():
            return state
        case _:
            assert_never(state)


def _opened(e: CaseOpened) -> Opening:
    facts = CaseFacts(
        case_id=e.case_id, application_id=e.application_id, regulation_id=e.regulation_id,
        sub_service=e.sub_service, catalogue_version=e.catalogue_version, route_id=e.route_id,
        channel=e.channel, provider=e.provider, applicant=e.applicant, facts=e.facts,
        opened_at=e.opened_at,
    )
    return Opening(facts, e.case_due)


def _instance(e: StepStarted) -> StepInstance:
    holder = Holder(e.role, e.holder_kind, e.district, e.rural_district, e.organisation_id,
                    e.person_id)
    return StepInstance(e.step_id, e.position, e.instance, holder, e.started_at, e.due_at)


def _first_step(state: Opening, e: StepStarted) -> Active:
    return Active(state.case, _instance(e), state.case_due, instances=e.instance,
                  times={e.step_id: (e.started_at, None)}, dues={e.position: e.due_at})


def _active(s: Active, e: Event) -> State:
    match e:
        case StepStarted():
            times = {**s.times, s.current.step_id: (s.times[s.current.step_id][0], e.started_at),
                     e.step_id: (e.started_at, None)}
            return replace(s, current=_instance(e), instances=e.instance, times=times,
                           dues={**s.dues, e.position: e.due_at},
                           case_due=e.case_due if e.case_due is not None else s.case_due)
        case CaseRegistered():
            return replace(s, registered=True, registered_at=e.registered_at)
        case ExecutorAssigned():
            return replace(s, executor=e.executor_person_id, current=_reassigned(s, e))
        case InformationRequested():
            return replace(s, requests=s.requests + 1,
                           first_request_at=s.first_request_at or e.requested_at)
        case TermExtended():
            return _extended(s, e)
        case ApplicantNotified():
            return replace(s, notices={k: n for k, n in s.notices.items() if k != e.extension_id})
        case NoticeOverdue():
            if e.extension_id not in s.notices:
                return s
            notice = replace(s.notices[e.extension_id], overdue=True)
            return replace(s, notices={**s.notices, e.extension_id: notice})
        case DecisionDrafted():
            draft = Draft(e.draft_number, e.outcome, tuple(e.reasons), e.payload, e.stage)
            return replace(s, drafts=e.draft_number, draft=draft)
        case DraftReturned():
            return replace(s, draft=None)
        case DecisionSigned():
            return replace(s, signed=Signed(e.outcome, e.decision_reference, e.stage))
        case ResultIssued():
            if e.final:
                return Closed(s.case, e.outcome, e.decision_reference, e.issued_at)
            return replace(s, draft=None, signed=None)
        case FeePaid():
            return replace(s, fee_paid=True)
        case StepOverdue():
            if e.instance != s.current.instance:
                return s
            return replace(s, current=replace(s.current, overdue=True))
        case SentForSignature() | CaseOpened():
            return s
    return s


def _reassigned(s: Active, e: ExecutorAssigned) -> StepInstance:
    holder = s.current.holder
    if e.previous_person_id is None or holder.person_id != e.previous_person_id:
        return s.current
    return replace(s.current, holder=replace(holder, person_id=e.executor_person_id))


def _extended(s: Active, e: TermExtended) -> Active:
    current = s.current
    if e.instance == current.instance:
        current = replace(current, due_at=e.new_due)
    notices = s.notices
    if e.notice_due is not None and e.extension_id not in notices:
        # a notice still pending covers a further use of the same extension: its due stands
        notices = {**notices, e.extension_id: PendingNotice(e.notice_due)}
    return replace(
        s, current=current, case_due=e.case_due, notices=notices,
        extensions={**s.extensions, e.extension_id: s.extensions.get(e.extension_id, 0) + 1},
        dues={**s.dues, current.position: e.new_due},
    )
