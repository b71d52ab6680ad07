"""The simulator's answers, without a broker: totals checked, returns chosen, ids repeatable."""

from decimal import Decimal
from uuid import uuid4

from contracts import treasury_events as t
from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.payments_events import Totals
from qorgau.treasury.simulator import Options, Treasury
from tests.unit.payments.builders import NOW, ROUTE, envelope, order

PAYMENTS = Producer(organisation_id="oblast-dept", kind=OrganisationKind.OBLAST_DEPARTMENT)


def _cause(released):
    return Envelope(event_id=uuid4(), stream_id=f"envelope-{released.envelope_id}",
                    stream_version=1, event_type=released.event_type, schema_version=1,
                    occurred_at=NOW, producer=PAYMENTS,
                    actor=Actor(person_id="payments-service", role=Role.SYSTEM),
                    correlation_id=uuid4(), payload=released.model_dump(mode="json"))


def test_an_envelope_whose_totals_do_not_add_up_is_rejected_and_nothing_paid():
    released = envelope(uuid4(), [order("10.00")], control=Totals(count=1, sum=Decimal("11.00")))
    head, orders = Treasury(None, Options()).answers_for(released, _cause(released), NOW)
    assert [type(e) for e in head] == [t.EnvelopeRejected] and orders == []
    assert head[0].counted == Totals(count=1, sum=Decimal("10.00"))


def test_with_no_returns_every_order_is_confirmed_with_its_amount():
    released = envelope(uuid4(), [order("10.00"), order("20.50")])
    head, orders = Treasury(None, Options(return_share=0)).answers_for(released,
                                                                       _cause(released), NOW)
    assert [type(e) for e in head] == [t.EnvelopeAccepted]
    assert [(type(e), e.amount) for e in orders] == [(t.PaymentConfirmed, Decimal("10.00")),
                                                     (t.PaymentConfirmed, Decimal("20.50"))]


def test_a_closed_account_always_comes_back():
    released = envelope(uuid4(), [order("10.00")])
    treasury = Treasury(None, Options(return_share=0, closed_accounts=frozenset({ROUTE.iban})))
    _, [answer] = treasury.answers_for(released, _cause(released), NOW)
    assert isinstance(answer, t.PaymentReturned) and answer.reason == "account_closed"


def test_the_same_envelope_gets_the_same_answers_and_event_ids():
    released = envelope(uuid4(), [order(str(i)) for i in range(1, 30)])
    cause = _cause(released)
    treasury = Treasury(None, Options(return_share=0.5, seed=7))
    first = treasury.answers_for(released, cause, NOW)[1]
    again = treasury.answers_for(released, cause, NOW)[1]
    assert [type(a) for a in first] == [type(a) for a in again]
    assert 0 < sum(isinstance(a, t.PaymentReturned) for a in first) < len(first)
    ids = {treasury.wrap(a, v, cause, released.envelope_id).event_id
           for v, a in enumerate(first, 2)}
    assert ids == {treasury.wrap(a, v, cause, released.envelope_id).event_id
                   for v, a in enumerate(again, 2)}


def test_answers_are_said_by_the_treasury():
    released = envelope(uuid4(), [order("10.00")])
    cause = _cause(released)
    treasury = Treasury(None, Options())
    head, _ = treasury.answers_for(released, cause, NOW)
    wrapped = treasury.wrap(head[0], 1, cause, released.envelope_id)
    t.REGISTRY.check_producer(wrapped)
    assert (wrapped.producer.kind, wrapped.stream_id) == (
        OrganisationKind.TREASURY, f"treasury-{released.envelope_id}")
    assert wrapped.causation_id == cause.event_id
