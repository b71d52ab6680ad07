"""A public verification, recorded once on a stream of its own (one stream per lookup).

Concurrent lookups then never contend for a stream version, and a holder's file never learns
who asked about it. The state is only "recorded yet?": a lookup is one event, written once.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from contracts.events import Event
from contracts.iin import mask_iin
from contracts.registry_events import VerificationAnswer, VerificationLookedUp


@dataclass(frozen=True)
class RecordLookup:
    lookup_id: str
    method: Literal["code", "number"]
    answer: VerificationAnswer
    client: str
    now: datetime
    document_id: str | None = None
    number_asked: str | None = None
    holder_iin: str | None = None  # as asked; only its masked form is recorded


def decide_lookup(recorded: bool, c: RecordLookup) -> Sequence[Event]:
    if recorded:
        return []
    return [VerificationLookedUp(
        lookup_id=c.lookup_id, method=c.method, answer=c.answer, document_id=c.document_id,
        number_asked=c.number_asked,
        holder_iin_masked=mask_iin(c.holder_iin) if c.holder_iin else None, client=c.client,
        looked_up_at=c.now,
    )]


def evolve_lookup(_recorded: bool, _event: Event) -> bool:
    return True
