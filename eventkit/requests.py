"""What every command route needs from its request: the time and the events' metadata."""

from datetime import datetime

from fastapi import Request

from eventkit.identity import Principal
from eventkit.service import current_correlation_id
from eventkit.store import Metadata


def now_of(request: Request) -> datetime:
    """The time by the clock the service was built with (see `eventkit.clock`)."""
    now: datetime = request.app.state.clock()
    return now


def meta_of(request: Request, principal: Principal, now: datetime | None = None) -> Metadata:
    """Producer and actor from the token, never from the body; the request's correlation id."""
    return Metadata(
        producer=principal.producer(),
        actor=principal.actor(),
        occurred_at=now if now is not None else now_of(request),
        correlation_id=current_correlation_id(),
    )
