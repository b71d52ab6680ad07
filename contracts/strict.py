"""Numbers and flags as JSON sends them, never coerced: pydantic would read `"1"`, `true` or
`1.0` as the regulation 1, and `"yes"` or `1` as true, which no caller means. A field the
contract types as a number takes a JSON number, and a flag a JSON boolean."""

from typing import Any

from pydantic import BeforeValidator


def _whole(value: Any) -> Any:
    if type(value) is not int:  # bool is an int to Python, not to JSON
        raise ValueError("must be a JSON integer (not a string, boolean or fraction)")
    return value


AS_SENT = BeforeValidator(_whole)
"""On a `Literal[1]` (or `int`) field, only an integer passes: `Annotated[Literal[1], AS_SENT]`."""
