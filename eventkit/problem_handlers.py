"""Every error a service can answer, turned into a problem document; request bodies bounded."""

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import asyncpg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventkit.problem_docs import document_problems
from eventkit.problems import (
    DEFAULT_MAX_BODY_BYTES,
    TYPE_PREFIX,
    BadRequest,
    Conflict,
    ContentTooLarge,
    FieldError,
    Problem,
    ProblemError,
    Unprocessable,
    correlation_id,
    log,
    problem_response,
    scope_headers,
    status_phrase,
)
from eventkit.store import ConcurrencyError

# --- handlers -------------------------------------------------------------------------------


def _field(loc: Sequence[str | int]) -> str:
    # ("body", "applicant", "iin") -> "applicant.iin", ("body", "periods", 0, "zone") ->
    # "periods[0].zone": the location part says nothing useful; an index reads as in the JSON
    field = ""
    for part in loc[1:] if len(loc) > 1 else loc:
        field += f"[{part}]" if isinstance(part, int) else f".{part}" if field else str(part)
    return field


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(exc.problem(), exc.headers, request)


def _malformed(request: Request, reason: str) -> JSONResponse:
    error = BadRequest(
        "the request body is not valid JSON",
        type_suffix="malformed-json",
        errors=[FieldError(field="body", message=reason)],
    )
    return problem_response(error.problem(), request=request)


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if errors and errors[0].get("type") == "json_invalid":  # FastAPI's wrapper of a decode error
        return _malformed(request, str(errors[0].get("ctx", {}).get("error", "invalid JSON")))
    fields = [FieldError(field=_field(e["loc"]), message=e["msg"]) for e in errors]
    log.info("request_invalid", fields=[f.field for f in fields], path=request.url.path)
    names = ", ".join(dict.fromkeys(f.field for f in fields))
    problem = Unprocessable(f"invalid fields: {names}", errors=fields).problem()
    return problem_response(problem, request=request)


async def _on_json_decode(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, json.JSONDecodeError)
    return _malformed(request, exc.msg)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400:  # FastAPI's own: a body it could not decode at all
        return _malformed(request, str(exc.detail))
    phrase = status_phrase(exc.status_code)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != phrase else None
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request))
    problem = Problem(title=phrase, status=exc.status_code, detail=detail)
    return problem_response(problem, headers, request)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path: Starlette's own `Allow` names only the
    first route whose path matched, though GET and POST of one resource are two routes."""
    scope = {**request.scope, "method": "\0"}  # a method no route serves: paths match partly
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.router.routes):
        if route.matches(scope)[0] is not Match.NONE:
            methods |= route.methods or set()
    return sorted(methods)


async def _on_concurrency(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ConcurrencyError)
    # the stream id stays out of the answer and the log: some streams are keyed by person
    log.info("concurrency_conflict", expected=exc.expected, actual=exc.actual)
    error = Conflict(
        "the resource was changed meanwhile; read it again and retry",
        type_suffix="concurrency-conflict",
        extensions={"expected_version": exc.expected, "actual_version": exc.actual},
    )
    return problem_response(error.problem(), request=request)


# PostgreSQL's text and jsonb hold no NUL character: a request that carries one into a query or
# an append fails there, its transaction rolled back; the caller is told which field held it.
NUL_ERRORS = (asyncpg.CharacterNotInRepertoireError, asyncpg.UntranslatableCharacterError)
NUL_MESSAGE = "must not contain the NUL character (U+0000)"


async def _on_nul(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, NUL_ERRORS)
    try:
        body: Any = json.loads(await request.body() or b"null")
    except ValueError:
        body = None
    fields = [*(name for name, value in request.path_params.items() if "\0" in str(value)),
              *(name for name, value in request.query_params.multi_items() if "\0" in value),
              *_nul_paths(body, "")]
    if not fields:  # not the request's own text: a fault like any other
        raise exc
    log.info("request_invalid", fields=fields, path=request.url.path)
    errors = [FieldError(field=field, message=NUL_MESSAGE) for field in dict.fromkeys(fields)]
    problem = Unprocessable(f"invalid fields: {', '.join(e.field for e in errors)}",
                            errors=errors).problem()
    return problem_response(problem, request=request)


def _nul_paths(value: Any, path: str) -> Iterator[str]:
    """The fields of a JSON body (as `a.b[0].c`) whose text, or name, holds a NUL."""
    if isinstance(value, str):
        if "\0" in value:
            yield path or "body"
    elif isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else key
            yield from ([inner] if "\0" in key else _nul_paths(item, inner))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nul_paths(item, f"{path}[{index}]")


def _internal_error(headers: Mapping[str, str]) -> Problem:
    return Problem(
        type=TYPE_PREFIX + "internal-error",
        title="Internal Server Error",
        status=500,
        detail="an unexpected error occurred; quote the correlation id when reporting it",
        correlation_id=correlation_id(headers),
    )


class _CatchAll:
    """Answers any unexpected exception with a bare 500 problem, logged once, nothing leaked.

    Starlette's own catch-all re-raises after answering, which makes the server log the same
    failure a second time; this one ends the story here.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("request_failed", method=scope["method"], path=scope["path"])
            if started:
                raise  # half a response is out; only the server can close the connection
            response = problem_response(_internal_error(scope_headers(scope)))
            await response(scope, receive, send)


def install_problem_handlers(app: FastAPI) -> None:
    """Every error this app can answer becomes a problem document (add BodySizeLimit apart)."""
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(ConcurrencyError, _on_concurrency)
    app.add_exception_handler(json.JSONDecodeError, _on_json_decode)
    for error in NUL_ERRORS:
        app.add_exception_handler(error, _on_nul)
    app.add_middleware(_CatchAll)
    document_problems(app)


# --- body size ------------------------------------------------------------------------------


class BodySizeLimit:
    """Reads the whole request body (up to `max_bytes`) before the app sees it; more is a 413.

    Buffering first means the route never starts on a body it cannot have, and a body streamed
    without a Content-Length is cut off at the limit instead of filling memory.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        buffered: list[Message] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                buffered.append(message)  # a disconnect: let the app see it
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            buffered.append(message)
            more = message.get("more_body", False)

        async def replay() -> Message:
            return buffered.pop(0) if buffered else await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = f"the request body may not exceed {self.max_bytes} bytes"
        problem = ContentTooLarge(limit).problem()
        problem.instance = scope["path"]
        problem.correlation_id = correlation_id(scope_headers(scope))
        # the client may still be sending; closing tells it to stop instead of a reset mid-send
        response = problem_response(problem, {"Connection": "close"})
        await response(scope, receive, send)


