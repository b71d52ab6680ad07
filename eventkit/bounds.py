"""Every JSON request body bounded in depth, and its text real Unicode, before any route reads it.

The body's size is bounded by `eventkit.problem_handlers.BodySizeLimit` (413); this middleware,
inside it, refuses with a 422 naming the member:

- a body nested deeper than `contracts.bounds.MAX_DEPTH` (`facts` 200 levels deep), so no
  service takes, appends or publishes what its consumers could not read. The depth is found by
  scanning the bytes (strings skipped), never by parsing: a body of 100,000 brackets would
  exhaust the parser's recursion before any check ran;
- a string or a key holding a lone surrogate (`"\\ud800"`): JSON can spell one, Python reads it,
  but it is no character, and PostgreSQL (UTF-8) cannot store it nor a response encode it.
"""

import json
import re
from collections.abc import Iterator
from typing import Any

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
# an escaped surrogate, with the backslashes before it (an even run is a literal backslash)
_SURROGATE = re.compile(rb"(\\+)u[dD][89a-fA-F][0-9a-fA-F]{2}")
_PAIR = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_WITH_BODY = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SURROGATE_MESSAGE = "must be Unicode text: it holds a lone surrogate (an escaped \\ud800-\\udfff)"


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


def lone_surrogates(body: bytes) -> list[str]:
    """The fields (`a.b[0].c`) whose text or name holds a lone surrogate; [] for most bodies,
    found without parsing unless an escaped surrogate is there at all."""
    unpaired = _PAIR.sub(b"", body)
    if not any(len(m.group(1)) % 2 for m in _SURROGATE.finditer(unpaired)):
        return []
    try:
        value = json.loads(body)
    except ValueError:
        return []  # not JSON: the route's parser says so
    return list(dict.fromkeys(_unpaired_paths(value, "")))


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


def _unpaired_paths(value: Any, path: str) -> Iterator[str]:
    if isinstance(value, str):
        if _has_surrogate(value):
            yield path or "body"
    elif isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else key
            if _has_surrogate(key):
                yield path or "body"
            else:
                yield from _unpaired_paths(item, inner)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unpaired_paths(item, f"{path}[{index}]")


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


class JsonBodyCheck:
    """Reads a JSON body whole and refuses it (422) when it nests deeper than `max_depth` or
    holds a lone surrogate."""

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
        deep = too_deep(body, self.max_depth)
        errors = [FieldError(field=deep, message=f"must not nest deeper than {self.max_depth} "
                             "levels")] if deep is not None else [
            FieldError(field=field, message=SURROGATE_MESSAGE) for field in lone_surrogates(body)]
        if errors:
            fields = [error.field for error in errors]
            log.info("request_invalid", fields=fields, path=scope["path"])
            problem = Unprocessable(f"invalid fields: {', '.join(fields)}",
                                    errors=errors).problem()
            problem.instance = scope["path"]
            problem.correlation_id = correlation_id(scope_headers(scope))
            await problem_response(problem)(scope, receive, send)
            return

        async def replay() -> Message:
            return buffered.pop(0) if buffered else await receive()

        await self.app(scope, replay, send)
