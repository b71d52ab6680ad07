"""What every command route needs from its request: the time and the events' metadata."""

from datetime import UTC, datetime

from fastapi import Request

from eventkit.identity import Principal
from eventkit.service import current_correlation_id
from eventkit.store import Metadata


def now_of(request: Request) -> datetime:
    """The injectable clock: `app.state.clock` (a callable or a fixed time) when tests set it."""
    clock = getattr(request.app.state, "clock", None)
    if clock is None:
        return datetime.now(UTC)
    return clock() if callable(clock) else clock


def meta_of(request: Request, principal: Principal, now: datetime | None = None) -> Metadata:
    """Producer and actor from the token, never from the body; the request's correlation id."""
    return Metadata(
        producer=principal.producer(),
        actor=principal.actor(),
        occurred_at=now if now is not None else now_of(request),
        correlation_id=current_correlation_id(),
    )
