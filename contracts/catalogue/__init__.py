"""The regulation catalogue: the 18 regulations of akimat resolution No. 81 as versioned data.

    from contracts.catalogue import catalogue_for
    reg = catalogue_for(case_started_on).regulation(1)
    steps = reg.plan("state_corporation", sub_service="first_registration")

See docs/catalogue.md for the data layout and how to change it.
"""

from .acts import (
    BASIS_SETTING,
    CONTINUE_SETTING,
    ActInForce,
    ActNotInForce,
    Continuation,
    continuation_from,
    deployment_continuation,
)
from .loader import CatalogueError, CatalogueHistory, catalogue_for, in_force_on, load_catalogue
from .models import (
    AcceptRefusal,
    Actor,
    Amendment,
    Anchor,
    ApplicantWindow,
    CarriedOver,
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
    Repeal,
    Result,
    Route,
    ServiceRefusal,
    Sourced,
    Staff,
    Step,
    SubService,
)
from .places import (
    PLACES_SETTING,
    Place,
    Places,
    PlacesError,
    deployment_places,
    load_places,
    parse_places,
)
from .plan import Planned, Term, case_plan, chain_end, delivery_legs, provider_plan, schedule
from .provenance import assumed_values, carried_over
from .regulation import Catalogue, CatalogueVersion, Regulation, RouteNotFound
from .vocabulary import (
    Bound,
    Channel,
    ExtensionMode,
    FeeKind,
    Org,
    Outcome,
    PlaceService,
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
    "BASIS_SETTING", "CONTINUE_SETTING", "PLACES_SETTING", "AcceptRefusal", "ActInForce",
    "ActNotInForce", "Actor", "Amendment", "Anchor", "ApplicantWindow", "Bound", "CarriedOver",
    "Catalogue", "CatalogueError", "CatalogueHistory", "CatalogueVersion", "Channel", "Checklist",
    "Cited", "Continuation", "Edition", "Extension", "ExtensionMode", "Fee", "FeeKind",
    "IntakeChannel", "Item", "LegalAct", "Name", "Notice", "Org", "Outcome", "Place",
    "PlaceService", "Places", "PlacesError", "Planned", "Produces", "Provider", "Recipient",
    "RefusalObject", "Regulation", "Repeal", "Result", "ResultForm", "ResultItem", "ResultKind",
    "Role", "Route", "RouteNotFound", "ServiceForm", "ServiceRefusal", "Source", "Sourced",
    "Staff", "Step", "SubService", "Term", "assumed_values", "carried_over", "case_plan",
    "catalogue_for", "chain_end", "continuation_from", "delivery_legs", "deployment_continuation",
    "deployment_places", "in_force_on", "load_catalogue", "load_places", "parse_places",
    "provider_plan", "schedule",
]
