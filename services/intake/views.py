"""What callers read: an application and its receipts, folded from the application's envelopes.

The same fold answers `GET /applications/{id}` straight from the log (an operator sees the
receipt they just issued) and fills the list read model in `projections.py`.
"""

from collections.abc import Sequence
from typing import Any

from contracts.envelope import Envelope
from contracts.intake_events import (
    REGISTRY,
    ApplicationAccepted,
    ApplicationForwarded,
    ApplicationRefused,
    DocumentRecorded,
    RegisteredElsewhere,
    ResultHandedOver,
    ResultReceived,
    ResultReturnedToProvider,
)

from .schemas import (
    ApplicationView,
    DocumentOut,
    ReceiptView,
    RegisteredElsewhereOut,
    ResultView,
)


def elsewhere_notice(case_id: str, district: str | None) -> str:
    where = f" in {district} district" if district else ""
    return (f"The person is already registered{where}, see case {case_id}: no certificate and "
            "no payment follow from this application.")


def receipt_of(envelope: Envelope) -> ReceiptView:
    event = REGISTRY.decode(envelope)
    if not isinstance(event, ApplicationAccepted | ApplicationRefused):
        raise ValueError(f"an application begins with its receipt, not {envelope.event_type}")
    common = dict(
        receipt_number=event.receipt_number, application_id=event.application_id,
        regulation_id=event.regulation_id, sub_service=event.sub_service, channel=event.channel,
        catalogue_version=event.catalogue_version, operator=envelope.actor,
        district=event.district, rural_district=event.rural_district, applicant=event.applicant,
        representative=event.representative, documents=event.documents, act=event.act,
    )
    if isinstance(event, ApplicationAccepted):
        return ReceiptView(kind="receipt", issued_at=event.accepted_at,
                           issued_by=event.accepted_by, forward_due=event.forward_due,
                           result_due=event.result_due,
                           provisional_calendar=event.provisional_calendar, **common)
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
    elsewhere = view.get("registered_elsewhere")
    if elsewhere is not None:
        notice = elsewhere_notice(elsewhere.case_id, elsewhere.district)
        view["receipt"] = receipt.model_copy(update={"notice": notice})
        if result:
            result["notice"] = notice
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
                          received_at=event.received_at, collect_by=event.collect_by,
                          awaits_document=event.awaits_document)
        case ResultHandedOver():
            view["status"] = "handed_over"
            result.update(handed_over_at=event.handed_over_at, recipient=event.recipient,
                          handed_over_by=envelope.actor)
        case ResultReturnedToProvider():
            view["status"] = "returned_to_provider"
            result.update(returned_at=event.returned_at)
        case DocumentRecorded():
            view["documents"] = [*view.get("documents", []), DocumentOut(
                document_id=event.document_id, kind=event.kind, number=event.number,
                issued_at=event.issued_at)]
        case RegisteredElsewhere():
            view["registered_elsewhere"] = RegisteredElsewhereOut(
                case_id=event.registered_case_id, district=event.registered_district)
