"""The paging parameters every list takes, bounded once for all of them.

An offset is a row count PostgreSQL reads past: unbounded, `offset=100000000000000000000` is a
bigint it cannot take (a server error) and `offset=10000000` a scan of ten million rows. Both
are refused as bad input (422 naming `offset`), as is a negative one or a limit outside its
range. No list here is meant to be read that deep: a caller narrows it with its filters.
"""

from typing import Annotated

from fastapi import Query

MAX_OFFSET = 100_000
MAX_LIMIT = 200
MAX_WIDE_LIMIT = 500

Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET,
                              description=f"rows to skip, at most {MAX_OFFSET}")]
"""How many rows of the list to skip (0 to `MAX_OFFSET`)."""

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows to return")]
"""How many rows to return (1 to `MAX_LIMIT`)."""

WideLimit = Annotated[int, Query(ge=1, le=MAX_WIDE_LIMIT, description="rows to return")]
"""How many rows of a list of small rows to return (1 to `MAX_WIDE_LIMIT`)."""
