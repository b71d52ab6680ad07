"""RFC 9457 problem details: one error shape for every service, always `application/problem+json`.

Routes raise a `ProblemError` (or let a known exception escape); `install_problem_handlers` turns
it into a problem document. Responses never echo request values back (they may hold an IIN),
only field paths and messages.
"""

import json
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventkit import logging as logging_context
from eventkit.store import ConcurrencyError

MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:qorgau:problem:"
DEFAULT_MAX_BODY_BYTES = 256 * 1024
CORRELATION_HEADER = "x-correlation-id"

log = logging_context.get_logger(__name__)


class FieldError(BaseModel):
    field: str
    message: str


class Problem(BaseModel):
    """The problem document; extra members (e.g. `expected_version`) are allowed by RFC 9457."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] = []
    correlation_id: str | None = None


class ProblemError(Exception):
    """Raise anywhere in a request to answer with a problem document."""

    status: int = 500
    title: str = "Internal Server Error"
    type_suffix: str | None = None

    def __init__(
        self,
        status: int | None = None,
        title: str | None = None,
        detail: str | None = None,
        type_suffix: str | None = None,
        errors: Sequence[FieldError] | None = None,
        headers: Mapping[str, str] | None = None,
        extensions: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(detail or title or type(self).title)
        self.status = status or type(self).status
        self.title = title or type(self).title
        self.detail = detail
        self.type_suffix = type_suffix or type(self).type_suffix
        self.errors = list(errors or [])
        self.headers = dict(headers or {})
        self.extensions = dict(extensions or {})

    def problem(self) -> Problem:
        kind = TYPE_PREFIX + self.type_suffix if self.type_suffix else "about:blank"
        return Problem(
            type=kind, title=self.title, status=self.status, detail=self.detail,
            errors=self.errors, **self.extensions,
        )  # fmt: skip


class _Preset(ProblemError):
    """A problem whose status, title and type are fixed by its class; only the detail varies."""

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] | None = None,
        headers: Mapping[str, str] | None = None,
        extensions: Mapping[str, Any] | None = None,
        type_suffix: str | None = None,
    ) -> None:
        super().__init__(None, None, detail, type_suffix, errors, headers, extensions)


class BadRequest(_Preset):
    status, title, type_suffix = 400, "Bad Request", "bad-request"


class Unauthorized(_Preset):
    status, title, type_suffix = 401, "Unauthorized", "unauthorized"

    def __init__(self, detail: str | None = None, *, invalid_token: bool = False) -> None:
        # RFC 6750: say which scheme to use, and whether the token given was the problem
        challenge = 'Bearer error="invalid_token"' if invalid_token else "Bearer"
        super().__init__(detail, headers={"WWW-Authenticate": challenge})


class Forbidden(_Preset):
    status, title, type_suffix = 403, "Forbidden", "forbidden"


class NotFound(_Preset):
    status, title, type_suffix = 404, "Not Found", "not-found"


class Conflict(_Preset):
    status, title, type_suffix = 409, "Conflict", "conflict"


class ContentTooLarge(_Preset):
    status, title, type_suffix = 413, "Content Too Large", "content-too-large"


class Unprocessable(_Preset):
    status, title, type_suffix = 422, "Unprocessable Content", "validation-error"

    @classmethod
    def for_field(cls, field: str, message: str, detail: str | None = None) -> "Unprocessable":
        errors = [FieldError(field=field, message=message)]
        return cls(detail or f"{field}: {message}", errors=errors)


class PreconditionRequired(_Preset):
    status, title, type_suffix = 428, "Precondition Required", "precondition-required"


def correlation_id(request_headers: Mapping[str, str]) -> str | None:
    """The id the logs of this request carry, else the caller's header (bounded, never trusted)."""
    bound = logging_context.correlation_id.get()
    if bound is not None:
        return bound
    given = request_headers.get(CORRELATION_HEADER)
    return given[:64] if given and given.isprintable() else None


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:  # a status outside the registry, e.g. a proxy's own
        return "Error"


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}


def problem_response(
    problem: Problem, headers: Mapping[str, str] | None = None, request: Request | None = None
) -> JSONResponse:
    if request is not None:
        problem = problem.model_copy(
            update={
                "instance": problem.instance or request.url.path,
                "correlation_id": problem.correlation_id or correlation_id(request.headers),
            }
        )
    body = problem.model_dump(mode="json", exclude_none=True)
    return JSONResponse(body, problem.status, headers=dict(headers or {}), media_type=MEDIA_TYPE)


# --- handlers -------------------------------------------------------------------------------


def _field(loc: Sequence[str | int]) -> str:
    # ("body", "applicant", "iin") -> "applicant.iin"; the location part says nothing useful
    path = [str(part) for part in loc[1:]] if len(loc) > 1 else [str(part) for part in loc]
    return ".".join(path)


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
    phrase = _phrase(exc.status_code)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != phrase else None
    problem = Problem(title=phrase, status=exc.status_code, detail=detail)
    return problem_response(problem, exc.headers, request)


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
            response = problem_response(_internal_error(_headers(scope)))
            await response(scope, receive, send)


def install_problem_handlers(app: FastAPI) -> None:
    """Every error this app can answer becomes a problem document (add BodySizeLimit apart)."""
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(ConcurrencyError, _on_concurrency)
    app.add_exception_handler(json.JSONDecodeError, _on_json_decode)
    app.add_middleware(_CatchAll)
    _document_problems(app)


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
        problem.instance, problem.correlation_id = scope["path"], correlation_id(_headers(scope))
        # the client may still be sending; closing tells it to stop instead of a reset mid-send
        response = problem_response(problem, {"Connection": "close"})
        await response(scope, receive, send)


# --- OpenAPI --------------------------------------------------------------------------------

_REF = "#/components/schemas/Problem"
_PRESETS = (BadRequest, Unauthorized, Forbidden, NotFound, Conflict, ContentTooLarge,
            Unprocessable, PreconditionRequired)  # fmt: skip
_SUFFIXES = {preset.status: preset.type_suffix for preset in _PRESETS}
_EXAMPLE_ERROR = FieldError(
    field="applicant.iin", message="String should have at least 12 characters"
)


def _example(status: int) -> dict[str, Any]:
    phrase = _phrase(status)
    suffix = _SUFFIXES.get(status)
    problem = Problem(
        type=TYPE_PREFIX + suffix if suffix else "about:blank",
        title=phrase,
        status=status,
        detail="invalid fields: applicant.iin" if status == 422 else f"{phrase.lower()}: why",
        instance="/v1/applications",
        errors=[_EXAMPLE_ERROR] if status == 422 else [],
        correlation_id="1b0a6e0c-4f67-4c7e-9a31-2f7b6a5d9e10",
    )
    return problem.model_dump(mode="json", exclude_none=True)


def _documented(status: int) -> dict[str, Any]:
    content = {MEDIA_TYPE: {"schema": {"$ref": _REF}, "example": _example(status)}}
    return {"description": _phrase(status), "content": content}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route decorator: each status documented as a problem document."""
    return {status: _documented(status) for status in statuses}


def _fastapi_422(answer: dict[str, Any]) -> bool:
    schema = answer.get("content", {}).get("application/json", {}).get("schema", {})
    return str(schema.get("$ref", "")).endswith("/HTTPValidationError")


def _document_problems(app: FastAPI) -> None:
    """Put the Problem schema in the OpenAPI document, in place of FastAPI's own 422 shape
    (which this app never sends)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(problem.pop("$defs", {}), Problem=problem)
        for item in schema.get("paths", {}).values():
            for operation in (op for op in item.values() if isinstance(op, dict)):
                if _fastapi_422(operation.get("responses", {}).get("422", {})):
                    operation["responses"]["422"] = _documented(422)
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
