"""Register, documents and public verification over the registry API."""

import uuid
from typing import Any

from qorgau.scenarios.system import System, eventually


def register_entry(s: System, who: str, iin: str) -> dict[str, Any] | None:
    answer = s.call("POST", "registry", "/v1/register/search", who, (200, 404), json={"iin": iin})
    return answer.json() if answer.status_code == 200 else None


def wait_document(s: System, who: str, iin: str, case_id: str,
                  timeout: float = 60.0) -> dict[str, Any]:
    """The document the registry ordered for a decided reg. 1 case (from DecisionSigned)."""
    def probe() -> dict[str, Any] | None:
        entry = register_entry(s, who, iin)
        if entry is None:
            return None
        return next((d for d in entry["documents"] if d["case_id"] == case_id), None)

    return eventually(probe, f"registry document of case {case_id}", timeout)


def document(s: System, who: str, document_id: str) -> dict[str, Any]:
    return s.call("GET", "registry", f"/v1/documents/{document_id}", who).json()


def wait_document_of_case(s: System, who: str, case_id: str, status: str = "requested",
                          timeout: float = 60.0) -> dict[str, Any]:
    """Any registry document of a case (regs 13, 15, 16, 17), from the officer's list."""
    def probe() -> dict[str, Any] | None:
        page = s.call("GET", "registry", f"/v1/documents?status={status}&limit=200", who).json()
        return next((d for d in page["items"] if d["case_id"] == case_id), None)

    return eventually(probe, f"registry document of case {case_id}", timeout)


def wait_document_status(s: System, who: str, document_id: str, status: str,
                         timeout: float = 60.0) -> dict[str, Any]:
    """The registry's read model catches up with its own log a moment after a write."""
    def probe() -> dict[str, Any] | None:
        found = document(s, who, document_id)
        return found if found["status"] == status else None

    return eventually(probe, f"document {document_id} {status}", timeout)


def issue_document(s: System, who: str, document_id: str) -> dict[str, Any]:
    return s.call("POST", "registry", f"/v1/documents/{document_id}/issue", who,
                  headers={"Idempotency-Key": str(uuid.uuid4())}).json()


def document_pdf(s: System, who: str, document_id: str) -> bytes:
    return s.call("GET", "registry", f"/v1/documents/{document_id}/pdf", who).content


def verify_code(s: System, code: str) -> dict[str, Any]:
    """The public check behind the QR code: no login."""
    return s.call("GET", "registry", f"/v1/verify/{code}").json()


def verify_url(s: System, url: str) -> dict[str, Any]:
    return verify_code(s, url.rstrip("/").rsplit("/", 1)[1])


def verify_number(s: System, number: str, iin: str) -> dict[str, Any]:
    return s.call("POST", "registry", "/v1/verify", json={"number": number,
                                                          "holder_iin": iin}).json()
