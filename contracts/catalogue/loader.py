"""Reading the catalogue from its YAML folders, validated, cached, with errors that name the file.

Layout: `data/<version>/catalogue.yaml` (the manifest) and `data/<version>/reg_NN.yaml`. A version
with a `base` holds only the regulations its act changed; the rest come from the base version.
Nothing is read at import time.
"""

from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .acts import ActInForce, Continuation, act_of, deployment_continuation, in_force
from .regulation import Catalogue, CatalogueVersion, Regulation

Raw = dict[str, Any]  # a YAML mapping as read, before validation
M = TypeVar("M", bound=BaseModel)

MANIFEST = "catalogue.yaml"
_INHERITED = ("default_documents", "default_acceptance_refusal_reasons")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml is present


class CatalogueError(ValueError):
    """A catalogue file is missing, malformed or inconsistent; the message names file and field."""


class CatalogueHistory(BaseModel):
    """Every catalogue version, oldest first."""

    model_config = {"frozen": True}

    versions: tuple[Catalogue, ...]

    def in_force(self, day: date,
                 continuation: Continuation | None) -> tuple[Catalogue, ActInForce]:
        """The version in force on `day` (the day a case starts: it keeps those rules) and the
        record of the act; `ActNotInForce` before the act and after its repeal, unless the
        deployment continues it (`continuation`)."""
        return in_force(self.versions, day, continuation)

    def act_of(self, version_id: str, day: date,
               continuation: Continuation | None) -> ActInForce:
        """The record of the act for a case bound to `version_id` that started on `day`."""
        return act_of(self.versions, version_id, day, continuation)

    def for_day(self, day: date, continuation: Continuation | None = None) -> Catalogue:
        return self.in_force(day, continuation)[0]

    def version(self, version_id: str) -> Catalogue:
        for catalogue in self.versions:
            if catalogue.version.id == version_id:
                return catalogue
        raise KeyError(f"no catalogue version {version_id!r}")

    @property
    def latest(self) -> Catalogue:
        return self.versions[-1]


def load_catalogue(path: str | Path | None = None) -> CatalogueHistory:
    """Load and validate every version under `path` (default: the packaged data folder)."""
    return _load(str(path) if path is not None else None)


def catalogue_for(day: date, path: str | Path | None = None) -> Catalogue:
    """The version in force on `day` under this deployment's settings (`acts.py`)."""
    return in_force_on(day, path)[0]


def in_force_on(day: date, path: str | Path | None = None) -> tuple[Catalogue, ActInForce]:
    """The version in force on `day` and the act record a receipt or case keeps of it."""
    return load_catalogue(path).in_force(day, deployment_continuation())


@lru_cache(maxsize=8)
def _load(path: str | None) -> CatalogueHistory:
    root: Traversable = Path(path) if path else files("contracts.catalogue") / "data"
    folders = {d.name: d for d in root.iterdir() if d.is_dir() and (d / MANIFEST).is_file()}
    if not folders:
        raise CatalogueError(f"{root}: no catalogue version folders (with {MANIFEST})")
    raw: dict[str, tuple[Raw, dict[str, Raw]]] = {}
    for name in sorted(folders, key=lambda n: _order(n, folders)):
        raw[name] = _resolve(name, folders[name], raw)
    versions = [_build(name, *raw[name]) for name in raw]
    versions.sort(key=lambda c: c.version.effective_from.value)
    _check_dates_distinct(versions)
    _check_periods(versions)
    return CatalogueHistory(versions=tuple(versions))


def _order(name: str, folders: dict[str, Traversable]) -> int:
    # Bases must be resolved first: depth in the base chain gives the order.
    depth, seen = 0, {name}
    base = _read(folders[name] / MANIFEST, name).get("base")
    while base:
        if base not in folders or base in seen:
            raise CatalogueError(f"{name}/{MANIFEST}: base: unknown or circular version {base!r}")
        seen.add(base)
        depth += 1
        base = _read(folders[base] / MANIFEST, base).get("base")
    return depth


def _resolve(name: str, folder: Traversable,
             done: dict[str, tuple[Raw, dict[str, Raw]]]) -> tuple[Raw, dict[str, Raw]]:
    manifest = _read(folder / MANIFEST, name)
    regs = {f.name: _read(f, name) for f in folder.iterdir() if f.name.startswith("reg_")
            and f.name.endswith(".yaml")}
    base = manifest.get("base")
    if base:
        base_manifest, base_regs = done[base]
        manifest = {**{k: base_manifest[k] for k in _INHERITED if k in base_manifest}, **manifest}
        regs = {**base_regs, **regs}
    return manifest, regs


def _build(name: str, manifest: Raw, regs: dict[str, Raw]) -> Catalogue:
    version = _validate(CatalogueVersion, manifest, f"{name}/{MANIFEST}")
    regulations = []
    for file_name, data in sorted(regs.items()):
        data = _with_defaults(data, version)
        reg = _validate(Regulation, data, f"{name}/{file_name}")
        if file_name != f"reg_{reg.id:02d}.yaml":
            raise CatalogueError(f"{name}/{file_name}: id: {reg.id} does not match the file name")
        regulations.append(reg)
    return _validate(Catalogue, {"version": version, "regulations": regulations}, name)


def _with_defaults(data: Raw, version: CatalogueVersion) -> Raw:
    # The Standards' document lists are not in the resolution: a regulation that gives none gets
    # the version's documented default (marked source: assumed in the manifest).
    data = dict(data)
    defaults = [d.model_dump() for d in version.default_documents]
    if isinstance(data.get("documents"), dict) and "items" not in data["documents"]:
        data["documents"] = {**data["documents"], "items": defaults}
    if "acceptance_refusal_reasons" not in data:
        reasons = version.default_acceptance_refusal_reasons
        data["acceptance_refusal_reasons"] = [r.model_dump() for r in reasons]
    return data


def _validate(model: type[M], data: object, where: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise CatalogueError(f"{where}: " + "; ".join(_describe(e) for e in exc.errors())) from exc


def _describe(error: ErrorDetails) -> str:
    loc = ".".join(str(part) for part in error["loc"])
    return f"{loc}: {error['msg']}" if loc else error["msg"]


def _read(file: Traversable, version: str) -> Raw:
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{version}/{file.name}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise CatalogueError(f"{version}/{file.name}: expected a mapping at the top level")
    return {str(key): value for key, value in data.items()}


def _check_dates_distinct(versions: list[Catalogue]) -> None:
    days = [c.version.effective_from.value for c in versions]
    if len(set(days)) != len(days):
        raise CatalogueError(f"two catalogue versions take effect on the same day: {days}")


def _check_periods(versions: list[Catalogue]) -> None:
    # One version in force on every day from the first effective date to the last end: each
    # ends the day before the next takes effect, and only the last may be ended by a repeal.
    for older, newer in pairwise(versions):
        expected = newer.version.effective_from.value - timedelta(days=1)
        if older.version.in_force_until.value != expected:
            raise CatalogueError(f"{older.version.id}/{MANIFEST}: in_force_until: "
                                 f"{older.version.in_force_until.value} is not the day before "
                                 f"{newer.version.id} takes effect ({expected})")
        if older.version.repealed_by is not None:
            raise CatalogueError(f"{older.version.id}/{MANIFEST}: repealed_by: only the last "
                                 "version can be ended by the repeal")
    last = versions[-1].version
    repeal = last.repealed_by
    if repeal is not None and last.in_force_until.value != (
            repeal.effective_from.value - timedelta(days=1)):
        raise CatalogueError(f"{last.id}/{MANIFEST}: in_force_until: not the day before the "
                             f"repeal takes effect ({repeal.effective_from.value})")
