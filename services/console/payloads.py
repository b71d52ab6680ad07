"""The payload an approving decision carries, per regulation, drawn from the case's facts.

Reg. 1 recognises the periods the application stated (the executor confirms or corrects them)
and says where the money goes; its duplicate names the reason and the certificate replaced.
Regs 2, 3 and 5-9 notify that the documents are drawn up. The rest take their payload as JSON,
started from what the workflow proposes (the facts' payload, or the contract's example) and
checked against the regulation's decision model in `contracts.decisions` before it is sent.
"""

import json
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import ValidationError

from contracts.decisions import decision_model
from contracts.workflow_events import DecisionPayload

Form = Literal["recognition", "duplicate", "service", "json"]
SERVICE_NOTICE = frozenset({2, 3, 5, 6, 7, 8, 9})


def form_of(regulation_id: int, sub_service: str | None) -> Form:
    if regulation_id == 1:
        return "duplicate" if sub_service == "duplicate" else "recognition"
    if regulation_id in SERVICE_NOTICE:
        return "service"
    return "json"


def facts_of(history: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The facts the case was opened with (its first event says them)."""
    for item in history:
        if item.get("event_type") == "workflow.CaseOpened":
            facts = item.get("payload", {}).get("facts")
            return dict(facts) if isinstance(facts, Mapping) else {}
    return {}


def drafted(history: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The latest draft of the decision, if any (its author cannot also sign it)."""
    found = None
    for item in history:
        if item.get("event_type") == "workflow.DecisionDrafted":
            found = item
        if item.get("event_type") == "workflow.DraftReturned":
            found = None
    return found


def proposed(regulation_id: int, sub_service: str | None,
             history: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The approving payload the draft form starts from."""
    facts = facts_of(history)
    match form_of(regulation_id, sub_service):
        case "recognition":
            payload: dict[str, Any] = {"recognition": {"periods": facts.get("periods") or []}}
            if facts.get("payout"):
                payload["payout"] = facts["payout"]
            return payload
        case "duplicate":
            return {"duplicate": {"reason": facts.get("duplicate_reason") or "lost",
                                  "replaces": facts.get("replaces")}}
        case "service":
            return {"service": {"summary": "", "provision_until": None}}
    return {}


class PayloadError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def checked(regulation_id: int, sub_service: str | None,
            payload: Mapping[str, Any]) -> dict[str, Any]:
    """The payload as the workflow contract reads it (the regulation's own decision model where
    the contract has one), or PayloadError naming the field."""
    schema = decision_model(regulation_id, sub_service) or DecisionPayload
    try:
        model = schema.model_validate(payload)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        raise PayloadError(where, first["msg"]) from None
    return model.model_dump(mode="json", exclude_none=True)


def from_json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError as error:
        raise PayloadError("payload", f"not JSON: {error.msg}") from None
    if not isinstance(value, dict):
        raise PayloadError("payload", "a JSON object is expected")
    return value
