"""Front-office steps over the intake API."""

import uuid
from collections.abc import Mapping
from typing import Any

from qorgau.scenarios.system import FULL_PACKAGE, System, eventually


def submit(s: System, who: str, regulation_id: int, applicant: Mapping[str, Any],
           sub_service: str | None = None, documents: list[dict[str, Any]] | None = None,
           facts: Mapping[str, Any] | None = None,
           refusal_reasons: list[str] | None = None) -> dict[str, Any]:
    """A package at a front office: the receipt (`accepted`) or refusal receipt (`refused`)."""
    body: dict[str, Any] = {"regulation_id": regulation_id, "applicant": dict(applicant),
                            "documents": FULL_PACKAGE if documents is None else documents,
                            "facts": dict(facts or {})}
    if sub_service:
        body["sub_service"] = sub_service
    if refusal_reasons:
        body["refusal_reasons"] = refusal_reasons
    answer = s.call("POST", "intake", "/v1/applications", who, 201, json=body,
                    headers={"Idempotency-Key": str(uuid.uuid4())})
    view = answer.json()
    s.etags[("intake", view["application_id"])] = answer.headers["ETag"]
    return view


def forward(s: System, who: str, application_id: str,
            provider: Mapping[str, Any] | None = None) -> dict[str, Any]:
    body = {"provider": dict(provider)} if provider else {}
    return s.write("intake", application_id, f"/v1/applications/{application_id}/forward", who,
                   body)


def application(s: System, who: str, application_id: str) -> dict[str, Any]:
    return s.read("intake", application_id, f"/v1/applications/{application_id}", who).json()


def wait_result_received(s: System, who: str, application_id: str,
                         timeout: float = 60.0) -> dict[str, Any]:
    def probe() -> dict[str, Any] | None:
        view = application(s, who, application_id)
        return view if view["status"] == "result_received" else None

    return eventually(probe, f"result of {application_id} back at the front office", timeout)


def hand_over(s: System, who: str, application_id: str) -> dict[str, Any]:
    return s.write("intake", application_id, f"/v1/applications/{application_id}/hand-over",
                   who, {"recipient": "applicant"})
