"""Typed domain errors; `api.py` maps them to problems and `handlers.py` to dead letters."""


class PaymentsError(Exception):
    pass


class NotPayable(PaymentsError):
    """The payment does not exist, is in conflict, or is not in a state that allows this."""


class PaymentInFlight(PaymentsError):
    """The payment is with the treasury (or settled); its details cannot change."""


class AnswerMismatch(PaymentsError):
    """A treasury answer that contradicts what was ordered (another envelope, another state)."""


class EnvelopeInvalid(PaymentsError):
    """An envelope whose control totals do not add up, or that holds nothing."""


class NotAssessable(PaymentsError, ValueError):
    """The decision lacks an input the formula needs, or no parameter applies."""
