"""Reactions to other services' events, each run inside the inbox transaction.

- `workflow.CaseOpened`: remembered (`opened_cases`): a decision is applied only for a case
  whose opening (forwarded, or accepted in person) payments saw, by the provider that opened
  it and produced the decision; the inbox has checked the provider's signature and the head's
  own signature of the decision by then.
- `workflow.DecisionSigned` (approved, reg. 1 recognition or a monetary assignment): assign the
  payment; the payment decider assesses it, and reg. 1 claims the person's one compensation
  (`commanding.assign_compensation`).
- treasury answers: recorded on the payment or envelope they answer. An answer for an unknown
  payment or envelope, or one that contradicts what was ordered, is `Rejected` (dead letters).
"""

from collections.abc import Awaitable
from typing import TypeVar

from contracts import treasury_events as treasury
from contracts.decision_authority import why_refused
from contracts.envelope import Envelope
from contracts.workflow_events import CaseOpened, DecisionSigned
from eventkit.clock import Clock
from eventkit.commands import command
from eventkit.db import Connection
from eventkit.inbox import Handlers, Rejected

from . import commanding, queries
from .commanding import Identity
from .domain import envelope as envelopes
from .domain import payment as payments
from .domain.decisions import AssignBenefit, AssignCompensation, Decision, payment_id_for
from .domain.errors import NotAssessable, PaymentsError

T = TypeVar("T")


async def _refusing(call: Awaitable[T]) -> T:
    """A command the domain refuses is an event that cannot be applied: dead letters."""
    try:
        return await call
    except NotAssessable as error:
        raise Rejected(f"not assessable: {error}") from error
    except PaymentsError as error:
        raise Rejected(f"{type(error).__name__}: {error}") from error


def _known_payment(state: payments.State) -> payments.State:
    if isinstance(state, payments.Unassigned):
        raise Rejected("an answer for an unknown payment")
    return state


def _known_envelope(state: envelopes.State) -> envelopes.Envelope:
    if not isinstance(state, envelopes.Envelope):
        raise Rejected("an answer for an unknown envelope")
    return state


async def remember_opened(conn: Connection, opened: CaseOpened, envelope: Envelope) -> None:
    if envelope.producer.organisation_id != opened.provider.organisation_id:
        raise Rejected("a case is opened by its own provider")
    await commanding.remember_case(conn, opened, envelope.event_id)


async def ensure_traced(conn: Connection, decision: DecisionSigned, envelope: Envelope) -> None:
    """Refuse a decision payments cannot trace to a case it saw opened by its provider."""
    opened_by = await queries.provider_of_case(conn, decision.case_id)
    refusal = why_refused(envelope.producer, decision.provider, decision.case_id,
                          decision.catalogue_version, decision.regulation_id,
                          decision.sub_service, decision.channel, opened_by)
    if refusal is not None:
        raise Rejected(refusal)


def build_handlers(clock: Clock, identity: Identity = commanding.OBLAST_PAYMENTS) -> Handlers:
    async def on_decision_signed(conn: Connection, event: DecisionSigned,
                                 envelope: Envelope) -> None:
        await ensure_traced(conn, event, envelope)
        if event.outcome != "approved":
            return
        decision = Decision.of(event)
        if not (decision.compensates or decision.assigns_benefit):
            return  # a decision whose result is not money
        district = event.provider.district
        if district is None:
            raise Rejected("the deciding provider has no district: the payment cannot be"
                           " scheduled")
        now = clock()
        payment_id, meta = payment_id_for(event.case_id), identity.reacting_to(envelope, now)
        if decision.compensates:
            await _refusing(commanding.assign_compensation(
                conn, AssignCompensation(payment_id, decision, district, now), meta))
        else:
            await _refusing(commanding.assign_benefit(
                conn, AssignBenefit(payment_id, decision, district, now), meta))

    async def on_payment_confirmed(conn: Connection, event: treasury.PaymentConfirmed,
                                   envelope: Envelope) -> None:
        def build(state: payments.State) -> payments.RecordConfirmation:
            known = _known_payment(state)
            if isinstance(known, payments.Payment) and known.amount != event.amount:
                raise Rejected("the confirmed amount differs from the ordered amount")
            return payments.RecordConfirmation(event.envelope_id, event.bank_reference,
                                               event.confirmed_at)

        await _refusing(commanding.run_payment(
            conn, event.payment_id, build, identity.reacting_to(envelope, clock()),
            retries=commanding.RETRIES))

    async def on_payment_returned(conn: Connection, event: treasury.PaymentReturned,
                                  envelope: Envelope) -> None:
        reason = event.reason + (f": {event.detail}" if event.detail else "")

        def build(state: payments.State) -> payments.RecordReturn:
            _known_payment(state)
            return payments.RecordReturn(event.envelope_id, reason, event.returned_at)

        await _refusing(commanding.run_payment(
            conn, event.payment_id, build, identity.reacting_to(envelope, clock()),
            retries=commanding.RETRIES))

    async def on_envelope_accepted(conn: Connection, event: treasury.EnvelopeAccepted,
                                   envelope: Envelope) -> None:
        def build(state: envelopes.State) -> envelopes.RecordAcceptance:
            _known_envelope(state)
            return envelopes.RecordAcceptance(event.accepted_at)

        await _refusing(commanding.run_envelope(
            conn, event.envelope_id, build, identity.reacting_to(envelope, clock()),
            retries=commanding.RETRIES))

    async def on_envelope_rejected(conn: Connection, event: treasury.EnvelopeRejected,
                                   envelope: Envelope) -> None:
        """Nothing of a rejected envelope was paid: each of its payments waits for the next."""
        meta = identity.reacting_to(envelope, clock())

        def build(state: envelopes.State) -> envelopes.RecordRejection:
            _known_envelope(state)
            return envelopes.RecordRejection(event.reason, event.rejected_at)

        outcome = await _refusing(commanding.run_envelope(
            conn, event.envelope_id, build, meta, retries=commanding.RETRIES))
        requeue = command(payments.Requeue(event.envelope_id, event.reason))
        for payment_id in _known_envelope(outcome.state).payment_ids:
            await _refusing(commanding.run_payment(conn, payment_id, requeue, meta,
                                                   retries=commanding.RETRIES))

    return {
        CaseOpened: remember_opened,
        DecisionSigned: on_decision_signed,
        treasury.PaymentConfirmed: on_payment_confirmed,
        treasury.PaymentReturned: on_payment_returned,
        treasury.EnvelopeAccepted: on_envelope_accepted,
        treasury.EnvelopeRejected: on_envelope_rejected,
    }
