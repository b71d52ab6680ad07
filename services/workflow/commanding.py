"""The case's command side: the engine and its decider, bound to the catalogues the app was built
with, on eventkit's one write path. Routes, the inbox handler and the deadline timer change a
case only through `Cases`; nothing else in the service calls `eventkit.commands.execute`.
"""

from datetime import date

from contracts.catalogue import Regulation
from contracts.decision_document import DecisionDocument
from contracts.identity import Actor, Producer, Role
from contracts.workflow_events import REGISTRY, CaseOpened
from eventkit.commands import Streams, command, load
from eventkit.db import Connection
from eventkit.decider import Decider
from eventkit.logging import get_logger
from eventkit.store import ConcurrencyError, Metadata

from .domain import (
    Action,
    Active,
    Caller,
    CatalogueSource,
    Command,
    Engine,
    MarkNoticeOverdue,
    MarkOverdue,
    NotHolder,
    State,
    WorkflowError,
    decision_document,
    evolve,
    initial_state,
)
from .domain.state import CaseFacts

log = get_logger(__name__)

# Who acts when the workflow reacts on its own: receiving a forwarded case, marking what is late.
RECEIVER = Actor(person_id="workflow", role=Role.SYSTEM)
SCHEDULER = Actor(person_id="deadline-scheduler", role=Role.SYSTEM)
# A reaction (no caller's If-Match) decides again when another writer got to the stream first.
RETRIES = 5


class Cases:
    """The cases of one set of catalogues (tests bring their own): decide, append, read back."""

    def __init__(self, catalogues: CatalogueSource) -> None:
        self.engine = Engine(catalogues)
        self.decider: Decider[State, Command] = Decider(
            initial_state, self.engine.decide, evolve, REGISTRY)
        self.streams: Streams[State, Command, str] = Streams(self.decider)
        self.run = self.streams.run

    async def mark_late(self, conn: Connection, case_id: str,
                        late: MarkOverdue | MarkNoticeOverdue, producer: Producer) -> int:
        """Say a step (a notice) is overdue, in the provider's name; 0 when it is no longer a
        candidate: said already (by us or another instance), finished, extended or sent."""
        meta = Metadata.on_time(producer, SCHEDULER, late.now)
        try:
            outcome = await self.run(conn, case_id, command(late), meta, retries=RETRIES)
        except (WorkflowError, ConcurrencyError) as error:
            log.debug("overdue.skipped", reason=type(error).__name__)
            return 0
        return len(outcome.events)

    def registers_first(self, state: State) -> bool:
        """The case waits at a registration step held by its provider's own clerk."""
        if not isinstance(state, Active):
            return False
        case = self.engine.case(state)
        step = case.step
        return (step.action is Action.REGISTER and step.role is Role.OFFICE_CLERK
                and step.org == state.case.provider.kind)

    def document_to_sign(self, state: State) -> DecisionDocument | None:
        """The decision document the head signs, while the case waits at a signing step with
        its draft (None otherwise: the sign command then says why)."""
        if not isinstance(state, Active) or self.engine.case(state).step.action is not Action.SIGN:
            return None
        return decision_document(state)

    def holds_step(self, state: State, caller: Caller) -> bool:
        """Whether the caller holds the step the (active) case waits at."""
        if not isinstance(state, Active):
            return False
        try:
            self.engine.case(state).ensure_holder(caller)
        except NotHolder:
            return False
        return True

    async def state_of(self, conn: Connection, case_id: str) -> tuple[State, int]:
        """The case as its log tells it now, and its version."""
        loaded = await load(conn, self.decider, case_id)
        return loaded.state, loaded.version

    def participants(self, case: CaseFacts | CaseOpened) -> frozenset[str]:
        """The organisation kinds holding a step of the case's plan: who may see the case."""
        return self.engine.participants(case)

    def in_force(self, regulation_id: int, day: date) -> tuple[str, Regulation]:
        """The catalogue version in force on `day` and the regulation as it has it."""
        version = self.engine.catalogues.version_for(day)
        return version, self.engine.catalogues.regulation(version, regulation_id)
