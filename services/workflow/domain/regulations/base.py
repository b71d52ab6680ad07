"""What a regulation adds to the generic engine: its decision payload, its plan, its conditions.

The engine asks `RULES[regulation_id]`; each regulation's specifics live in a small named module.
"""

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from contracts.catalogue import Extension, Route
from contracts.facts import path_of
from contracts.workflow_events import Payout

from ..errors import ExtensionRefused, InvalidDecision
from ..plan import PlanStep, default_plan
from ..state import Active, CaseFacts


class Rules:
    """Defaults: the route as it is, no extra conditions; subclasses name the payload."""

    key: str = ""  # the decision key of the payload (see contracts.workflow_events)
    payout: bool = False  # money: the payload may say where it goes

    def key_of(self, case: CaseFacts) -> str:
        return self.key

    def pays(self, case: CaseFacts) -> bool:
        return self.payout

    def plan(self, route: Route) -> list[PlanStep]:
        return default_plan(route)

    def model(self, case: CaseFacts, stage: int | None) -> Any:
        raise NotImplementedError

    def prepare(self, case: CaseFacts, stage: int | None, body: dict[str, Any]) -> dict[str, Any]:
        """Fill what the regulation fixes (e.g. the assignment kind) before validating."""
        return body

    def check(self, case: CaseFacts, stage: int | None, decided: Any) -> None:
        """Rules a valid model may still break for this regulation."""

    def before_extension(self, state: Active, extension: Extension) -> None:
        """Conditions the text sets on an extension, beyond its step and count."""

    def payload(self, case: CaseFacts, stage: int | None,
                payload: Mapping[str, Any]) -> dict[str, Any]:
        """The approved decision's payload, validated and normalised to its JSON form."""
        key = self.key_of(case)
        allowed = {key, "payout"} if self.pays(case) else {key}
        extra = sorted(set(payload) - allowed)
        if extra:
            raise InvalidDecision(f"regulation {case.regulation_id} decides {key!r}, "
                                  f"not {', '.join(map(repr, extra))}", field=f"payload.{extra[0]}")
        if not isinstance(payload.get(key), Mapping):
            raise InvalidDecision(f"an approval of regulation {case.regulation_id} needs "
                                  f"payload.{key}", field=f"payload.{key}")
        body = self.prepare(case, stage, dict(payload[key]))
        decided = _validate(self.model(case, stage), body, f"payload.{key}")
        self.check(case, stage, decided)
        result = {key: _dump(decided)}
        if "payout" in payload:
            result["payout"] = _dump(_validate(Payout, payload["payout"], "payload.payout"))
        return result


def _validate(model: Any, body: Any, where: str) -> Any:
    try:
        adapter = model if isinstance(model, TypeAdapter) else TypeAdapter(model)
        return adapter.validate_python(body)
    except ValidationError as error:
        first = error.errors()[0]
        path = path_of(where, first["loc"])
        raise InvalidDecision(f"{path}: {first['msg']}", field=path) from error


def _dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    return value


def needs_request_first(state: Active, extension: Extension) -> None:
    """Regs 1 and 4: the term grows only because a request or a check was made."""
    if state.requests == 0:
        raise ExtensionRefused(
            f"extension {extension.id} needs an information request or check first",
            field="extension_id",
        )
