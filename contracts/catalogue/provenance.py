"""Which catalogue values are ours rather than the resolution's (`source: assumed`)."""

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


def _walk(node: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, Cited) and node.source is Source.ASSUMED:
        yield path, node.note or ""
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _walk(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, tuple):
        for i, item in enumerate(node):
            yield from _walk(item, f"{path}.{i}")
