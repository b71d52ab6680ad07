"""Which act is in force on a day, and what a receipt or a case records of the act it runs under.

Resolution No. 81 took effect on its own date, was amended twice and was repealed by resolution
No. 56 of 13 February 2020 (seed lines 14-15). Each catalogue version is in force from its
`effective_from` to its `in_force_until`; the last one ends the day before the repeal takes
effect. After that day no act is in force, and asking for one is refused (`ActNotInForce`),
never answered with the last version by default.

A deployment that must keep running these rules after the repeal says so in its settings:
`QORGAU_CONTINUE_REPEALED_ACT=<the last version's id>` (and, optionally, why in
`QORGAU_CONTINUE_REPEALED_ACT_BASIS`). Everything started under that setting records it
(`ActInForce.continued_by`), so every receipt and case names it.
"""

import os
from collections.abc import Mapping, Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from .regulation import Catalogue

CONTINUE_SETTING = "QORGAU_CONTINUE_REPEALED_ACT"
BASIS_SETTING = "QORGAU_CONTINUE_REPEALED_ACT_BASIS"


class ActNotInForce(LookupError):
    """No catalogue version is in force on the day asked (before the act, after its repeal)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Continuation(_Frozen):
    """A deployment's explicit decision to keep running a repealed act's last version."""

    version: str = Field(min_length=1)
    basis: str | None = None

    def described(self) -> str:
        said = f"{CONTINUE_SETTING}={self.version}"
        return f"{said} ({self.basis})" if self.basis else said


class ActInForce(_Frozen):
    """What a receipt and a case record of the act they run under."""

    catalogue_version: str
    act: str  # the principal act, resolution No. 81
    edition: str | None = None  # the amending act whose edition the version is, if any
    in_force_from: date
    in_force_until: date
    repealed_by: str | None = None  # the act that ended it, and from when
    # set when the case started after `in_force_until`: the deployment setting that keeps it
    continued_by: str | None = None


def continuation_from(environ: Mapping[str, str]) -> Continuation | None:
    version = environ.get(CONTINUE_SETTING, "").strip()
    if not version:
        return None
    basis = environ.get(BASIS_SETTING, "").strip() or None
    return Continuation(version=version, basis=basis)


def deployment_continuation() -> Continuation | None:
    """The setting of the process's environment, read when asked (never at import)."""
    return continuation_from(os.environ)


def in_force(versions: Sequence[Catalogue], day: date,
             continuation: Continuation | None) -> tuple[Catalogue, ActInForce]:
    """The version in force on `day` and the record of it; ActNotInForce when there is none."""
    for catalogue in versions:
        if catalogue.version.covers(day):
            return catalogue, _record(versions, catalogue, None)
    first, last = versions[0].version, versions[-1].version
    if day < first.effective_from.value:
        raise ActNotInForce(f"no act is in force on {day}: {first.act.value} takes effect on "
                            f"{first.effective_from.value}")
    return versions[-1], _continued(versions, day, continuation, last.id)


def act_of(versions: Sequence[Catalogue], version_id: str, day: date,
           continuation: Continuation | None) -> ActInForce:
    """The record of version `version_id` for a case that started on `day` under it."""
    catalogue = next((c for c in versions if c.version.id == version_id), None)
    if catalogue is None:
        raise ActNotInForce(f"no catalogue version {version_id!r}")
    version = catalogue.version
    if version.covers(day):
        return _record(versions, catalogue, None)
    if day < version.effective_from.value or catalogue is not versions[-1]:
        raise ActNotInForce(f"catalogue version {version_id} is in force from "
                            f"{version.effective_from.value} to {version.in_force_until.value}, "
                            f"not on {day}")
    return _continued(versions, day, continuation, version_id)


def _continued(versions: Sequence[Catalogue], day: date, continuation: Continuation | None,
               version_id: str) -> ActInForce:
    last = versions[-1]
    ended = _ended(last)
    if continuation is None:
        raise ActNotInForce(f"no act is in force on {day}: {ended}; a deployment that must keep "
                            f"running these rules says so with {CONTINUE_SETTING}="
                            f"{last.version.id}")
    if continuation.version != last.version.id or version_id != last.version.id:
        raise ActNotInForce(f"{CONTINUE_SETTING}={continuation.version} does not name the version "
                            f"in force when the act ended ({last.version.id}); {ended}")
    return _record(versions, last, continuation)


def _ended(catalogue: Catalogue) -> str:
    version = catalogue.version
    if version.repealed_by is None:
        return f"the last catalogue version ends on {version.in_force_until.value}"
    repeal = version.repealed_by
    return f"{repeal.act} repealed it from {repeal.effective_from.value}"


def _record(versions: Sequence[Catalogue], catalogue: Catalogue,
            continuation: Continuation | None) -> ActInForce:
    version = catalogue.version
    repeal = versions[-1].version.repealed_by
    return ActInForce(
        catalogue_version=version.id,
        act=versions[0].version.act.value,
        edition=version.act.value if version.base else None,
        in_force_from=version.effective_from.value,
        in_force_until=version.in_force_until.value,
        repealed_by=(f"{repeal.act}, from {repeal.effective_from.value}"
                     if repeal is not None and catalogue is versions[-1] else None),
        continued_by=continuation.described() if continuation else None,
    )
