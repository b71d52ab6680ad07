"""The registry's decider: one file per holder (register entry and documents)."""

from contracts.registry_events import REGISTRY
from eventkit.decider import Decider

from .deciding import decide
from .evolving import evolve
from .model import (
    INITIAL,
    AlreadyIssued,
    Annul,
    Command,
    Doc,
    DocStatus,
    DocumentNotFound,
    Holder,
    Issue,
    MarkOverdue,
    NoLongerValid,
    NotRegistered,
    NotTheAuthority,
    Register,
    RegistryError,
    Replacement,
    RequestDocument,
    Revoke,
)
from .terms import ISSUE_TERMS, KIND_BY_REGULATION, TITLES, issue_due

DECIDER: Decider[Holder, Command] = Decider(INITIAL, decide, evolve, REGISTRY)


def stream_of(holder_id: str) -> str:
    return f"holder-{holder_id}"


__all__ = [
    "DECIDER", "INITIAL", "ISSUE_TERMS", "KIND_BY_REGULATION", "TITLES", "AlreadyIssued", "Annul",
    "Command", "Doc", "DocStatus", "DocumentNotFound", "Holder", "Issue", "MarkOverdue",
    "NoLongerValid", "NotRegistered", "NotTheAuthority", "Register", "RegistryError",
    "Replacement", "RequestDocument", "Revoke", "decide", "evolve", "issue_due", "stream_of",
]
