"""Reactions to other services' events, each run inside the inbox transaction.

- `workflow.DecisionSigned` (approved, reg. 1 recognition or a monetary assignment): assign the
  payment. Reg. 1 first claims the person's row in `compensations` (primary key = IIN) in the
  same transaction, so whatever the channel, district or redelivery, one person gets one
  compensation; a later decision for the same person is recorded as a PaymentConflict.
- treasury answers: recorded on the payment or envelope they answer. An answer for an unknown
  payment or envelope, or one that contradicts what was ordered, is `Rejected` (dead letters).
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from uuid import NAMESPACE_URL, UUID, uuid5

import asyncpg

from contracts import treasury_events as treasury
from contracts.envelope import Envelope
from contracts.iin import mask_iin
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.payments_events import BenefitAssigned, CompensationAssigned, PaymentConflict
from contracts.workflow_events import DecisionPayload, DecisionSigned
from eventkit import decider as commands
from eventkit.decider import Decider, load_state
from eventkit.inbox import Handler, Rejected
from eventkit.logging import get_logger
from eventkit.store import ConcurrencyError, Metadata
from services.payments import assessment
from services.payments.deciders import ENVELOPE, PAYMENT
from services.payments.domain import envelope as envelopes
from services.payments.domain import payment as payments
from services.payments.domain.errors import PaymentsError
from services.payments.routes import route_from_payout

log = get_logger(__name__)

_IDS = uuid5(NAMESPACE_URL, "urn:qorgau:payments")


@dataclass(frozen=True)
class Identity:
    """Who the payments service writes as when it reacts to another service's event: the
    department that plans the payments (configured; see PaymentsSettings), as a system actor."""

    producer: Producer
    actor: Actor = Actor(person_id="payments-service", role=Role.SYSTEM)

    def meta(self, cause: Envelope) -> Metadata:
        return Metadata(self.producer, self.actor, datetime.now(UTC), cause.correlation_id,
                        cause.event_id)


OBLAST_PAYMENTS = Identity(
    Producer(organisation_id="oblast-dept", kind=OrganisationKind.OBLAST_DEPARTMENT)
)


def payment_id_for(case_id: str) -> UUID:
    """One case, one payment id: a redelivered decision lands on the same payment stream."""
    return uuid5(_IDS, f"payment:{case_id}")


async def run(conn, decider: Decider, stream_id: str, command, meta: Metadata, attempts: int = 5):
    """The generic handler, retried when a concurrent consumer appended to the same stream first
    (the failed append only rolled back its own savepoint)."""
    for attempt in range(attempts):
        try:
            return await commands.handle(conn, decider, stream_id, command, meta)
        except ConcurrencyError:
            if attempt == attempts - 1:
                raise


# --- decisions ------------------------------------------------------------------------------


async def on_decision_signed(
    conn: asyncpg.Connection, envelope: Envelope, identity: Identity
) -> None:
    decision = DecisionSigned.model_validate(envelope.payload)
    if decision.outcome != "approved":
        return
    payload = DecisionPayload.model_validate(decision.payload)
    district = decision.provider.district
    if decision.regulation_id == 1 and payload.recognition is not None:
        await _assign_compensation(conn, envelope, decision, payload, _placed(district),
                                   identity.meta(envelope))
    elif decision.regulation_id in assessment.BENEFIT_REGULATIONS and payload.assignment:
        await _assign_benefit(conn, envelope, decision, payload, _placed(district),
                              identity.meta(envelope))


def _placed(district: str | None) -> str:
    if district is None:
        raise Rejected("the deciding provider has no district: the payment cannot be scheduled")
    return district


def _assessed(call, *args):
    try:
        return call(*args)
    except assessment.NotAssessable as error:
        raise Rejected(f"not assessable: {error}") from error


async def _assign_compensation(conn, cause, decision, payload, district: str,
                               meta: Metadata) -> None:
    iin, case_id = decision.applicant.iin, decision.case_id
    payment_id = payment_id_for(case_id)
    result = _assessed(assessment.assess_compensation, payload.recognition.periods,
                       decision.signed_at.date())
    claimed = await conn.fetchval(
        "INSERT INTO compensations (iin, payment_id, case_id) VALUES ($1, $2, $3)"
        " ON CONFLICT (iin) DO NOTHING RETURNING true", iin, payment_id, case_id,
    )
    if not claimed:
        existing = await conn.fetchrow(
            "SELECT payment_id, case_id FROM compensations WHERE iin = $1", iin)
        if existing["case_id"] == case_id:
            return  # the same decision again: its payment exists already
        log.warning("payments.compensation_conflict", iin=mask_iin(iin), case_id=case_id)
        conflict = PaymentConflict(
            payment_id=payment_id, case_id=case_id, decision_reference=decision.decision_reference,
            regulation_id=1, district=district, existing_payment_id=existing["payment_id"],
            existing_case_id=existing["case_id"], recorded_at=meta.occurred_at,
            reason="the one-time compensation was already assigned to this person",
        )
        await run(conn, PAYMENT, payments.stream_of(payment_id), payments.RecordConflict(conflict),
                  meta)
        return
    assigned = CompensationAssigned(
        payment_id=payment_id, case_id=case_id, decision_reference=decision.decision_reference,
        beneficiary=decision.applicant, district=district,
        periods=[p.model_dump(include={"zone", "from_year", "to_year"})
                 for p in payload.recognition.periods],
        mci_count=result.mci_count, mci_year=result.mci_year, mci=result.mci,
        amount=result.amount, assumed_parameters=result.assumed,
        route=route_from_payout(payload.payout), assigned_at=meta.occurred_at,
    )
    await run(conn, PAYMENT, payments.stream_of(payment_id), payments.Assign(assigned), meta)
    log.info("payments.compensation_assigned", iin=mask_iin(iin), payment_id=str(payment_id))


async def _assign_benefit(conn, cause, decision, payload, district: str,
                          meta: Metadata) -> None:
    payment_id = payment_id_for(decision.case_id)
    result = _assessed(assessment.assess_benefit, decision.regulation_id, payload.assignment,
                       district)
    assigned = BenefitAssigned(
        payment_id=payment_id, case_id=decision.case_id,
        decision_reference=decision.decision_reference, regulation_id=decision.regulation_id,
        beneficiary=decision.applicant, district=district, amount=result.amount,
        basis=result.basis, assumed_parameters=result.assumed,
        route=route_from_payout(payload.payout), assigned_at=meta.occurred_at,
    )
    await run(conn, PAYMENT, payments.stream_of(payment_id), payments.Assign(assigned), meta)


# --- treasury answers -------------------------------------------------------------------------


async def _known(conn, decider: Decider, stream_id: str, what: str):
    state, version = await load_state(conn, decider, stream_id)
    if version == 0:
        raise Rejected(f"an answer for an unknown {what}")
    return state


async def _record(conn, decider, stream_id: str, command, meta: Metadata) -> None:
    try:
        await run(conn, decider, stream_id, command, meta)
    except PaymentsError as error:
        raise Rejected(f"{type(error).__name__}: {error}") from error


async def on_payment_confirmed(
    conn: asyncpg.Connection, envelope: Envelope, identity: Identity
) -> None:
    answer = treasury.PaymentConfirmed.model_validate(envelope.payload)
    stream = payments.stream_of(answer.payment_id)
    state = await _known(conn, PAYMENT, stream, "payment")
    if isinstance(state, payments.Payment) and state.amount != answer.amount:
        raise Rejected("the confirmed amount differs from the ordered amount")
    command = payments.RecordConfirmation(answer.envelope_id, answer.bank_reference,
                                          answer.confirmed_at)
    await _record(conn, PAYMENT, stream, command, identity.meta(envelope))


async def on_payment_returned(
    conn: asyncpg.Connection, envelope: Envelope, identity: Identity
) -> None:
    answer = treasury.PaymentReturned.model_validate(envelope.payload)
    stream = payments.stream_of(answer.payment_id)
    await _known(conn, PAYMENT, stream, "payment")
    reason = answer.reason + (f": {answer.detail}" if answer.detail else "")
    command = payments.RecordReturn(answer.envelope_id, reason, answer.returned_at)
    await _record(conn, PAYMENT, stream, command, identity.meta(envelope))


async def on_envelope_accepted(
    conn: asyncpg.Connection, envelope: Envelope, identity: Identity
) -> None:
    answer = treasury.EnvelopeAccepted.model_validate(envelope.payload)
    stream = envelopes.stream_of(answer.envelope_id)
    await _known(conn, ENVELOPE, stream, "envelope")
    await _record(conn, ENVELOPE, stream, envelopes.RecordAcceptance(answer.accepted_at),
                  identity.meta(envelope))


async def on_envelope_rejected(
    conn: asyncpg.Connection, envelope: Envelope, identity: Identity
) -> None:
    """Nothing of a rejected envelope was paid: each of its payments waits for the next one."""
    answer = treasury.EnvelopeRejected.model_validate(envelope.payload)
    stream = envelopes.stream_of(answer.envelope_id)
    state = await _known(conn, ENVELOPE, stream, "envelope")
    meta = identity.meta(envelope)
    await _record(conn, ENVELOPE, stream,
                  envelopes.RecordRejection(answer.reason, answer.rejected_at), meta)
    for payment_id in state.payment_ids:
        await _record(conn, PAYMENT, payments.stream_of(payment_id),
                      payments.Requeue(answer.envelope_id, answer.reason), meta)


def handlers_for(identity: Identity = OBLAST_PAYMENTS) -> dict[str, Handler]:
    reactions = {
        "workflow.DecisionSigned": on_decision_signed,
        "treasury.PaymentConfirmed": on_payment_confirmed,
        "treasury.PaymentReturned": on_payment_returned,
        "treasury.EnvelopeAccepted": on_envelope_accepted,
        "treasury.EnvelopeRejected": on_envelope_rejected,
    }
    return {name: partial(react, identity=identity) for name, react in reactions.items()}
