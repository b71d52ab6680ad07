"""What the registry does with other services' events: signed decisions become register entries
and document orders. Each handler runs inside the inbox transaction, so a redelivered decision
changes nothing (its event id is recorded with the effect).

A decision is applied only for a case the registry saw opened (`workflow.CaseOpened`: a
forwarded application or an in-person acceptance), by the provider that opened it, and produced
by that provider or the office its route names to sign for it (`contracts.decision_authority`);
the inbox has checked the provider's signature and the head's
own signature of the decision by then. Anything else goes to the dead letters."""

from datetime import date, datetime
from typing import Any
from uuid import NAMESPACE_URL, uuid5

from contracts import workflow_events as wf
from contracts.decision_authority import why_refused
from contracts.envelope import Envelope
from contracts.identity import OrganisationKind, Producer
from contracts.registry_events import (
    ISSUING_KINDS,
    HolderName,
    ReplaceReason,
    ZonePeriod,
)
from eventkit.clock import Clock
from eventkit.db import Connection
from eventkit.inbox import Handlers, Rejected
from eventkit.store import Metadata

from . import commanding, queries
from .domain import (
    KIND_BY_REGULATION,
    Command,
    IssueTerm,
    Register,
    Replacement,
    RequestDocument,
    UnknownTerm,
    term_for,
)

# reg. 15/16 variants that stand in for an earlier document of the same holder
_VARIANT_REASONS = {
    "extension": ReplaceReason.EXTENDED,
    "ict_extension": ReplaceReason.EXTENDED,
    "re_issuance": ReplaceReason.RE_ISSUED,
    "ict_re_issuance": ReplaceReason.RE_ISSUED,
}


def document_id_for(case_id: str, kind: str) -> str:
    # derived from the case: the same decision, however often it arrives, orders one document
    return str(uuid5(NAMESPACE_URL, f"qorgau:registry:{case_id}:{kind}"))


async def remember_opened(conn: Connection, opened: wf.CaseOpened, envelope: Envelope) -> None:
    if envelope.producer.organisation_id != opened.provider.organisation_id:
        raise Rejected("a case is opened by its own provider")
    await commanding.remember_case(conn, opened, envelope.event_id)


async def ensure_traced(conn: Connection, decision: wf.DecisionSigned,
                        envelope: Envelope) -> None:
    """Refuse a decision this registry cannot trace to a case it saw opened by its provider."""
    opened_by = await queries.provider_of_case(conn, decision.case_id)
    refusal = why_refused(envelope.producer, decision.provider, decision.case_id,
                          decision.catalogue_version, decision.regulation_id,
                          decision.sub_service, decision.channel, opened_by)
    if refusal is not None:
        raise Rejected(refusal)


def build_handlers(clock: Clock) -> Handlers:
    async def on_decision_signed(conn: Connection, decision: wf.DecisionSigned,
                                 envelope: Envelope) -> None:
        await ensure_traced(conn, decision, envelope)
        if decision.outcome != "approved" or decision.regulation_id not in KIND_BY_REGULATION:
            return  # a refusal, or a regulation whose result is not a document
        try:
            payload = wf.DecisionPayload.model_validate(decision.payload)
        except ValueError as error:
            raise Rejected(f"decision payload: {error}") from error
        if _not_a_document_yet(decision, payload):
            return
        if decision.provider.kind not in ISSUING_KINDS:
            raise Rejected(f"a {decision.provider.kind} does not issue registry documents")
        term = _term(decision, payload)
        now = clock()
        holder_key = _holder_key(decision, payload)

        def build(holder_id: str) -> Command:
            return _command(decision, payload, term, holder_id, holder_key, now)

        # the deciding department speaks for what its decision makes the registry write
        meta = Metadata.reacting_to(envelope, Producer(**decision.provider.model_dump()),
                                    commanding.SYSTEM_ACTOR, now)
        await commanding.record_decision(conn, holder_key, build, meta)

    return {wf.CaseOpened: remember_opened, wf.DecisionSigned: on_decision_signed}


def _term(decision: wf.DecisionSigned, payload: wf.DecisionPayload) -> IssueTerm:
    # the term of the catalogue version the decision was made under; without one the due time
    # cannot be computed, and a guessed one would be worse than none: the decision waits in
    # dead letters until the catalogue (or the decision) is put right
    try:
        return term_for(decision.catalogue_version, decision.regulation_id,
                        _sub_service(decision, payload), OrganisationKind(decision.provider.kind))
    except UnknownTerm as error:
        raise Rejected(f"issue term: {error}") from error


def _sub_service(d: wf.DecisionSigned, p: wf.DecisionPayload) -> str | None:
    # the payload says which document is decided, whatever the case's sub-service was
    if d.regulation_id == 1:
        return "duplicate" if p.recognition is None else "first_registration"
    document = p.document
    if d.sub_service is None and isinstance(document, wf.LabourPermitDocument):
        return document.variant  # reg. 16's variants are its sub-services
    return d.sub_service


def _not_a_document_yet(decision: wf.DecisionSigned, payload: wf.DecisionPayload) -> bool:
    # reg. 16 stage 1 is the notification; the permit itself follows the stage-2 decision
    document = payload.document
    stage_one = isinstance(document, wf.LabourPermitDocument) and document.stage == 1
    return decision.regulation_id == 16 and (decision.stage == 1 or stage_one)


def _holder_key(decision: wf.DecisionSigned, payload: wf.DecisionPayload) -> str:
    document = payload.document
    if isinstance(document, wf.LabourPermitDocument) and document.employer_bin:
        return document.employer_bin  # the permit is the employer's
    return decision.applicant.iin


def _command(
    d: wf.DecisionSigned, p: wf.DecisionPayload, term: IssueTerm, holder_id: str,
    holder_key: str, now: datetime,
) -> Command:
    name = HolderName(last_name=d.applicant.last_name, first_name=d.applicant.first_name,
                      middle_name=d.applicant.middle_name)
    kind = KIND_BY_REGULATION[d.regulation_id]
    document_id = document_id_for(d.case_id, kind.value)
    if d.regulation_id == 1 and p.recognition is not None:
        periods = tuple(ZonePeriod(**period.model_dump()) for period in p.recognition.periods)
        return Register(
            holder_id=holder_id, iin=d.applicant.iin, name=name, periods=periods,
            provider=d.provider, case_id=d.case_id, decision_reference=d.decision_reference,
            decided_at=d.signed_at, certificate_id=document_id, term=term, now=now,
            registered_at=d.registered_at,
        )
    replacement, valid_from, valid_until, details = _document_facts(d, p)
    return RequestDocument(
        holder_id=holder_id, holder_key=holder_key, name=name, kind=kind,
        regulation_id=d.regulation_id, case_id=d.case_id,
        decision_reference=d.decision_reference, authority=d.provider, decided_at=d.signed_at,
        document_id=document_id, term=term, now=now, registered_at=d.registered_at,
        replacement=replacement, valid_from=valid_from,
        valid_until=valid_until, details=details,
    )


# what a decision says of its document: the one it replaces, valid from, valid until, details
_Facts = tuple[Replacement | None, date | None, date | None, dict[str, Any]]


def _document_facts(d: wf.DecisionSigned, p: wf.DecisionPayload) -> _Facts:
    if d.regulation_id == 1:
        if p.duplicate is None:
            raise Rejected("a reg. 1 approval carries a recognition or a duplicate")
        return _duplicate(p.duplicate), None, None, {}
    document = p.document
    if document is None or KIND_BY_REGULATION[d.regulation_id].value != _kind_of(document):
        raise Rejected(f"reg. {d.regulation_id} approval without its document")
    details = document.model_dump(mode="json", exclude={"kind", "duplicate"})
    match document:
        case wf.RehabilitatedDocument():
            replacement = _duplicate(document.duplicate) if document.duplicate else None
            return replacement, None, None, details
        case wf.LabourPermitDocument():
            reason = _VARIANT_REASONS.get(document.variant)
            replacement = Replacement(reason) if reason else None
            return replacement, document.valid_from, document.valid_until, details
        case wf.OralmanDocument():
            replacement = Replacement(ReplaceReason.EXTENDED) if document.action == "extension" \
                else None
            return replacement, None, document.valid_until, details
        case wf.TsaMembershipDocument():
            return None, None, None, details
    raise Rejected("unknown document payload")


def _kind_of(document: wf.DocumentPayload) -> str:
    # the workflow names reg. 13's document "tsa_membership"; ours is the certificate of it
    return "tsa_membership_certificate" if document.kind == "tsa_membership" else document.kind


def _duplicate(duplicate: wf.Reg1Duplicate) -> Replacement:
    return Replacement(ReplaceReason(duplicate.reason), duplicate.replaces)
