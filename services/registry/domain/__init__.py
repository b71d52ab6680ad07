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
from .terms import (
    KIND_BY_REGULATION,
    TITLES,
    CountedFrom,
    IssueTerm,
    UnknownTerm,
    issue_due,
    issue_term,
    regulation_in,
    term_for,
)

DECIDER: Decider[Holder, Command] = Decider(INITIAL, decide, evolve, REGISTRY)


def stream_of(holder_id: str) -> str:
    return f"holder-{holder_id}"


__all__ = [
    "DECIDER", "INITIAL", "KIND_BY_REGULATION", "TITLES", "AlreadyIssued", "Annul", "Command",
    "CountedFrom", "Doc", "DocStatus", "DocumentNotFound", "Holder", "Issue", "IssueTerm",
    "MarkOverdue", "NoLongerValid", "NotRegistered", "NotTheAuthority", "Register",
    "RegistryError", "Replacement", "RequestDocument", "Revoke", "UnknownTerm", "decide",
    "evolve", "issue_due", "issue_term", "regulation_in", "stream_of", "term_for",
]
