"""Stream versions as ETags: `W/"7"` out, `W/"7"` or `"7"` back in `If-Match`."""

import re
from typing import Annotated

from fastapi import Depends, Header, Response

from eventkit.problems import PreconditionRequired, Unprocessable

_ETAG = re.compile(r'(?:W/)?"(\d{1,18})"')  # 18 digits keep the version inside a bigint


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


async def if_match(
    value: Annotated[str | None, Header(alias="If-Match")] = None,
) -> int | None:
    """The version the caller last saw, or None when it sent no If-Match."""
    return None if value is None else parse_etag(value)


async def if_match_required(version: Annotated[int | None, Depends(if_match)]) -> int:
    if version is None:
        raise PreconditionRequired("send If-Match with the ETag of the version you last read")
    return version


IfMatch = Annotated[int | None, Depends(if_match)]
IfMatchRequired = Annotated[int, Depends(if_match_required)]
