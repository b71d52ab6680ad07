"""What an integrator reads in an OpenAPI document: the operation behind a link, the headers it
declares, the shape of a body and its examples."""

import re
from dataclasses import dataclass
from typing import Any

Document = dict[str, Any]


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    spec: dict[str, Any]

    def header(self, name: str) -> dict[str, Any] | None:
        return next((p for p in self.spec.get("parameters", [])
                     if p["in"] == "header" and p["name"].lower() == name.lower()), None)

    @property
    def body_required(self) -> bool:
        return bool(self.spec.get("requestBody", {}).get("required"))

    def body_schema(self, document: Document) -> dict[str, Any] | None:
        content = self.spec.get("requestBody", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        return resolve(document, schema) if schema else None


def operation(document: Document, method: str, path: str) -> Operation:
    """The operation a concrete path (a link an answer gave) is an instance of."""
    for template, operations in document["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in operations:
            return Operation(method.upper(), template, operations[method.lower()])
    raise AssertionError(f"the document has no {method} {path}")


def resolve(document: Document, schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = document["components"]["schemas"][name]
    return schema


def variants(document: Document, schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The shapes of a union, nested unions flattened (a draft: outcome, regulation,
    sub-service)."""
    schema = resolve(document, schema)
    choices = schema.get("oneOf") or schema.get("anyOf")
    if not choices:
        return [schema]
    return [shape for choice in choices for shape in variants(document, choice)]


def constant(schema: dict[str, Any], name: str) -> Any:
    """The value a shape fixes for a property (its tag), or None."""
    prop = schema.get("properties", {}).get(name, {})
    if "const" in prop:
        return prop["const"]
    if len(prop.get("enum", [])) == 1:
        return prop["enum"][0]
    return None


def tags(schema: dict[str, Any], name: str) -> set[Any]:
    """Every value a shape admits for a tag property (a sub-service enum admits several)."""
    prop = schema.get("properties", {}).get(name, {})
    if "const" in prop:
        return {prop["const"]}
    if "enum" in prop:
        return set(prop["enum"])
    return {None} if prop.get("type") == "null" or not prop else set()


def example_of(document: Document, schema: dict[str, Any]) -> dict[str, Any]:
    """A body as the shape's first example shows it, or the empty object where it requires
    nothing."""
    schema = resolve(document, schema)
    if schema.get("examples"):
        return dict(schema["examples"][0])
    assert not schema.get("required"), f"{schema.get('title')}: no example, fields required"
    return {}
