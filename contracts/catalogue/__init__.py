"""The regulation catalogue: the 18 regulations of akimat resolution No. 81 as versioned data.

    from contracts.catalogue import catalogue_for
    reg = catalogue_for(case_started_on).regulation(1)
    steps = reg.plan("state_corporation", sub_service="first_registration")

See docs/catalogue.md for the data layout and how to change it.
"""

from .loader import CatalogueError, CatalogueHistory, catalogue_for, load_catalogue
from .models import (
    AcceptRefusal,
    Actor,
    Amendment,
    Anchor,
    ApplicantWindow,
    Checklist,
    Cited,
    Edition,
    Extension,
    Fee,
    IntakeChannel,
    Item,
    LegalAct,
    Name,
    Notice,
    Provider,
    Result,
    Route,
    ServiceRefusal,
    Sourced,
    Staff,
    Step,
    SubService,
)
from .provenance import assumed_values
from .regulation import Catalogue, CatalogueVersion, Regulation, RouteNotFound
from .vocabulary import (
    Bound,
    Channel,
    ExtensionMode,
    FeeKind,
    Org,
    Outcome,
    Produces,
    Recipient,
    RefusalObject,
    ResultForm,
    ResultItem,
    ResultKind,
    Role,
    ServiceForm,
    Source,
)

__all__ = [
    "AcceptRefusal", "Actor", "Amendment", "Anchor", "ApplicantWindow", "Bound", "Catalogue",
    "CatalogueError", "CatalogueHistory", "CatalogueVersion", "Channel", "Checklist", "Cited",
    "Edition", "Extension", "ExtensionMode", "Fee", "FeeKind", "IntakeChannel", "Item", "LegalAct",
    "Name", "Notice", "Org", "Outcome", "Produces", "Provider", "Recipient", "RefusalObject",
    "Regulation", "Result", "ResultForm", "ResultItem", "ResultKind", "Role", "Route",
    "RouteNotFound", "ServiceForm", "ServiceRefusal", "Source", "Sourced", "Staff", "Step",
    "SubService", "assumed_values", "catalogue_for", "load_catalogue",
]
