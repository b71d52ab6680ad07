"""The workflow decider: cases moving through their regulation's steps.

`decider(catalogues)` gives the `eventkit.decider.Decider` the API, the inbox handlers and the
deadline scheduler all run commands through.
"""

from contracts import workflow_events
from eventkit.decider import Decider

from .catalogues import CatalogueSource, Catalogues
from .commands import (
    AssignExecutor,
    Caller,
    Command,
    DraftDecision,
    ExtendTerm,
    IssueResult,
    MarkNoticeOverdue,
    MarkOverdue,
    NotifyApplicant,
    OpenCase,
    ReassignExecutor,
    RecordFeePaid,
    Register,
    RequestInformation,
    ReturnDraft,
    SendForSignature,
    SignDecision,
)
from .engine import Engine
from .errors import (
    CaseAlreadyOpen,
    CaseClosed,
    CaseNotFound,
    ExtensionRefused,
    ExtensionUsedUp,
    FeeNotPaid,
    InvalidDecision,
    NoDraft,
    NotHolder,
    NotOverdue,
    OverdueAlreadyRecorded,
    UnknownCatalogue,
    WorkflowError,
    WrongStep,
)
from .evolving import evolve
from .plan import Action, PlanStep
from .state import Active, Closed, NoCase, Opening, State

initial_state: State = NoCase()


def decider(catalogues: CatalogueSource) -> Decider[State, Command]:
    engine = Engine(catalogues)
    return Decider(initial_state, engine.decide, evolve, workflow_events.REGISTRY)


__all__ = [
    "Action", "Active", "AssignExecutor", "CaseAlreadyOpen", "CaseClosed", "CaseNotFound",
    "Caller", "CatalogueSource", "Catalogues", "Closed", "Command", "DraftDecision", "Engine",
    "ExtendTerm", "ExtensionRefused", "ExtensionUsedUp", "FeeNotPaid", "InvalidDecision",
    "IssueResult", "MarkNoticeOverdue", "MarkOverdue", "NoCase", "NoDraft", "NotHolder", "NotOverdue",
    "NotifyApplicant", "OpenCase", "Opening", "OverdueAlreadyRecorded", "PlanStep",
    "ReassignExecutor", "RecordFeePaid", "Register", "RequestInformation", "ReturnDraft",
    "SendForSignature", "SignDecision", "State", "UnknownCatalogue", "WorkflowError", "WrongStep",
    "decider", "evolve", "initial_state",
]
