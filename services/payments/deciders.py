"""The two deciders of the service, bound to the payments event registry."""

from contracts.payments_events import REGISTRY
from eventkit.decider import Decider
from services.payments.domain import envelope, payment

PAYMENT = Decider(payment.initial_state, payment.decide, payment.evolve, REGISTRY)
ENVELOPE = Decider(envelope.initial_state, envelope.decide, envelope.evolve, REGISTRY)
