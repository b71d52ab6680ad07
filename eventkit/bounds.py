"""Every JSON request body bounded in depth before any route reads it.

The body's size is bounded by `eventkit.problem_handlers.BodySizeLimit` (413); this middleware,
inside it, refuses a body nested deeper than `contracts.bounds.MAX_DEPTH` with a 422 naming the
member that nests too deep (`facts`), so no service takes, appends or publishes what its
consumers could not read. The depth is found by scanning the bytes (strings skipped), never by
parsing: a body of 100,000 brackets would exhaust the parser's recursion before any check ran.
"""

import json
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contracts.bounds import MAX_DEPTH
from eventkit.problems import (
    FieldError,
    Unprocessable,
    correlation_id,
    log,
    problem_response,
    scope_headers,
)

# a JSON string (escapes included) or a bracket: everything else cannot change the depth
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_OPENING = frozenset(b"[{")
_WITH_BODY = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def too_deep(body: bytes, limit: int = MAX_DEPTH) -> str | None:
    """The member of the body's top object that nests deeper than `limit` ("body" when it is
    the body itself, or not an object), or None when the body keeps within it."""
    depth, key, top_is_object = 0, None, False
    for match in _TOKEN.finditer(body):
        token = match.group()
        first = token[0]
        if first == ord('"'):
            if depth == 1 and top_is_object:
                key = token  # the last string before a nested value at the top is its key
            continue
        if first in _OPENING:
            depth += 1
            if depth == 1:
                top_is_object = first == ord("{")
            if depth > limit:
                return _member(key) if top_is_object else "body"
        else:
            depth -= 1
    return None


def _member(key: bytes | None) -> str:
    try:
        name = json.loads(key) if key is not None else None
    except ValueError:
        name = None
    return name if isinstance(name, str) and name else "body"


def _is_json(scope: Scope) -> bool:
    content_type = dict(scope["headers"]).get(b"content-type", b"").decode("latin-1").lower()
    # FastAPI reads a body without a content type as JSON too
    return not content_type or "json" in content_type.split(";")[0]


class JsonDepthLimit:
    """Reads a JSON body whole and refuses it (422) when it nests deeper than `max_depth`."""

    def __init__(self, app: ASGIApp, max_depth: int = MAX_DEPTH) -> None:
        self.app, self.max_depth = app, max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _WITH_BODY or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        buffered: list[Message] = []
        more = True
        while more:
            message = await receive()
            buffered.append(message)
            if message["type"] != "http.request":
                break  # a disconnect: let the app see it
            more = message.get("more_body", False)
        body = b"".join(m.get("body", b"") for m in buffered if m["type"] == "http.request")
        field = too_deep(body, self.max_depth)
        if field is not None:
            log.info("request_invalid", fields=[field], path=scope["path"])
            why = f"must not nest deeper than {self.max_depth} levels"
            problem = Unprocessable(f"invalid fields: {field}", errors=[
                FieldError(field=field, message=why)]).problem()
            problem.instance = scope["path"]
            problem.correlation_id = correlation_id(scope_headers(scope))
            await problem_response(problem)(scope, receive, send)
            return

        async def replay() -> Message:
            return buffered.pop(0) if buffered else await receive()

        await self.app(scope, replay, send)
