"""The workflow decider: cases moving through their regulation's steps. Pure: no I/O.

`Engine(catalogues).decide` and `evolve` are the decide and evolve of a case; the service binds
them into its `eventkit.decider.Decider` in `commanding.py`, the one place that runs commands.
"""

from .catalogues import Catalogues, CatalogueSource
from .channels import in_person_channel
from .commands import (
    AssignExecutor,
    Caller,
    CaseCommand,
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
from .deciding import decision_document
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

__all__ = [
    "Action", "Active", "AssignExecutor", "Caller", "CaseAlreadyOpen", "CaseClosed",
    "CaseCommand", "CaseNotFound", "CatalogueSource", "Catalogues", "Closed", "Command",
    "DraftDecision", "Engine", "ExtendTerm", "ExtensionRefused", "ExtensionUsedUp", "FeeNotPaid",
    "InvalidDecision", "IssueResult", "MarkNoticeOverdue", "MarkOverdue", "NoCase", "NoDraft",
    "NotHolder", "NotOverdue", "NotifyApplicant", "OpenCase", "Opening",
    "OverdueAlreadyRecorded", "PlanStep", "ReassignExecutor", "RecordFeePaid", "Register",
    "RequestInformation", "ReturnDraft", "SendForSignature", "SignDecision", "State",
    "UnknownCatalogue", "WorkflowError", "WrongStep", "decision_document", "evolve",
    "in_person_channel", "initial_state",
]
