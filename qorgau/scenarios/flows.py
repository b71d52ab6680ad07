"""Whole flows, each a regulation walked from submission to its result."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qorgau.scenarios.intake import forward, hand_over, submit, wait_result_received
from qorgau.scenarios.payments import pay
from qorgau.scenarios.registry import (
    document,
    document_pdf,
    issue_document,
    register_entry,
    verify_url,
    wait_document,
    wait_document_status,
)
from qorgau.scenarios.system import (
    ALMATY,
    DEMO_IBAN,
    FULL_PACKAGE,
    SEMEY_PERIODS,
    ScenarioError,
    System,
    department,
    department_ref,
    front_office,
    new_applicant,
)
from qorgau.scenarios.workflow import (
    assign_executor,
    decide_through,
    draft,
    extend_term,
    issue_result,
    register_case,
    request_information,
    sign,
    wait_case,
)


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
    draft(s, executor, application_id, (1, "first_registration"),
          {"recognition": {"periods": SEMEY_PERIODS},
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
    # one step at the provider's own desk: the akim's office provides reg. 12 itself, so the
    # package is with the provider the moment it is accepted
    if receipt["status"] != "forwarded":
        raise ScenarioError(f"reg. 12 at the akim's office came back {receipt['status']}")
    application_id = receipt["application_id"]
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
