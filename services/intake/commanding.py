"""The application's command side: the decider bound to eventkit's one write path, and the I/O
that commits with its events (the receipt number). Routes, handlers and timers change an
application only through the functions here.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from uuid import uuid4

from contracts.calendar import OFFICE_HOURS
from contracts.catalogue import (
    ActNotInForce,
    Regulation,
    catalogue_for,
    deployment_places,
    in_force_on,
    load_catalogue,
)
from contracts.directory import Directory
from contracts.identity import Actor, Producer, Role
from contracts.intake_events import REGISTRY, ApplicationAccepted
from contracts.people import OrganisationRef
from eventkit.commands import Outcome, Streams
from eventkit.db import Connection, atomic
from eventkit.decider import Decider
from eventkit.store import ConcurrencyError, Metadata

from .domain import (
    AwaitingPickup,
    Command,
    Forwarded,
    HandedOver,
    IntakeError,
    Invalid,
    NotSubmitted,
    ReturnedToProvider,
    ReturnResultToProvider,
    State,
    SubmitApplication,
    decide,
    evolve,
    initial_state,
)
from .domain.rules import IntakeRules, rules_from_regulation

DECIDER: Decider[State, Command] = Decider(initial_state, decide, evolve, REGISTRY)

# Who acts when intake reacts on its own (a result arriving, an uncollected result going back).
SYSTEM_ACTOR = Actor(person_id="intake-service", role=Role.SYSTEM)
# A reaction (no caller's If-Match) decides again when another writer got to the stream first.
RETRIES = 5


# Reg. 1's result is the certificate (para 5.3): the front office hands the decision over with
# it, so it waits for the registry to issue it (or to say the person is registered elsewhere).
DOCUMENT_BEFORE_HAND_OVER = frozenset({1})


def regulation_of(regulation_id: int, catalogue_version: str) -> Regulation:
    for catalogue in load_catalogue().versions:
        if catalogue.version.id == catalogue_version:
            return catalogue.regulation(regulation_id)
    raise LookupError(f"no catalogue version {catalogue_version}")


def regulation_in_force(regulation_id: int, now: datetime) -> Regulation:
    return catalogue_for(local_date(now)).regulation(regulation_id)


@lru_cache(maxsize=256)
def rules_for(regulation_id: int, catalogue_version: str) -> IntakeRules:
    """The rules of a catalogue version: a case keeps the rules it started under."""
    return rules_from_regulation(regulation_of(regulation_id, catalogue_version),
                                 catalogue_version)


def awaits_document(state: State) -> bool:
    """Whether the application's approved result is handed over only with its document."""
    if isinstance(state, NotSubmitted):
        return False
    receipt = state.receipt
    return receipt.regulation_id in DOCUMENT_BEFORE_HAND_OVER and receipt.sub_service in (
        None, "first_registration", "duplicate")


def providers_for(directory: Directory, receipt: ApplicationAccepted) -> list[OrganisationRef]:
    """Who may take the accepted package, the default first."""
    regulation = regulation_of(receipt.regulation_id, receipt.catalogue_version)
    default = directory.default_provider(regulation, receipt.accepted_by, receipt.channel,
                                         receipt.sub_service, receipt.district,
                                         receipt.rural_district)
    others = directory.providers(regulation, receipt.channel, receipt.sub_service,
                                 receipt.district, receipt.rural_district)
    ordered = ([default] if default is not None else []) + [o for o in others if o != default]
    return [o.ref for o in ordered]


def rules_in_force(regulation_id: int, now: datetime) -> IntakeRules:
    """The rules of the act in force today, with the record of that act and the deployment's
    place data; no act in force (before No. 81, after its repeal unless the deployment continues
    it) is a refusal naming why, never another version by default."""
    try:
        catalogue, act = in_force_on(local_date(now))
    except ActNotInForce as error:
        raise Invalid("regulation_id", str(error)) from None
    rules = rules_for(regulation_id, catalogue.version.id)
    return replace(rules, act=act, places=deployment_places())


def rules_of(state: State) -> IntakeRules:
    """The rules the application was accepted under."""
    if isinstance(state, NotSubmitted):
        raise LookupError("an application that was never submitted has no rules")
    return rules_for(state.receipt.regulation_id, state.receipt.catalogue_version)


def local_date(moment: datetime) -> date:
    return moment.astimezone(OFFICE_HOURS["state_corporation"].zone).date()


def holder_org(state: State) -> OrganisationRef:
    """The organisation that accepted (or refused) the package and holds the application."""
    if isinstance(state, NotSubmitted):
        raise LookupError("an application that was never submitted has no holder")
    receipt = state.receipt
    if isinstance(receipt, ApplicationAccepted):
        return receipt.accepted_by
    return receipt.refused_by


def forwarded_to(state: State) -> OrganisationRef | None:
    """The provider a forwarded package went to."""
    if isinstance(state, Forwarded | AwaitingPickup):
        return state.provider
    if isinstance(state, HandedOver | ReturnedToProvider):
        return state.result.provider
    return None


def holder_of(state: State) -> Producer:
    """The holding organisation as a producer: it speaks for intake's own reactions."""
    return Producer(**holder_org(state).model_dump())


APPLICATIONS: Streams[State, Command, str] = Streams(DECIDER)
run = APPLICATIONS.run


async def submit(
    conn: Connection,
    organisation_id: str,
    now: datetime,
    build: Callable[[str, str], SubmitApplication],
    meta: Metadata,
) -> Outcome[State]:
    """A new application with the next receipt number of the accepting organisation.

    `build(application_id, receipt_number)` makes the command; the number is taken in the same
    transaction as the receipt event, so a refused command leaves no number used.
    """
    application_id = str(uuid4())
    async with atomic(conn):
        number = await next_receipt_number(conn, organisation_id, local_date(now).year)
        return await run(conn, application_id, lambda _state: build(application_id, number),
                         meta, expected_version=0)


class _Skip(Exception):
    """The candidate the read model proposed is no longer one."""


async def return_to_provider(conn: Connection, application_id: str,
                             now: datetime) -> int:
    """Send an uncollected result back; 0 when it was collected or changed meanwhile."""
    def build(state: State) -> ReturnResultToProvider:
        if not isinstance(state, AwaitingPickup):
            raise _Skip
        return ReturnResultToProvider(now=now)

    def meta(state: State) -> Metadata:
        return Metadata.on_time(holder_of(state), SYSTEM_ACTOR, now)

    try:
        outcome = await run(conn, application_id, build, meta)
    except (_Skip, IntakeError, ConcurrencyError):
        return 0  # handed over or changed meanwhile: the next sweep sees the new state
    return len(outcome.events)


async def next_receipt_number(conn: Connection, organisation_id: str, year: int) -> str:
    """`<organisation>-<year>-<NNNNNN>`: sequential per organisation and year, no gaps on commit."""
    number = await conn.fetchval(
        "INSERT INTO intake_receipt_counters (organisation_id, year, last_number)"
        " VALUES ($1, $2, 1) ON CONFLICT (organisation_id, year)"
        " DO UPDATE SET last_number = intake_receipt_counters.last_number + 1"
        " RETURNING last_number",
        organisation_id, year,
    )
    return f"{organisation_id}-{year}-{number:06d}"
