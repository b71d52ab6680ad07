"""How deep and how large the free-form JSON a contract carries may be.

A producer must not append what its consumers cannot read: `facts` nested 200 levels deep was
once taken by one service, appended and published, and two others then failed to decode it
("recursion limit exceeded") and put it aside as a dead letter. Every request body is bounded at
the edge (`eventkit.bounds`), and every free-form JSON field of a contract by `JsonObject`, with
the same limits, so nothing deeper or larger reaches a log.
"""

from typing import Annotated, Any

from pydantic import AfterValidator, Field

MAX_DEPTH = 32
"""Nesting levels of objects and arrays, the outermost one counted (`{"a": [1]}` is 2)."""
MAX_NODES = 20_000
"""Values in all (objects, arrays, strings, numbers, ...)."""


class TooDeep(ValueError):
    """Nested deeper than `MAX_DEPTH`, or holding more than `MAX_NODES` values."""


def check_bounds(value: Any, depth: int = MAX_DEPTH, nodes: int = MAX_NODES) -> None:
    """Raise TooDeep when `value` nests deeper than `depth` or holds more than `nodes` values.

    Walked with a stack of its own: a value too deep for Python's recursion is refused too.
    """
    pending: list[tuple[Any, int]] = [(value, 1)]
    seen = 0
    while pending:
        item, level = pending.pop()
        seen += 1
        if seen > nodes:
            raise TooDeep(f"must hold at most {nodes} values")
        if isinstance(item, dict | list | tuple):
            if level > depth:
                raise TooDeep(f"must not nest deeper than {depth} levels")
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, level + 1) for child in children)


def _bounded(value: dict[str, Any]) -> dict[str, Any]:
    check_bounds(value)
    return value


JsonObject = Annotated[dict[str, Any], AfterValidator(_bounded), Field(
    description=f"a JSON object nested at most {MAX_DEPTH} levels deep")]
"""A free-form JSON object a contract carries (facts as entered, a payload, details)."""
