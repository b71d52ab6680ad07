"""The building blocks of a regulation: cited values, steps, legs, channels, extensions, refusals.

Every record that states a fact inherits `Cited`: it says whether the fact comes from the
resolution text (`source: seed` with the seed line numbers) or was supplied by us
(`source: assumed` with a note saying what it stands in for). Nothing is silently invented.
"""

import datetime
from datetime import date
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from contracts.durations import Duration

from .vocabulary import (
    Bound,
    Channel,
    ExtensionMode,
    FeeKind,
    Org,
    Outcome,
    PlaceService,
    Produces,
    RefusalObject,
    ResultItem,
    Role,
    Source,
)

SEED_LINES = 1425  # length of the resolution text the line numbers point into
Slug = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
T = TypeVar("T")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Cited(Frozen):
    source: Source
    lines: tuple[Annotated[int, Field(ge=1, le=SEED_LINES)], ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _provenance_is_complete(self) -> "Cited":
        if self.source is Source.SEED and not self.lines:
            raise ValueError("source: seed needs the seed line numbers in `lines`")
        if self.source is Source.ASSUMED and not (self.note or "").strip():
            raise ValueError("source: assumed needs a `note` saying what the value stands in for")
        return self


class Sourced(Cited, Generic[T]):
    """A single value with its provenance."""

    value: T


class Name(Cited):
    kk: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Actor(Frozen):
    role: Role
    org: Org | None = None  # None only for the applicant

    @model_validator(mode="after")
    def _org_matches_role(self) -> "Actor":
        if (self.role is Role.APPLICANT) != (self.org is None):
            raise ValueError("the applicant has no organisation; every other actor has one")
        return self

    def __str__(self) -> str:
        return f"{self.role.value}@{self.org.value}" if self.org else self.role.value


class Anchor(Frozen):
    """The moment a term is counted from, when the text names one ("from registration")."""

    step: Slug
    edge: str = Field(default="end", pattern="^(start|end)$")


class ApplicantWindow(Frozen):
    """Time the applicant has, inside a step, to do something (reg. 16: prove the fee is paid)."""

    what: str
    within: Duration


class Step(Cited):
    """One timed action. Provider steps (para 5) and channel legs (paras 8-10) share this shape.

    A step's term runs from the end of the previous step unless `counted_from` names an anchor.
    `duration` is None only for untimed actions (portal events, schedule-driven payment); then
    `untimed` says why.
    """

    id: Slug
    para: str | None = Field(default=None, pattern=r"^\d+(\.\d+)*$")  # e.g. "5.3", "9.2"
    actor: Actor
    actor_named: bool = True  # False: the text does not name the actor; inferred from para 6
    action: str = Field(min_length=1)
    duration: Duration | None
    bound: Bound = Bound.EXACT
    counted_from: Anchor | None = None
    untimed: str | None = None
    produces: Produces
    applicant_window: ApplicantWindow | None = None

    @model_validator(mode="after")
    def _timed_or_explained(self) -> "Step":
        if (self.duration is None) != bool(self.untimed):
            raise ValueError("give either `duration` or `untimed` (the reason there is no term)")
        return self


class Route(Cited):
    """An ordered list of provider steps for one branch of a regulation.

    A route applies to the sub-services, provider kinds and channels it lists; an empty tuple
    means "any". `Regulation.route_for` picks the most specific route that fits a case.
    """

    id: Slug
    sub_services: tuple[Slug, ...] = ()
    providers: tuple[Org, ...] = ()
    channels: tuple[Channel, ...] = ()
    steps: tuple[Step, ...] = Field(min_length=1)

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.steps]


class AcceptRefusal(Cited):
    """Refusal to ACCEPT documents at intake: the applicant gets a refusal receipt."""

    standard_paragraph: int
    receipt_annex: int | None  # None: the text cites "the annex" without a number (reg. 12)
    refuses: RefusalObject


class IntakeChannel(Cited):
    """A place to lodge the application, with the legs it adds around the provider's route."""

    kind: Channel
    condition: str | None = None  # who may use it / when (e.g. only where there is no Centre)
    # the offices the applicant's place must NOT have for this channel to be open (regs 4, 12);
    # checked against the place data the deployment configures (`contracts.catalogue.places`)
    requires_absent: tuple[PlaceService, ...] = ()
    inbound: tuple[Step, ...] = ()  # before the provider's route: receipt, forwarding, courier
    outbound: tuple[Step, ...] = ()  # after it: collect the result, courier, hand over
    refusal_to_accept: AcceptRefusal | None = None

    @property
    def legs(self) -> tuple[Step, ...]:
        return (*self.inbound, *self.outbound)


class Result(Cited):
    item: ResultItem
    en: str
    outcome: Outcome = Outcome.POSITIVE
    channels: tuple[Channel, ...] = ()  # empty: every channel of the regulation


class ServiceRefusal(Cited):
    """Refusal to PROVIDE the service: a reasoned decision taken at one of `decided_at`."""

    standard_paragraph: int | None
    en: str
    decided_at: tuple[Slug, ...] = Field(min_length=1)
    listed_in_results: bool  # False: the refusal appears only inside a step, not in para 3


class Notice(Frozen):
    to: str
    form: str
    within: Duration
    counted_from: str


class Extension(Cited):
    """A conditional change of a step's term. `adds` lengthens it; `replaces` swaps the term."""

    id: Slug
    reason: str
    mode: ExtensionMode
    step: Slug
    duration: Duration
    bound: Bound = Bound.EXACT
    routes: tuple[Slug, ...] = ()  # empty: every route that has `step`
    notice: Notice | None = None
    max_times: int = Field(default=1, ge=1)


class SubService(Cited):
    id: Slug
    en: str


class Item(Cited):
    id: Slug
    en: str


class Checklist(Cited):
    """The document package of the Standard's paragraph (the list itself is not in the text)."""

    standard_paragraph: int
    items: tuple[Item, ...] = Field(min_length=1)


class LegalAct(Cited):
    act: str
    number: str | None = None
    date: date
    registry_number: int | None = None


class Edition(Cited):
    """Which act's wording this regulation file carries."""

    act: str
    date: date


class Amendment(Cited):
    act: str
    date: datetime.date
    kind: str = Field(pattern="^(new_edition|amended)$")
    effective_rule: str
    effective_from: Sourced[datetime.date]


class Repeal(Cited):
    """The act that repealed the resolution, and the day its rules stop being in force."""

    act: str
    date: datetime.date
    effective_rule: str
    effective_from: Sourced[datetime.date]  # the first day the resolution is no longer in force


class CarriedOver(Cited):
    """This file's `source: seed` citations point into a later edition's wording.

    The seed holds some regulations only as re-issued by a later act; the copy in an earlier
    catalogue version reuses that wording until the original is supplied. Every seed citation
    of such a file is carried over from `act`, not read from the edition the file stands for.
    """

    act: str
    date: datetime.date


class Provider(Cited):
    kinds: tuple[Org, ...] = Field(min_length=1)
    en: str


class Fee(Cited):
    kind: FeeKind
    detail: str | None = None


class Staff(Cited):
    actors: tuple[Actor, ...] = Field(min_length=1)
