"""The payload an approving decision carries, per regulation, drawn from the case's facts.

Reg. 1 recognises the periods the application stated (the executor confirms or corrects them,
zone by zone) and says where the money goes. Every other regulation's form is drawn from its
decision model in `contracts.decisions` (`decision_form`), started from what the workflow says
the facts already decide; either way the payload is checked against that model before it is
sent, and again by the workflow.
"""

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import ValidationError

from contracts.decisions import decision_model, draft_from_facts
from contracts.workflow_events import DecisionPayload

Form = Literal["recognition", "model", "none"]


def form_of(regulation_id: int, sub_service: str | None) -> Form:
    if (regulation_id, sub_service) == (1, "first_registration"):
        return "recognition"
    return "model" if decision_model(regulation_id, sub_service) is not None else "none"


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
        case "model":
            opened = _opened(history)
            applicant = opened.get("applicant") or {}
            return draft_from_facts(regulation_id, sub_service, facts_of(history),
                                    str(applicant.get("iin") or ""))
    return {}


def _opened(history: list[Mapping[str, Any]]) -> Mapping[str, Any]:
    for item in history:
        if item.get("event_type") == "workflow.CaseOpened":
            payload = item.get("payload")
            return payload if isinstance(payload, Mapping) else {}
    return {}


class PayloadError(ValueError):
    """What is wrong with a draft, by input: one field, or (`errors`) each of a form's."""

    def __init__(self, field: str, message: str,
                 errors: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.field, self.message = field, message
        self.errors: dict[str, Any] = dict(errors) if errors else {field: message}


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

