"""Stream versions as ETags: `W/"7"` out, `W/"7"` or `"7"` back in `If-Match`."""

import re
from typing import Annotated

from fastapi import Depends, Header, Response

from eventkit.problem_docs import answers
from eventkit.problems import PreconditionRequired, Unprocessable

# 18 digits keep the version inside a bigint
PATTERN = r'^(W/)?"\d{1,18}"$'
_ETAG = re.compile(r'(?:W/)?"(\d{1,18})"')
_DESCRIBED = ('the ETag of the version you last read, `W/"<version>"` (or `"<version>"`); '
              "a stale one is answered 409")


def etag(version: int) -> str:
    # weak: the version names the state, not the bytes of one representation of it
    return f'W/"{version}"'


def parse_etag(value: str) -> int:
    match = _ETAG.fullmatch(value.strip())
    if match is None:
        raise Unprocessable.for_field("If-Match", 'expected W/"<version>" or "<version>"')
    return int(match.group(1))


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


@answers(422)
async def if_match(
    value: Annotated[str | None, Header(alias="If-Match", description=_DESCRIBED,
                                        json_schema_extra={"pattern": PATTERN})] = None,
) -> int | None:
    """The version the caller last saw, or None when it sent no If-Match (an empty one is an
    empty list of tags, RFC 9110 5.6.1: no condition either)."""
    return None if value is None or not value.strip() else parse_etag(value)


@answers(428, requires_header="If-Match")
async def if_match_required(version: Annotated[int | None, Depends(if_match)]) -> int:
    if version is None:
        raise PreconditionRequired("send If-Match with the ETag of the version you last read")
    return version


IfMatch = Annotated[int | None, Depends(if_match)]
IfMatchRequired = Annotated[int, Depends(if_match_required)]
