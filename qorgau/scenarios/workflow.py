"""Provider steps over the workflow API."""

import uuid
from collections.abc import Mapping
from typing import Any

import httpx

from qorgau.scenarios.system import ScenarioError, System, eventually


def case(s: System, who: str, case_id: str, expect: int | tuple[int, ...] = 200) -> httpx.Response:
    return s.read("workflow", case_id, f"/v1/cases/{case_id}", who, expect)


def wait_case(s: System, who: str, case_id: str, timeout: float = 60.0) -> dict[str, Any]:
    """The case the forwarded application opened at the provider (through the broker)."""
    def probe() -> dict[str, Any] | None:
        answer = case(s, who, case_id, (200, 404))
        return answer.json() if answer.status_code == 200 else None

    return eventually(probe, f"case {case_id} opened at the provider", timeout)


def accept_in_person(s: System, who: str, regulation_id: int, applicant: Mapping[str, Any],
                     sub_service: str | None = None,
                     facts: Mapping[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"regulation_id": regulation_id, "applicant": dict(applicant),
                            "facts": dict(facts or {})}
    if sub_service:
        body["sub_service"] = sub_service
    answer = s.call("POST", "workflow", "/v1/cases", who, 201, json=body,
                    headers={"Idempotency-Key": str(uuid.uuid4())})
    status = answer.json()
    s.etags[("workflow", status["case_id"])] = answer.headers["ETag"]
    return status


def _step(s: System, who: str, case_id: str, path: str, body: Any = None) -> dict[str, Any]:
    return s.write("workflow", case_id, f"/v1/cases/{case_id}{path}", who, body)


def register_case(s: System, who: str, case_id: str) -> dict[str, Any]:
    return _step(s, who, case_id, "/registration")


def assign_executor(s: System, who: str, case_id: str, person_id: str) -> dict[str, Any]:
    return _step(s, who, case_id, "/executor", {"person_id": person_id})


def request_information(s: System, who: str, case_id: str, addressed_to: str,
                        subject: str) -> dict[str, Any]:
    return _step(s, who, case_id, "/information-requests",
                 {"addressed_to": addressed_to, "subject": subject})


def extend_term(s: System, who: str, case_id: str, extension_id: str,
                reason: str) -> dict[str, Any]:
    return _step(s, who, case_id, "/extensions", {"extension_id": extension_id, "reason": reason})


def draft(s: System, who: str, case_id: str, regulation: tuple[int, str | None],
          payload: Mapping[str, Any], outcome: str = "approved",
          reasons: list[str] | None = None) -> dict[str, Any]:
    """A draft names the case's regulation and sub-service; a refusal carries no payload."""
    regulation_id, sub_service = regulation
    body: dict[str, Any] = {"outcome": outcome, "regulation_id": regulation_id,
                            "reasons": reasons or []}
    if sub_service is not None:
        body["sub_service"] = sub_service
    if outcome == "approved":
        body["payload"] = dict(payload)
    return _step(s, who, case_id, "/draft", body)


def send_for_signature(s: System, who: str, case_id: str) -> dict[str, Any]:
    return _step(s, who, case_id, "/draft/sending")


def decision_document(s: System, who: str, case_id: str) -> bytes:
    """The bytes of the decision the head is about to sign, as the workflow gives them."""
    return s.call("GET", "workflow", f"/v1/cases/{case_id}/draft/document", who).content


def sign(s: System, who: str, case_id: str) -> dict[str, Any]:
    """The head signs the decision document with their own key, then the decision."""
    signature = s.signature(who, decision_document(s, who, case_id))
    return _step(s, who, case_id, "/signature", {"signature": signature})


def issue_result(s: System, who: str, case_id: str, summary: str = "") -> dict[str, Any]:
    return _step(s, who, case_id, "/result", {"summary": summary})


def decide_through(s: System, case_id: str, clerk: str, head: str, executor: str,
                   payload: Mapping[str, Any], signer: str | None = None) -> dict[str, Any]:
    """Walk an open case through whatever steps its route has left, up to the issued result.

    The route decides the order (register, assign, draft, send, sign, issue); each answer names
    the next step, so regulations with and without a separate sending step share this walk.
    """
    executor_person = executor.split("/", 1)[1]
    status: dict[str, Any] = case(s, clerk, case_id).json()
    regulation = (status["regulation_id"], status["sub_service"])
    for _ in range(10):
        step = status.get("current_step")
        if status["status"] == "closed" or step is None:
            return status
        match step["step_id"]:
            case "register":
                status = register_case(s, clerk, case_id)
            case "assign_executor":
                status = assign_executor(s, head, case_id, executor_person)
            case "decide" | "draft_result" | "issue_duplicate" | "issue_certificate":
                status = draft(s, executor, case_id, regulation, payload)
            case "send_for_signature":
                status = send_for_signature(s, executor, case_id)
            case "sign_result":
                status = sign(s, signer or head, case_id)
            case "issue_result":
                status = issue_result(s, executor, case_id, "decision issued")
            case other:
                raise ScenarioError(f"case {case_id}: no walk for step {other}")
    raise ScenarioError(f"case {case_id} did not close")
