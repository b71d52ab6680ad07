"""Which catalogue values are ours rather than the resolution's (`source: assumed`), and which
seed citations stand for a later edition's wording (`carried_over`)."""

from collections.abc import Iterator

from pydantic import BaseModel

from .models import Cited
from .regulation import Catalogue
from .vocabulary import Source


def assumed_values(catalogue: Catalogue) -> list[tuple[str, str]]:
    """(path, note) of every `source: assumed` record, e.g. ("reg_13.channels.3.inbound.1", ...)."""
    found = list(_walk(catalogue.version, "version"))
    for reg in catalogue.regulations:
        found.extend(_walk(reg, f"reg_{reg.id:02d}"))
    return found


def carried_over(catalogue: Catalogue) -> list[tuple[str, str]]:
    """(path, act) of every `source: seed` record of a regulation whose wording is carried over
    from a later edition: its lines point into that edition, not the one the file stands for."""
    found: list[tuple[str, str]] = []
    for reg in catalogue.regulations:
        if reg.carried_over is None:
            continue
        act = f"{reg.carried_over.act} of {reg.carried_over.date}"
        seed = _walk(reg, f"reg_{reg.id:02d}", Source.SEED, skip=("carried_over",))
        found.extend((path, act) for path, _ in seed)
    return found


def _walk(node: object, path: str, source: Source = Source.ASSUMED,
          skip: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    if isinstance(node, Cited) and node.source is source:
        yield path, node.note or ""
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if name not in skip:
                yield from _walk(getattr(node, name), f"{path}.{name}", source)
    elif isinstance(node, tuple):
        for i, item in enumerate(node):
            yield from _walk(item, f"{path}.{i}", source)
