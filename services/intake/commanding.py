"""The application layer shared by the API, the handlers and the return sweep.

It binds the decider to eventkit's command handler, resolves the regulation rules the commands
carry, issues receipt numbers and says who the system is when no person acts.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache

import asyncpg

from contracts.calendar import OFFICE_HOURS
from contracts.catalogue import catalogue_for, load_catalogue
from contracts.identity import Actor, Producer, Role
from contracts.intake_events import REGISTRY
from contracts.people import OrganisationRef
from eventkit.decider import Decider

from .domain import State, decide, evolve, initial_state
from .domain.rules import IntakeRules, rules_from_regulation

DECIDER: Decider = Decider(initial_state, decide, evolve, REGISTRY)

# Who acts when intake reacts on its own (a result arriving, an uncollected result going back).
SYSTEM_ACTOR = Actor(person_id="intake-service", role=Role.SYSTEM)

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@lru_cache(maxsize=256)
def rules_for(regulation_id: int, catalogue_version: str) -> IntakeRules:
    """The rules of a catalogue version: a case keeps the rules it started under."""
    for catalogue in load_catalogue().versions:
        if catalogue.version.id == catalogue_version:
            return rules_from_regulation(catalogue.regulation(regulation_id), catalogue_version)
    raise LookupError(f"no catalogue version {catalogue_version}")


def rules_in_force(regulation_id: int, now: datetime) -> IntakeRules:
    catalogue = catalogue_for(local_date(now))
    return rules_for(regulation_id, catalogue.version.id)


def local_date(moment: datetime):
    return moment.astimezone(OFFICE_HOURS["state_corporation"].zone).date()


def holder_of(state: State) -> Producer:
    """The organisation that holds the application: it speaks for intake's own reactions."""
    receipt = getattr(state, "receipt")
    org: OrganisationRef = getattr(receipt, "accepted_by", None) or receipt.refused_by
    return Producer(**org.model_dump())


async def next_receipt_number(conn: asyncpg.Connection, organisation_id: str, year: int) -> str:
    """`<organisation>-<year>-<NNNNNN>`: sequential per organisation and year, no gaps on commit."""
    number = await conn.fetchval(
        "INSERT INTO intake_receipt_counters (organisation_id, year, last_number)"
        " VALUES ($1, $2, 1) ON CONFLICT (organisation_id, year)"
        " DO UPDATE SET last_number = intake_receipt_counters.last_number + 1"
        " RETURNING last_number",
        organisation_id, year,
    )
    return f"{organisation_id}-{year}-{number:06d}"
