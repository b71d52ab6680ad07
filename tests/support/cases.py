"""The workflow's side of a decision, for the consumers' tests: signed decisions, and the
`workflow.CaseOpened` that comes before each on the same partition.

Registry and payments apply a decision only for a case they saw opened; a test that feeds
decisions through the real inbox by hand uses `AfterOpening`, which hands the inbox the case's
opening first, once per case, as the broker would have brought it.
"""

import asyncio
from datetime import timedelta
from typing import Any
from uuid import NAMESPACE_URL, uuid4, uuid5

from aiokafka import ConsumerRecord
from pydantic import ValidationError

from contracts import topics
from contracts.envelope import Envelope
from contracts.identity import Actor, Producer, Role
from contracts.workflow_events import CaseOpened, DecisionSigned
from eventkit.inbox import Inbox
from tests.support.keys import TEST_KEYS

HEAD = "head-1"  # the person who signs the tests' decisions (unless a test says otherwise)


def signed_decision(decision: DecisionSigned, *, stream_id: str | None = None, version: int = 9,
                    head: str = HEAD, producer: Producer | None = None,
                    head_signature: str | None = None) -> Envelope:
    """A decision as the workflow publishes it: the head's own signature of the decision
    document inside, the provider's signature on the envelope."""
    signature = head_signature or TEST_KEYS.head_signature(decision, head)
    event = decision.model_copy(update={"head_signature": signature})
    envelope = Envelope(
        event_id=uuid4(), stream_id=stream_id or decision.case_id, stream_version=version,
        event_type=event.event_type, schema_version=event.schema_version,
        occurred_at=decision.signed_at,
        producer=producer or Producer(**decision.provider.model_dump()),
        actor=Actor(person_id=head, role=Role.HEAD), correlation_id=uuid4(),
        payload=event.model_dump(mode="json"))
    return TEST_KEYS.sign(envelope)


def case_opened(decision: DecisionSigned, stream_id: str) -> Envelope:
    """The opening of the decision's case, signed by its provider (one id per case)."""
    opened = CaseOpened(
        case_id=decision.case_id, application_id=decision.case_id,
        regulation_id=decision.regulation_id, sub_service=decision.sub_service,
        catalogue_version=decision.catalogue_version, route_id="main",
        channel=decision.channel or "state_corporation", origin="forwarded",
        provider=decision.provider, applicant=decision.applicant,
        opened_at=decision.signed_at - timedelta(days=1))
    return TEST_KEYS.sign(Envelope(
        event_id=uuid5(NAMESPACE_URL, f"qorgau:test:opened:{decision.case_id}"),
        stream_id=stream_id, stream_version=1, event_type=opened.event_type,
        schema_version=opened.schema_version, occurred_at=opened.opened_at,
        producer=Producer(**decision.provider.model_dump()),
        actor=Actor(person_id="workflow", role=Role.SYSTEM), correlation_id=uuid4(),
        payload=opened.model_dump(mode="json")))


def with_opening(decision: Envelope) -> list[Envelope]:
    """What the workflow publishes on the decision's partition: its case's opening, then it."""
    event = DecisionSigned.model_validate(decision.payload)
    return [case_opened(event, decision.stream_id), decision]


def as_record(envelope: Envelope, like: ConsumerRecord) -> ConsumerRecord:
    value = envelope.to_json()
    return ConsumerRecord(
        topic=topics.WORKFLOW_CASES, partition=like.partition, offset=like.offset, timestamp=0,
        timestamp_type=0, key=envelope.stream_id.encode(), value=value, checksum=None,
        serialized_key_size=0, serialized_value_size=len(value), headers=())


class AfterOpening(Inbox):
    """A consumer's real inbox that first receives the opening of each decision's case."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.openings: dict[str, asyncio.Future[None]] = {}

    async def process(self, message: ConsumerRecord) -> None:
        decision = _decision_in(message)
        if decision is not None:
            case_id = decision[0].case_id
            if case_id not in self.openings:  # decisions on one case wait for its one opening
                opening = as_record(case_opened(*decision), message)
                self.openings[case_id] = asyncio.ensure_future(super().process(opening))
            await self.openings[case_id]
        await super().process(message)


def _decision_in(message: ConsumerRecord) -> tuple[DecisionSigned, str] | None:
    try:
        envelope = Envelope.from_json(message.value)
        if envelope.event_type != DecisionSigned.event_type:
            return None
        return DecisionSigned.model_validate(envelope.payload), envelope.stream_id
    except (ValidationError, ValueError):
        return None  # the inbox says what is wrong with it
