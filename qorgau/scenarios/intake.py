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
    """The result back at the front office, ready to hand over: where the decision orders a
    document (reg. 1's certificate), the registry's word that it was issued is there too (or
    that the person is registered elsewhere), since the result is not handed over before it."""

    def probe() -> dict[str, Any] | None:
        view = application(s, who, application_id)
        if view["status"] != "result_received":
            return None
        waiting = (view.get("result") or {}).get("awaits_document") and not (
            view.get("documents") or view.get("registered_elsewhere"))
        return None if waiting else view

    return eventually(probe, f"result of {application_id} back at the front office", timeout)


def hand_over(s: System, who: str, application_id: str) -> dict[str, Any]:
    return s.write("intake", application_id, f"/v1/applications/{application_id}/hand-over",
                   who, {"recipient": "applicant"})
