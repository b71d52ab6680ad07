"""Problem documents in OpenAPI: every documented error shows its shape and an example.

The document says every status a route can answer. A route names its own (`responses=`); the
dependencies it shares with others (authentication, If-Match, Idempotency-Key, read-your-writes)
say theirs once, with `answers`, and every route that depends on them documents them too, as it
does 400, 413 and 422 for a request body. A header such a dependency needs is documented as
required even where its absence is answered by the dependency (428 for a missing If-Match)
rather than by FastAPI's own check.
"""

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts

from eventkit.problems import (
    MEDIA_TYPE,
    TYPE_PREFIX,
    BadRequest,
    Conflict,
    ContentTooLarge,
    FieldError,
    Forbidden,
    NotFound,
    PreconditionRequired,
    Problem,
    Unauthorized,
    Unprocessable,
    status_phrase,
)

# --- OpenAPI --------------------------------------------------------------------------------

_REF = "#/components/schemas/Problem"
_PRESETS = (BadRequest, Unauthorized, Forbidden, NotFound, Conflict, ContentTooLarge,
            Unprocessable, PreconditionRequired)  # fmt: skip
_SUFFIXES = {preset.status: preset.type_suffix for preset in _PRESETS}
_EXAMPLE_ERROR = FieldError(
    field="applicant.iin", message="String should have at least 12 characters"
)


def _example(status: int) -> dict[str, Any]:
    phrase = status_phrase(status)
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
    return {"description": status_phrase(status), "content": content}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route decorator: each status documented as a problem document."""
    return {status: _documented(status) for status in statuses}


_Dependency = TypeVar("_Dependency", bound=Callable[..., Any])
_ANSWERS: dict[Callable[..., Any], tuple[int, ...]] = {}
_REQUIRES: dict[Callable[..., Any], str] = {}
BODY_STATUSES = (400, 413, 422)


def answers(*statuses: int, requires_header: str | None = None
            ) -> Callable[[_Dependency], _Dependency]:
    """Marks a dependency: every route that depends on it may answer these problems (and needs
    `requires_header`, though the dependency itself answers its absence)."""

    def mark(dependency: _Dependency) -> _Dependency:
        _ANSWERS[dependency] = statuses
        if requires_header is not None:
            _REQUIRES[dependency] = requires_header
        return dependency

    return mark


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _route_statuses(route: RouteContext) -> tuple[set[int], set[str]]:
    statuses: set[int] = set(BODY_STATUSES) if route.body_field is not None else set()
    headers: set[str] = set()
    for call in _calls(route.dependant):
        statuses.update(_ANSWERS.get(call, ()))
        if call in _REQUIRES:
            headers.add(_REQUIRES[call])
    return statuses, headers


def _plain(schema: dict[str, Any]) -> dict[str, Any]:
    """A parameter's schema without FastAPI's `null` branch: a query or header parameter that
    is not sent is how a caller says "none" (a sent one is always a string)."""
    options = schema.get("anyOf")
    if not isinstance(options, list):
        return schema
    kept = [o for o in options if o != {"type": "null"}]
    if len(kept) == len(options):
        return schema
    rest = {k: v for k, v in schema.items() if k != "anyOf"}
    return {**rest, **kept[0]} if len(kept) == 1 else {**rest, "anyOf": kept}


def _document_route(operation: dict[str, Any], statuses: set[int], headers: set[str]) -> None:
    answers_ = operation.setdefault("responses", {})
    for status in sorted(statuses):
        answers_.setdefault(str(status), _documented(status))
    for parameter in operation.get("parameters", []):
        if parameter.get("in") in ("query", "header", "cookie"):
            parameter["schema"] = _plain(parameter.get("schema", {}))
        if parameter.get("in") == "header" and parameter.get("name") in headers:
            parameter["required"] = True


def _operations(app: FastAPI, schema: dict[str, Any]
                ) -> Iterator[tuple[RouteContext, dict[str, Any]]]:
    paths = schema.get("paths", {})
    for route in iter_route_contexts(app.routes):
        if not isinstance(route.original_route, APIRoute) or not route.include_in_schema:
            continue
        for method in route.methods or ():
            operation = paths.get(route.path_format, {}).get(method.lower())
            if operation is not None:
                yield route, operation


def _require_discriminators(schemas: dict[str, Any]) -> None:
    """A tagged union's tag must be sent (pydantic reads it first): each variant says so, though
    its model gives the tag a default."""
    for component in list(schemas.values()):
        for found in _discriminated(component):
            tag = found["discriminator"]["propertyName"]
            for ref in found["discriminator"].get("mapping", {}).values():
                variant = schemas.get(str(ref).rsplit("/", 1)[-1])
                if variant is not None and tag in variant.get("properties", {}):
                    variant["required"] = sorted({*variant.get("required", []), tag})


def _discriminated(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("discriminator"), dict):
            yield node
        for value in node.values():
            yield from _discriminated(value)
    elif isinstance(node, list):
        for value in node:
            yield from _discriminated(value)


def _fastapi_422(answer: dict[str, Any]) -> bool:
    schema = answer.get("content", {}).get("application/json", {}).get("schema", {})
    return str(schema.get("$ref", "")).endswith("/HTTPValidationError")


def document_problems(app: FastAPI) -> None:
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
        for route, operation in _operations(app, schema):
            _document_route(operation, *_route_statuses(route))
        _require_discriminators(schemas)
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
