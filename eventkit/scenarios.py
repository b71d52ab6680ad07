"""Walks through the running system as its users do, over the public HTTP APIs only.

Shared by `qorgau demo` and the end-to-end tests. Each step is a small function on a `System`
(the four base URLs, the demo tokens, one HTTP client); waiting for another service is a poll
with a deadline, because each service learns of the others' events through the broker.
"""

import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import httpx

from contracts.iin import check_digit

T = TypeVar("T")
ALMATY = ZoneInfo("Asia/Almaty")
# a valid Kazakh IBAN (checksum and bank code) for the demo payouts
DEMO_IBAN = "KZ86125KZT5004100100"
FULL_PACKAGE = [{"kind": "application", "originals": 1},
                {"kind": "identity_document", "originals": 1, "copies": 1, "pages": 2}]
SEMEY_PERIODS = [{"zone": "extreme", "from_year": 1949, "to_year": 1962, "place": "Semey",
                  "kind": "residence"}]
LAST_NAMES = ("Abenov", "Seitkali", "Nurlanov", "Zhaksybekov", "Omarov", "Tokayev", "Ermekov")
FIRST_NAMES = ("Arman", "Aigerim", "Dauren", "Saule", "Yerlan", "Madina", "Askar")


class ScenarioError(RuntimeError):
    """A step answered something other than what a working system answers."""


def new_iin(rng: random.Random | None = None, born: date | None = None) -> str:
    """A valid IIN (with its check digit) nobody else in this run has: serial digits are random."""
    rng = rng or random.Random(uuid.uuid4().int)
    born = born or date(1940 + rng.randrange(0, 40), rng.randrange(1, 13), rng.randrange(1, 29))
    century = 3 + rng.randrange(0, 2) if born.year < 2000 else 5 + rng.randrange(0, 2)
    while True:
        first = f"{born:%y%m%d}{century}{rng.randrange(0, 10_000):04d}"
        digit = check_digit(first)
        if digit is not None:
            return f"{first}{digit}"


def new_applicant(rng: random.Random | None = None) -> dict[str, str]:
    rng = rng or random.Random(uuid.uuid4().int)
    return {"iin": new_iin(rng), "last_name": rng.choice(LAST_NAMES),
            "first_name": rng.choice(FIRST_NAMES), "phone": "+77010000000"}


def eventually(probe: Callable[[], T | None], what: str, timeout: float = 60.0,
               interval: float = 0.2) -> T:
    """Poll `probe` until it returns something truthy; fail naming `what` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise ScenarioError(f"{what}: not reached within {timeout:.0f}s")
        time.sleep(interval)


@dataclass
class System:
    """The four services as a user reaches them, and who the user may be."""

    urls: Mapping[str, str]  # intake, workflow, registry, payments
    tokens: Mapping[str, str]  # "<organisation_id>/<person_id>" -> bearer token
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=15.0))
    etags: dict[tuple[str, str], str] = field(default_factory=dict)  # (service, id) -> ETag

    def headers(self, who: str, **extra: str) -> dict[str, str]:
        """`who` is "<organisation_id>/<person_id>" as in the tokens file."""
        try:
            token = self.tokens[who]
        except KeyError:
            raise ScenarioError(f"no token for {who!r}") from None
        return {"Authorization": f"Bearer {token}", **extra}

    def call(self, method: str, service: str, path: str, who: str | None = None,
             expect: int | tuple[int, ...] = 200, **kwargs: Any) -> httpx.Response:
        headers = {**(self.headers(who) if who else {}), **kwargs.pop("headers", {})}
        answer = self.http.request(method, self.urls[service] + path, headers=headers, **kwargs)
        expected = (expect,) if isinstance(expect, int) else expect
        if answer.status_code not in expected:
            raise ScenarioError(f"{method} {service}{path} as {who}: {answer.status_code} "
                                f"{answer.text[:500]}")
        return answer

    def write(self, service: str, stream: str, path: str, who: str, body: Any = None,
              expect: int | tuple[int, ...] = 200, method: str = "POST") -> dict[str, Any]:
        """A conflicting write: sends the last ETag seen of the stream as If-Match."""
        headers = {}
        if (service, stream) in self.etags:
            headers["If-Match"] = self.etags[(service, stream)]
        answer = self.call(method, service, path, who, expect, json=body or {}, headers=headers)
        if "ETag" in answer.headers:
            self.etags[(service, stream)] = answer.headers["ETag"]
        return answer.json()

    def read(self, service: str, stream: str, path: str, who: str,
             expect: int | tuple[int, ...] = 200) -> httpx.Response:
        answer = self.call("GET", service, path, who, expect)
        if answer.status_code == 200 and "ETag" in answer.headers:
            self.etags[(service, stream)] = answer.headers["ETag"]
        return answer

    def close(self) -> None:
        self.http.close()


# --- who is who in the demo organisations ----------------------------------------------------


def front_office(district: str) -> str:
    return f"gfc-{district}/gfc-{district}-operator"


def department(district: str, person: str) -> str:
    """person: clerk, head, executor, registry, payments."""
    return f"dd-{district}/dd-{district}-{person}"


def department_ref(district: str) -> dict[str, Any]:
    return {"organisation_id": f"dd-{district}", "kind": "district_department",
            "district": district}


# --- intake ----------------------------------------------------------------------------------


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


# --- workflow --------------------------------------------------------------------------------


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


def draft(s: System, who: str, case_id: str, payload: Mapping[str, Any],
          outcome: str = "approved", reasons: list[str] | None = None) -> dict[str, Any]:
    return _step(s, who, case_id, "/draft",
                 {"outcome": outcome, "payload": dict(payload), "reasons": reasons or []})


def send_for_signature(s: System, who: str, case_id: str) -> dict[str, Any]:
    return _step(s, who, case_id, "/draft/sending")


def sign(s: System, who: str, case_id: str) -> dict[str, Any]:
    return _step(s, who, case_id, "/signature")


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
                status = draft(s, executor, case_id, payload)
            case "send_for_signature":
                status = send_for_signature(s, executor, case_id)
            case "sign_result":
                status = sign(s, signer or head, case_id)
            case "issue_result":
                status = issue_result(s, executor, case_id, "decision issued")
            case other:
                raise ScenarioError(f"case {case_id}: no walk for step {other}")
    raise ScenarioError(f"case {case_id} did not close")


# --- registry --------------------------------------------------------------------------------


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


# --- payments --------------------------------------------------------------------------------


def payments_of_case(s: System, who: str, case_id: str, district: str,
                     regulation_id: int) -> list[dict[str, Any]]:
    page = s.call("GET", "payments", f"/v1/payments?district={district}"
                  f"&regulation_id={regulation_id}&limit=500", who).json()
    return [p for p in page["items"] if p["case_id"] == case_id]


def wait_payment(s: System, who: str, case_id: str, district: str, regulation_id: int,
                 statuses: tuple[str, ...] | None = None, timeout: float = 60.0
                 ) -> dict[str, Any]:
    """The payment of a case, straight from its stream, once it is in one of `statuses`."""
    def probe() -> dict[str, Any] | None:
        found = payments_of_case(s, who, case_id, district, regulation_id)
        if not found:
            return None
        payment = payment_of(s, who, found[0]["payment_id"])
        return payment if statuses is None or payment["status"] in statuses else None

    wanted = f" {'/'.join(statuses)}" if statuses else ""
    return eventually(probe, f"payment of case {case_id}{wanted}", timeout)


def payment_of(s: System, who: str, payment_id: str) -> dict[str, Any]:
    return s.read("payments", payment_id, f"/v1/payments/{payment_id}", who).json()


def set_payment_details(s: System, who: str, payment_id: str,
                        iban: str = DEMO_IBAN) -> dict[str, Any]:
    if ("payments", payment_id) not in s.etags:
        payment_of(s, who, payment_id)
    return s.write("payments", payment_id, f"/v1/payments/{payment_id}/details", who,
                   {"route": {"kind": "iban", "iban": iban}}, method="PUT")


def next_payment_day(s: System, who: str, now: datetime | None = None) -> date:
    today = (now or datetime.now(ALMATY)).astimezone(ALMATY).date()
    month = today.replace(day=1)
    for _ in range(3):
        days = s.call("GET", "payments", f"/v1/schedule?year={month.year}&month={month.month}",
                      who).json()["payment_days"]
        later = [d for d in map(date.fromisoformat, days) if d >= today]
        if later:
            return later[0]
        month = (month + timedelta(days=32)).replace(day=1)
    raise ScenarioError("no payment day in the next three months")


def release_envelope(s: System, who: str, district: str,
                     schedule_date: date) -> dict[str, Any] | None:
    """Release the district's ready payments now; None when the release loop took them first."""
    answer = s.call("POST", "payments", "/v1/envelopes", who, (201, 409),
                    json={"district": district, "schedule_date": schedule_date.isoformat()},
                    headers={"Idempotency-Key": str(uuid.uuid4())})
    return answer.json() if answer.status_code == 201 else None


def pay(s: System, who: str, case_id: str, district: str, regulation_id: int,
        timeout: float = 60.0) -> dict[str, Any]:
    """Details if missing, an envelope to the treasury, and its confirmation."""
    payment = wait_payment(s, who, case_id, district, regulation_id,
                           ("awaiting_details", "ready", "ordered", "confirmed"), timeout)
    if payment["status"] == "awaiting_details":
        payment = set_payment_details(s, who, payment["payment_id"])
    if payment["status"] == "ready":
        release_envelope(s, who, district, next_payment_day(s, who))
    return wait_payment(s, who, case_id, district, regulation_id, ("confirmed",), timeout)


# --- whole flows -----------------------------------------------------------------------------


@dataclass
class Reg1Outcome:
    application_id: str
    receipt_number: str
    iin: str
    document: dict[str, Any]
    issued: dict[str, Any]
    verification: dict[str, Any]
    pdf: bytes
    payment: dict[str, Any]
    handed_over: dict[str, Any]


def reg1_first_registration(s: System, district: str = "talgar",
                            applicant: Mapping[str, Any] | None = None,
                            timeout: float = 60.0) -> Reg1Outcome:
    """Reg. 1 from the front office's receipt to the certificate, the money and the hand-over."""
    applicant = dict(applicant or new_applicant())
    office = front_office(district)
    clerk, head = department(district, "clerk"), department(district, "head")
    executor, registrar = department(district, "executor"), department(district, "registry")
    cashier = department(district, "payments")

    receipt = submit(s, office, 1, applicant, "first_registration",
                     facts={"periods": SEMEY_PERIODS})
    if receipt["status"] != "accepted":
        raise ScenarioError(f"reg. 1 receipt refused: {receipt}")
    application_id = receipt["application_id"]
    forward(s, office, application_id, department_ref(district))
    wait_case(s, clerk, application_id, timeout)
    register_case(s, clerk, application_id)
    assign_executor(s, head, application_id, executor.split("/", 1)[1])
    request_information(s, executor, application_id, "Semey archive", "residence 1949-1962")
    extend_term(s, executor, application_id, "extra_checks", "archive answer awaited")
    draft(s, executor, application_id, {"recognition": {"periods": SEMEY_PERIODS},
                                        "payout": {"kind": "bank_account", "iban": DEMO_IBAN}})
    sign(s, head, application_id)
    closed = issue_result(s, executor, application_id, "recognised; certificate follows")
    if closed["status"] != "closed":
        raise ScenarioError(f"case {application_id} not closed: {closed}")

    ordered = wait_document(s, registrar, applicant["iin"], application_id, timeout)
    issued = issue_document(s, registrar, ordered["document_id"])
    wait_document_status(s, registrar, ordered["document_id"], "issued", timeout)
    pdf = document_pdf(s, office, ordered["document_id"])
    verification = verify_url(s, issued["verification_url"])

    payment = pay(s, cashier, application_id, district, 1, timeout)
    wait_result_received(s, office, application_id, timeout)
    handed = hand_over(s, office, application_id)
    return Reg1Outcome(application_id, receipt["receipt"]["receipt_number"], applicant["iin"],
                       document(s, registrar, ordered["document_id"]), issued, verification, pdf,
                       payment, handed)


def reg1_refusal(s: System, district: str = "talgar",
                 applicant: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """An incomplete reg. 1 package: the front office gives a refusal receipt and keeps it."""
    applicant = dict(applicant or new_applicant())
    only_the_form = [{"kind": "application", "originals": 1}]
    refused = submit(s, front_office(district), 1, applicant, "first_registration",
                     documents=only_the_form, facts={"periods": SEMEY_PERIODS})
    if refused["status"] != "refused":
        raise ScenarioError(f"an incomplete package was accepted: {refused['status']}")
    return refused


@dataclass
class DecidedCase:
    application_id: str
    receipt_number: str | None
    iin: str
    closed: dict[str, Any]


def reg1_decided(s: System, district: str, applicant: Mapping[str, Any],
                 sub_service: str = "first_registration", payload: Mapping[str, Any] | None = None,
                 facts: Mapping[str, Any] | None = None, timeout: float = 60.0) -> DecidedCase:
    """A reg. 1 package accepted at the district's front office, forwarded and decided there."""
    office = front_office(district)
    receipt = submit(s, office, 1, applicant, sub_service,
                     facts=facts if facts is not None else {"periods": SEMEY_PERIODS})
    if receipt["status"] != "accepted":
        raise ScenarioError(f"reg. 1 {sub_service} refused at the front office")
    application_id = receipt["application_id"]
    forward(s, office, application_id, department_ref(district))
    wait_case(s, department(district, "clerk"), application_id, timeout)
    closed = decide_through(
        s, application_id, department(district, "clerk"), department(district, "head"),
        department(district, "executor"),
        payload or {"recognition": {"periods": SEMEY_PERIODS},
                    "payout": {"kind": "bank_account", "iban": DEMO_IBAN}})
    return DecidedCase(application_id, receipt["receipt"]["receipt_number"], applicant["iin"],
                       closed)


@dataclass
class DuplicateOutcome:
    original: dict[str, Any]  # the first certificate, as the registry shows it now
    duplicate: dict[str, Any]
    issued: dict[str, Any]
    original_verification: dict[str, Any]
    duplicate_verification: dict[str, Any]


def reg1_duplicate(s: System, first: Reg1Outcome, district: str = "talgar",
                   timeout: float = 60.0) -> DuplicateOutcome:
    """The holder of an issued certificate lost it: a duplicate replaces it."""
    registrar = department(district, "registry")
    number = first.issued["number"]
    entry = register_entry(s, registrar, first.iin)
    if entry is None:
        raise ScenarioError("the holder of the first certificate is not in the register")
    applicant = {"iin": first.iin, "last_name": entry["last_name"],
                 "first_name": entry["first_name"]}
    decided = reg1_decided(s, district, applicant, "duplicate",
                           payload={"duplicate": {"reason": "lost", "replaces": number}},
                           facts={"duplicate_reason": "lost", "replaces": number},
                           timeout=timeout)
    ordered = wait_document(s, registrar, first.iin, decided.application_id, timeout)
    issued = issue_document(s, registrar, ordered["document_id"])
    wait_document_status(s, registrar, ordered["document_id"], "issued", timeout)
    original = wait_document_status(s, registrar, first.document["document_id"], "replaced",
                                    timeout)
    return DuplicateOutcome(original, document(s, registrar, ordered["document_id"]), issued,
                            verify_url(s, first.issued["verification_url"]),
                            verify_url(s, issued["verification_url"]))


def reg12_by_rural_akim(s: System, district: str = "talgar", rural: str = "panfilov",
                        timeout: float = 60.0) -> dict[str, Any]:
    """Fuel assistance (reg. 12) at a rural akim's office: the akim's staff accept, register and
    draw it up, the district department's head signs, the akim's office issues and hands it over;
    payments assigns the money and the treasury pays it."""
    akim = f"akim-{district}-{rural}"
    clerk, head = f"{akim}/akim-{rural}-clerk", f"{akim}/akim-{rural}-head"
    executor = f"{akim}/akim-{rural}-executor"
    applicant = new_applicant()
    receipt = submit(s, clerk, 12, applicant)
    if receipt["status"] != "accepted":
        raise ScenarioError("reg. 12 refused at the akim's office")
    application_id = receipt["application_id"]
    forward(s, clerk, application_id)  # the akim's office is the provider itself
    wait_case(s, clerk, application_id, timeout)
    year = datetime.now(ALMATY).year
    payload = {"assignment": {"kind": "fuel_assistance", "category": "education",
                              "assigned_period": {"start": f"{year}-01-01",
                                                  "end": f"{year}-12-31"}},
               "payout": {"kind": "bank_account", "iban": DEMO_IBAN}}
    closed = decide_through(s, application_id, clerk, head, executor, payload,
                            signer=department(district, "head"))
    payment = pay(s, department(district, "payments"), application_id, district, 12, timeout)
    wait_result_received(s, clerk, application_id, timeout)
    handed = hand_over(s, clerk, application_id)
    return {"application_id": application_id,
            "receipt_number": receipt["receipt"]["receipt_number"], "closed": closed,
            "payment": payment, "handed_over": handed}


def reg14_by_employment_centre(s: System, district: str = "talgar",
                               timeout: float = 60.0) -> dict[str, Any]:
    """A referral to an active employment measure (reg. 14) requested on the e-government
    portal, forwarded to the district's Employment Centre, decided and signed there; the result
    goes back to the portal."""
    portal = "egov-portal/portal"
    centre = f"ec-{district}"
    clerk, head = f"{centre}/{centre}-clerk", f"{centre}/{centre}-head"
    executor = f"{centre}/{centre}-executor"
    applicant = new_applicant()
    answer = s.call("POST", "intake", "/v1/applications", portal, 201,
                    json={"regulation_id": 14, "district": district, "applicant": applicant,
                          "documents": FULL_PACKAGE},
                    headers={"Idempotency-Key": str(uuid.uuid4())})
    receipt = answer.json()
    application_id = receipt["application_id"]
    s.etags[("intake", application_id)] = answer.headers["ETag"]
    if receipt["status"] != "accepted":
        raise ScenarioError("reg. 14 refused on the portal")
    forward(s, portal, application_id, {"organisation_id": centre, "kind": "employment_centre",
                                        "district": district})
    wait_case(s, clerk, application_id, timeout)
    payload = {"referral": {"kind": "public_works", "employer": "Talgar district akimat"}}
    closed = decide_through(s, application_id, clerk, head, executor, payload)
    received = wait_result_received(s, portal, application_id, timeout)
    return {"application_id": application_id,
            "receipt_number": receipt["receipt"]["receipt_number"], "closed": closed,
            "result": received["result"]}
