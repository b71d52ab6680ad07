"""The four services' public HTTP APIs, called with the signed-in person's bearer token.

The console owns no case data and reads no database: every page is built from these answers.
A problem document (RFC 9457) becomes an `ApiError` carrying its status, detail and field
errors, so pages can show them next to the fields they name.
"""

import asyncio
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

Json = dict[str, Any]
SERVICES = ("intake", "workflow", "registry", "payments")


@dataclass
class ApiError(Exception):
    service: str
    status: int
    title: str = ""
    detail: str = ""
    errors: list[dict[str, str]] = field(default_factory=list)
    extensions: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.service} answered {self.status}: {self.detail or self.title}"

    @property
    def conflict(self) -> bool:
        return self.status == 409

    def field_errors(self) -> dict[str, str]:
        return {e["field"]: e["message"] for e in self.errors if "field" in e}


def _error(service: str, answer: httpx.Response) -> ApiError:
    try:
        body = answer.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    known = {"type", "title", "status", "detail", "instance", "errors", "correlation_id"}
    return ApiError(service, answer.status_code, str(body.get("title", "")),
                    str(body.get("detail") or ""), list(body.get("errors") or []),
                    {k: v for k, v in body.items() if k not in known})


@dataclass(frozen=True)
class Answer:
    body: Any
    etag: str | None

    @property
    def version(self) -> int | None:
        return int(self.etag.strip('W/"')) if self.etag else None


class Services:
    """One HTTP client for the process; `as_caller(token)` binds it to a person."""

    def __init__(self, urls: Mapping[str, str], timeout_s: float,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.urls = {name: urls[name].rstrip("/") for name in SERVICES}
        self.http = httpx.AsyncClient(timeout=timeout_s, transport=transport)

    def as_caller(self, token: str | None) -> "Api":
        return Api(self, token)

    async def close(self) -> None:
        await self.http.aclose()


class Api:
    def __init__(self, services: Services, token: str | None) -> None:
        self._s, self._token = services, token

    async def call(self, method: str, service: str, path: str, *, json: Any = None,
                   params: Mapping[str, Any] | None = None, if_match: int | None = None,
                   idempotency_key: str | None = None, raw: bool = False) -> Answer:
        headers = {"Accept": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        if if_match is not None:
            headers["If-Match"] = f'"{if_match}"'
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        clean = {k: v for k, v in (params or {}).items() if v not in (None, "")}
        try:
            answer = await self._s.http.request(method, self._s.urls[service] + path, json=json,
                                                params=clean, headers=headers)
        except httpx.HTTPError as error:
            raise ApiError(service, 503, "Service Unavailable",
                           f"{service} did not answer ({type(error).__name__})") from error
        if answer.status_code >= 400:
            raise _error(service, answer)
        content = answer.headers.get("content-type", "")
        body = answer.json() if "json" in content and not raw else answer.content
        return Answer(body, answer.headers.get("ETag"))

    async def get(self, service: str, path: str, **params: Any) -> Any:
        return (await self.call("GET", service, path, params=params)).body

    # --- intake -------------------------------------------------------------------------------

    async def submit(self, body: Json, key: str) -> Json:
        answer = await self.call("POST", "intake", "/v1/applications", json=body,
                                 idempotency_key=key)
        return answer.body

    async def application(self, application_id: str) -> Answer:
        return await self.call("GET", "intake", f"/v1/applications/{application_id}")

    async def applications(self, **filters: Any) -> Json:
        return await self.get("intake", "/v1/applications", **filters)

    async def receipt(self, application_id: str) -> Json:
        return await self.get("intake", f"/v1/applications/{application_id}/receipt")

    async def application_action(self, application_id: str, action: str, body: Json,
                                 version: int) -> Json:
        answer = await self.call("POST", "intake", f"/v1/applications/{application_id}/{action}",
                                 json=body, if_match=version)
        return answer.body

    # --- workflow ------------------------------------------------------------------------------

    async def case(self, case_id: str) -> Json:
        return await self.get("workflow", f"/v1/cases/{case_id}")

    async def case_at_least(self, case_id: str, version: int | None,
                            attempts: int = 15, pause_s: float = 0.2) -> Json:
        """The case detail once its read model shows `version` (it follows the log closely)."""
        found = await self.case(case_id)
        for _ in range(attempts):
            if version is None or found["version"] >= version:
                break
            await asyncio.sleep(pause_s)
            found = await self.case(case_id)
        return found

    async def cases(self, **filters: Any) -> Json:
        return await self.get("workflow", "/v1/cases", **filters)

    async def inbox(self, **filters: Any) -> list[Json]:
        return await self.get("workflow", "/v1/inbox", **filters)

    async def decision_document(self, case_id: str) -> bytes:
        """The decision document's bytes exactly as the workflow gave them: what a head signs."""
        answer = await self.call("GET", "workflow", f"/v1/cases/{case_id}/draft/document",
                                 raw=True)
        document: bytes = answer.body
        return document

    async def case_action(self, case_id: str, path: str, body: Json, version: int) -> Json:
        answer = await self.call("POST", "workflow", f"/v1/cases/{case_id}{path}", json=body,
                                 if_match=version)
        return answer.body

    async def sla(self, **filters: Any) -> list[Json]:
        return await self.get("workflow", "/v1/reports/sla", **filters)

    # --- registry ------------------------------------------------------------------------------

    async def find_by_iin(self, iin: str) -> Json | None:
        try:
            return (await self.call("POST", "registry", "/v1/register/search",
                                    json={"iin": iin})).body
        except ApiError as error:
            if error.status == 404:
                return None
            raise

    async def search_register(self, by: str, q: str, limit: int = 50) -> Json:
        """Documents of the caller's jurisdiction by holder's name or number (IINs masked)."""
        return await self.get("registry", "/v1/register/search", by=by, q=q, limit=limit)

    async def entry(self, holder_id: str) -> Answer:
        return await self.call("GET", "registry", f"/v1/register/{holder_id}")

    async def documents(self, **filters: Any) -> Json:
        return await self.get("registry", "/v1/documents", **filters)

    async def document(self, document_id: str) -> Json:
        return await self.get("registry", f"/v1/documents/{document_id}")

    async def document_until(self, document_id: str, statuses: tuple[str, ...],
                             attempts: int = 15, pause_s: float = 0.2) -> Json:
        """The document once the registry's read model shows one of `statuses` (it follows the
        registry's own log a moment after a write)."""
        found = await self.document(document_id)
        for _ in range(attempts):
            if found.get("status") in statuses:
                break
            await asyncio.sleep(pause_s)
            found = await self.document(document_id)
        return found

    async def issue_document(self, document_id: str, key: str) -> Json:
        return (await self.call("POST", "registry", f"/v1/documents/{document_id}/issue",
                                idempotency_key=key)).body

    async def revoke_document(self, document_id: str, reason: str) -> Json:
        # the revocation's If-Match: the version of the document's file as read just now
        seen = await self.call("GET", "registry", f"/v1/documents/{document_id}")
        return (await self.call("POST", "registry", f"/v1/documents/{document_id}/revocation",
                                json={"reason": reason}, if_match=seen.version)).body

    async def document_pdf(self, document_id: str) -> bytes:
        return (await self.call("GET", "registry",
                                f"/v1/documents/{document_id}/pdf")).body

    async def verify(self, code: str) -> Json:
        return await self.get("registry", f"/v1/verify/{code}")

    async def verify_number(self, number: str, iin: str) -> Json:
        return (await self.call("POST", "registry", "/v1/verify",
                                json={"number": number, "holder_iin": iin})).body

    # --- payments ------------------------------------------------------------------------------

    async def payments(self, **filters: Any) -> Json:
        return await self.get("payments", "/v1/payments", **filters)

    async def payment(self, payment_id: str) -> Answer:
        return await self.call("GET", "payments", f"/v1/payments/{payment_id}")

    async def set_payment_details(self, payment_id: str, route: Json, version: int) -> Json:
        return (await self.call("PUT", "payments", f"/v1/payments/{payment_id}/details",
                                json={"route": route}, if_match=version)).body

    async def release_envelope(self, district: str, schedule_date: str, key: str) -> Json:
        return (await self.call("POST", "payments", "/v1/envelopes",
                                json={"district": district, "schedule_date": schedule_date},
                                idempotency_key=key)).body

    async def envelope(self, envelope_id: str, attempts: int = 15,
                       pause_s: float = 0.2) -> Json:
        """The envelope; just released, it reaches the read model a moment after the write."""
        for _ in range(attempts):
            try:
                return await self.get("payments", f"/v1/envelopes/{envelope_id}")
            except ApiError as error:
                if error.status != 404:
                    raise
            await asyncio.sleep(pause_s)
        return await self.get("payments", f"/v1/envelopes/{envelope_id}")

    async def reconciliation(self, date_from: str, date_to: str,
                             district: str | None = None) -> Json:
        return await self.get("payments", "/v1/reconciliation", date_from=date_from,
                              date_to=date_to, district=district)

    async def schedule(self, year: int, month: int) -> Json:
        return await self.get("payments", "/v1/schedule", year=year, month=month)


def new_key() -> str:
    """An Idempotency-Key for a creating POST (kept in the form, so a resubmit is one write)."""
    return str(uuid.uuid4())
