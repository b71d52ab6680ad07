"""Generated bodies thrown at every command route of the four APIs (POST, PUT, PATCH, DELETE, as
their OpenAPI documents list them), in process on a real database each: nothing answers 5xx,
every refusal is a problem document, and no refused request changes anything stored (the log,
which is the relay's outbox, and every other table, compared before and after).

The bodies: each route's own examples with one member dropped, added or replaced by something
odd (a wrong type, NUL, a lone surrogate, a bidi override, a huge or non-finite number, a value
nested far too deep), arbitrary JSON, deep nesting and bytes that are not JSON at all. The path
names something the service holds, or an id it never saw, or text that is no id. Hypothesis runs
derandomised (a fixed seed) over a bounded number of examples: a run finds what the last found.
"""

import json
import math
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from .bodies import APPLICANT, PERIODS, reg1
from .conftest import PROBLEM, SERVICES

pytestmark = pytest.mark.integration

EXAMPLES = 250
COMMANDS = ("post", "put", "patch", "delete")

# text no field should take as it is, and text that looks harmless
ODD_TEXT = ["", " ", "\x00", "a\x00b", "\ud800", "\udfff", "\u202eevil", "\u200d", "\ufeff",
            "a\r\nb", "\x07", "%00", "../../etc/passwd", "' OR 1=1 --", "x" * 5000, "٣", "🙂",
            "Ё", "true", "1", "null", "2026-03-02", "0001-01-01T00:00:00+05:00"]
ODD_NUMBERS = [0, -1, 1, 2**31, 2**63, 10**20, -(10**20), 10**400, 0.5, -0.0, 1e308,
               math.inf, -math.inf, math.nan]


@dataclass(frozen=True)
class Route:
    service: str
    method: str
    path: str
    examples: tuple[Any, ...]
    has_body: bool


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _examples(doc: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> list[Any]:
    """The examples a body's schema shows, its branches' (oneOf/anyOf) included."""
    schema = _resolve(doc, schema)
    found = list(schema.get("examples", []))
    if depth < 3:
        for branch in (*schema.get("oneOf", []), *schema.get("anyOf", [])):
            found += _examples(doc, branch, depth + 1)
    return found


def routes_of(service: str, doc: dict[str, Any]) -> list[Route]:
    found = []
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            if method not in COMMANDS:
                continue
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            examples = _examples(doc, body["schema"]) if body else []
            found.append(Route(service, method.upper(), path,
                               tuple(e for e in examples if isinstance(e, dict)), bool(body)))
    return found


def _json_values() -> st.SearchStrategy[Any]:
    scalars = (st.none() | st.booleans() | st.sampled_from(ODD_NUMBERS) | st.integers()
               | st.floats() | st.sampled_from(ODD_TEXT) | st.text(max_size=30))
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.text(max_size=10) | st.sampled_from(ODD_TEXT),
                                          inner, max_size=4), max_leaves=12)


def _nested(levels: int, leaf: Any) -> Any:
    value = leaf
    for level in range(levels):
        value = [value] if level % 2 else {"x": value}
    return value


ODD_VALUES = (st.sampled_from(ODD_TEXT) | st.sampled_from(ODD_NUMBERS) | _json_values()
              | st.builds(_nested, st.integers(30, 300), st.just(1)))


@st.composite
def mutated(draw: st.DrawFn, example: dict[str, Any]) -> Any:
    """The example with one member, at any depth, dropped, replaced, or given a sibling."""
    body = json.loads(json.dumps(example))
    container: Any = body
    while True:
        keys = list(container) if isinstance(container, dict) else list(range(len(container)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        inner = container[key]
        if isinstance(inner, dict | list) and inner and draw(st.booleans()):
            container = inner
            continue
        change = draw(st.sampled_from(["drop", "replace", "extra"]))
        if change == "drop":
            del container[key]
        elif change == "replace":
            container[key] = draw(ODD_VALUES)
        elif isinstance(container, dict):
            container[draw(st.sampled_from(["extra", "\x00", "__proto__", "kind"]))] = draw(
                ODD_VALUES)
        break
    return body


def encoded(value: Any) -> bytes:
    # what a sloppy client sends: NaN and Infinity as bare words, lone surrogates escaped
    return json.dumps(value, allow_nan=True).encode()


@dataclass(frozen=True)
class Known:
    """Ids the services hold, so that some requests get past the lookup to the domain."""

    ids: dict[str, str]


@pytest.fixture(scope="package")
async def known(apis) -> Known:
    application = await apis["intake"].call("POST", "/v1/applications", json=reg1(),
                                            headers={"Idempotency-Key": uuid.uuid4().hex})
    case = await apis["workflow"].call(
        "POST", "/v1/cases", json={"regulation_id": 1, "sub_service": "first_registration",
                                   "applicant": APPLICANT, "facts": {"periods": PERIODS}},
        headers={"Idempotency-Key": uuid.uuid4().hex})
    assert application.status_code == 201 and case.status_code == 201
    return Known({"application_id": application.json()["application_id"],
                  "case_id": case.json()["case_id"]})


ROUTES: list[Route] = []


def _routes() -> list[Route]:
    if not ROUTES:
        from tests.integration.test_openapi_truth import build_app

        for service in SERVICES:
            app = build_app(service, "postgresql://nobody@127.0.0.1:9/none", "unused")
            ROUTES.extend(routes_of(service, app.openapi()))
    return ROUTES


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    route = draw(st.sampled_from(_routes()))
    kinds = ["arbitrary", "deep", "not json", "empty object"] + (
        ["mutated"] * 6 if route.examples else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "mutated":
        content = encoded(draw(mutated(draw(st.sampled_from(route.examples)))))
    elif kind == "arbitrary":
        content = encoded(draw(_json_values()))
    elif kind == "deep":  # spelt out: deeper than any JSON encoder would write it
        levels, leaf = draw(st.integers(30, 20_000)), encoded(draw(_json_values()))
        opening, closing = draw(st.sampled_from([(b'{"x":', b"}"), (b"[", b"]")]))
        content = opening * levels + leaf + closing * levels
    elif kind == "not json":
        content = draw(st.sampled_from([b"{", b"\xff\xfe", b"{'a': 1}", b"[1,]", b"NaN",
                                        b'{"a": 1} trailing', b"\x00"]))
    else:
        content = b"{}"
    params = {name.strip("{}"): draw(st.sampled_from(["known", "uuid", "odd"]))
              for name in route.path.split("/") if name.startswith("{")}
    if_match = draw(st.sampled_from(['W/"1"', 'W/"2"', '"x"', None]))
    return {"route": route, "content": content, "params": params, "if_match": if_match}


def _path(route: Route, params: dict[str, str], known: Known) -> str:
    path = route.path
    for name, choice in params.items():
        value = {"known": known.ids.get(name, str(uuid.uuid4())), "uuid": str(uuid.uuid4()),
                 "odd": quote("é\x00/..", safe="")}[choice]
        path = path.replace("{" + name + "}", value)
    return path


def test_every_command_route_of_the_four_apis_is_generated_for():
    by_service = {service: [r for r in _routes() if r.service == service] for service in SERVICES}
    assert all(by_service.values()), by_service
    assert sum(len(routes) for routes in by_service.values()) >= 20


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(request=requests())
async def test_no_generated_body_is_a_server_error_and_no_refusal_writes(apis, known, request):
    route: Route = request["route"]
    api = apis[route.service]
    headers = {"Content-Type": "application/json", "Idempotency-Key": uuid.uuid4().hex}
    if request["if_match"]:
        headers["If-Match"] = request["if_match"]
    path = _path(route, request["params"], known)
    before = await api.stored()
    answer = await api.call(route.method, route.path, path, content=request["content"],
                            headers=headers)
    seen = f"{route.method} {path} {request['content'][:200]!r} -> {answer.status_code}"
    event(f"{route.service} {answer.status_code}")
    assert answer.status_code < 500, f"{seen}: {answer.text[:500]}"
    if answer.status_code >= 400:
        assert answer.headers["content-type"].startswith(PROBLEM), seen
        assert answer.json()["status"] == answer.status_code, seen
        after = await api.stored()
        assert after == before, (seen, {k: (before.get(k), v) for k, v in after.items()
                                        if before.get(k) != v})
