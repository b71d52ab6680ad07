"""RFC 9457 problem details: one error shape for every service, always `application/problem+json`.

Routes raise a `ProblemError` (or let a known exception escape); `eventkit.problem_handlers`
turns it into a problem document and `eventkit.problem_docs` documents it in OpenAPI. Responses
never echo request values back (they may hold an IIN), only field paths and messages.
"""

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.types import Scope

from eventkit import logging as logging_context

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


def status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:  # a status outside the registry, e.g. a proxy's own
        return "Error"


def scope_headers(scope: Scope) -> dict[str, str]:
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
