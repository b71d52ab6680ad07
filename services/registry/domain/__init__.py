"""The registry's rules, pure: the holder's file (register entry and documents) and the record
of a public lookup. `commanding.py` binds them to the write path."""

from .deciding import decide
from .evolving import evolve
from .lookups import RecordLookup, decide_lookup, evolve_lookup
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

__all__ = [
    "INITIAL", "KIND_BY_REGULATION", "TITLES", "AlreadyIssued", "Annul", "Command",
    "CountedFrom", "Doc", "DocStatus", "DocumentNotFound", "Holder", "Issue", "IssueTerm",
    "MarkOverdue", "NoLongerValid", "NotRegistered", "NotTheAuthority", "RecordLookup",
    "Register", "RegistryError", "Replacement", "RequestDocument", "Revoke", "UnknownTerm",
    "decide", "decide_lookup", "evolve", "evolve_lookup", "issue_due", "issue_term",
    "regulation_in", "term_for",
]
