"""Problem documents in OpenAPI: every documented error shows its shape and an example."""

from typing import Any

from fastapi import FastAPI

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
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
