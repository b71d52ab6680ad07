"""What callers read: an application and its receipts, folded from the application's envelopes.

The same fold answers `GET /applications/{id}` straight from the log (an operator sees the
receipt they just issued) and fills the list read model in `projections.py`.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from contracts.envelope import Envelope
from contracts.identity import Actor
from contracts.intake_events import (
    REGISTRY,
    ApplicationAccepted,
    ApplicationForwarded,
    ApplicationRefused,
    DocumentPresented,
    ListedItem,
    Representative,
    ResultHandedOver,
    ResultReceived,
    ResultReturnedToProvider,
)
from contracts.people import Applicant, OrganisationRef


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


# What the State Corporation in Talgar hands out for a reg. 1 package (an invented applicant)
_GFC = {"organisation_id": "gfc-talgar", "kind": "state_corporation", "district": "talgar",
        "rural_district": None}
_APPLICATION = {"kind": "application", "title": "Application in the form set by the Standard.",
                "originals": 1, "copies": 0, "pages": None}
_IDENTITY = {"id": "identity_document",
             "title": "Document proving the applicant's identity (or the applicant's authority)."}
_RECEIPT = {
    "kind": "receipt", "receipt_number": "gfc-talgar-2026-000142",
    "application_id": "0b8a3c1e-2f6d-4a57-9e1b-7c2d5f4a6b10", "regulation_id": 1,
    "sub_service": "first_registration", "channel": "state_corporation",
    "catalogue_version": "r547_2019_12_03", "issued_at": "2026-03-02T10:05:00+05:00",
    "issued_by": _GFC, "operator": {"person_id": "gfc-talgar-operator", "role": "operator"},
    "district": "talgar", "rural_district": None,
    "applicant": {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
                  "middle_name": "Bolatuly", "phone": "+77015550142", "email": None},
    "representative": None,
    "documents": [_APPLICATION, {"kind": _IDENTITY["id"], "title": _IDENTITY["title"],
                                 "originals": 1, "copies": 1, "pages": 2}],
    "missing_documents": [], "reasons": [], "standard_paragraph": None, "receipt_annex": None,
    "forward_due": "2026-03-02T13:05:00+05:00", "result_due": "2026-04-09T18:00:00+05:00",
}
_REFUSAL = {
    **_RECEIPT, "kind": "refusal", "receipt_number": "gfc-talgar-2026-000143",
    "application_id": "5e2f7a90-1c3b-4d8e-a6f4-93b0c7d1e258",
    "issued_at": "2026-03-02T10:25:00+05:00", "documents": [_APPLICATION],
    "missing_documents": [_IDENTITY],
    "reasons": [{"id": "incomplete_package",
                 "title": "The document package is incomplete against the Standard's list."}],
    "standard_paragraph": 10, "receipt_annex": 3, "forward_due": None, "result_due": None,
}
_ACCEPTED = {
    "application_id": _RECEIPT["application_id"], "status": "accepted", "version": 1,
    "regulation_id": 1, "sub_service": "first_registration", "channel": "state_corporation",
    "organisation_id": "gfc-talgar", "district": "talgar", "rural_district": None,
    "receipt": _RECEIPT,
    "facts": {"periods": [{"zone": "extreme", "from_year": 1958, "to_year": 1963,
                           "place": "Semey", "kind": "residence"},
                          {"zone": "maximum", "from_year": 1964, "to_year": 1971,
                           "place": "Abai district, Karaul", "kind": "work"}],
              "payout": None, "duplicate_reason": None, "replaces": None},
    "forwarded_at": None, "forward_overdue": None, "provider": None, "result": None,
}
_FORWARDED = {
    **_ACCEPTED, "status": "forwarded", "version": 2,
    "forwarded_at": "2026-03-02T11:40:00+05:00", "forward_overdue": False,
    "provider": {"organisation_id": "dd-talgar", "kind": "district_department",
                 "district": "talgar", "rural_district": None},
}


class ReceiptView(_View):
    """A receipt (`kind="receipt"`) or a refusal receipt (`kind="refusal"`), as handed out."""

    model_config = ConfigDict(json_schema_extra={"examples": [_RECEIPT, _REFUSAL]})

    kind: Literal["receipt", "refusal"]
    receipt_number: str
    application_id: str
    regulation_id: int
    sub_service: str | None
    channel: str
    catalogue_version: str
    issued_at: datetime
    issued_by: OrganisationRef
    operator: Actor
    district: str | None
    rural_district: str | None
    applicant: Applicant
    representative: Representative | None
    documents: list[DocumentPresented]
    missing_documents: list[ListedItem] = []
    reasons: list[ListedItem] = []
    standard_paragraph: int | None = None
    receipt_annex: int | None = None
    forward_due: datetime | None = None
    result_due: datetime | None = None


class ResultView(_View):
    outcome: str
    decision_reference: str
    provider: OrganisationRef
    issued_at: datetime
    received_at: datetime
    collect_by: datetime
    handed_over_at: datetime | None = None
    handed_over_by: Actor | None = None
    recipient: str | None = None
    returned_at: datetime | None = None


class ApplicationView(_View):
    model_config = ConfigDict(json_schema_extra={"examples": [_ACCEPTED, _FORWARDED]})

    application_id: str
    status: Literal["accepted", "refused", "forwarded", "result_received", "handed_over",
                    "returned_to_provider"]
    version: int
    regulation_id: int
    sub_service: str | None
    channel: str
    organisation_id: str
    district: str | None
    rural_district: str | None
    receipt: ReceiptView
    facts: dict[str, Any] = {}
    forwarded_at: datetime | None = None
    forward_overdue: bool | None = None
    provider: OrganisationRef | None = None
    result: ResultView | None = None


def receipt_of(envelope: Envelope) -> ReceiptView:
    event = REGISTRY.decode(envelope)
    common = dict(
        receipt_number=event.receipt_number, application_id=event.application_id,
        regulation_id=event.regulation_id, sub_service=event.sub_service, channel=event.channel,
        catalogue_version=event.catalogue_version, operator=envelope.actor,
        district=event.district, rural_district=event.rural_district, applicant=event.applicant,
        representative=event.representative, documents=event.documents,
    )
    if isinstance(event, ApplicationAccepted):
        return ReceiptView(kind="receipt", issued_at=event.accepted_at,
                           issued_by=event.accepted_by, forward_due=event.forward_due,
                           result_due=event.result_due, **common)
    assert isinstance(event, ApplicationRefused), envelope.event_type
    return ReceiptView(kind="refusal", issued_at=event.refused_at, issued_by=event.refused_by,
                       missing_documents=event.missing_documents, reasons=event.reasons,
                       standard_paragraph=event.standard_paragraph,
                       receipt_annex=event.receipt_annex, **common)


def application_of(envelopes: Sequence[Envelope]) -> ApplicationView | None:
    """The application as its events tell it; None for an empty stream."""
    if not envelopes:
        return None
    first = REGISTRY.decode(envelopes[0])
    receipt = receipt_of(envelopes[0])
    view: dict[str, Any] = dict(
        application_id=receipt.application_id, version=len(envelopes),
        status="accepted" if receipt.kind == "receipt" else "refused",
        regulation_id=receipt.regulation_id, sub_service=receipt.sub_service,
        channel=receipt.channel, organisation_id=receipt.issued_by.organisation_id,
        district=receipt.district, rural_district=receipt.rural_district, receipt=receipt,
        facts=getattr(first, "facts", {}),
    )
    result: dict[str, Any] = {}
    for envelope in envelopes[1:]:
        _apply(view, result, envelope)
    if result:
        view["result"] = ResultView(**result)
    return ApplicationView(**view)


def _apply(view: dict[str, Any], result: dict[str, Any], envelope: Envelope) -> None:
    event = REGISTRY.decode(envelope)
    match event:
        case ApplicationForwarded():
            view.update(status="forwarded", forwarded_at=event.forwarded_at,
                        provider=event.provider, forward_overdue=event.overdue)
        case ResultReceived():
            view["status"] = "result_received"
            result.update(outcome=event.outcome, decision_reference=event.decision_reference,
                          provider=event.provider, issued_at=event.issued_at,
                          received_at=event.received_at, collect_by=event.collect_by)
        case ResultHandedOver():
            view["status"] = "handed_over"
            result.update(handed_over_at=event.handed_over_at, recipient=event.recipient,
                          handed_over_by=envelope.actor)
        case ResultReturnedToProvider():
            view["status"] = "returned_to_provider"
            result.update(returned_at=event.returned_at)
