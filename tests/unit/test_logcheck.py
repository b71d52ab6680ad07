"""What `qorgau verify-log` says of one event: nothing of a proved one, and why of any other."""

from datetime import UTC, datetime
from uuid import uuid4

import pytest

from contracts import workflow_events as wf
from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.people import Applicant, OrganisationRef
from eventkit.logcheck import BadEvent, LogCheck, problem_of
from eventkit.signing import KeyRing, key_set_of, new_key

T0 = datetime(2025, 1, 1, tzinfo=UTC)
SIGNED = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)
TALGAR = OrganisationRef(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                         district="talgar")
OFFICE = KeyRing([new_key("dd-talgar.1", "dd-talgar", T0)])
HEAD = KeyRing([new_key("dd-talgar.head.1", "dd-talgar", T0, person_id="head-1")])
KARASAI = KeyRing([new_key("dd-karasai.1", "dd-karasai", T0)])
KEYS = key_set_of([OFFICE, HEAD, KARASAI])


def decision(head_signature: bool = True) -> Envelope:
    event = wf.DecisionSigned(
        case_id="case-1", regulation_id=1, catalogue_version="r547_2019_12_03",
        outcome="approved", decision_reference="D-1",
        applicant=Applicant(iin="850101300015", last_name="Абаев", first_name="Берик"),
        provider=TALGAR, signed_at=SIGNED, payload={"recognition": {"periods": [
            {"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey",
             "kind": "residence"}]}})
    if head_signature:
        event = event.model_copy(update={"head_signature": HEAD.sign(
            "dd-talgar", event.document().canonical_bytes(), SIGNED, person_id="head-1")})
    envelope = Envelope(
        event_id=uuid4(), stream_id="case-1", stream_version=9, event_type=event.event_type,
        schema_version=1, occurred_at=SIGNED, producer=Producer(**TALGAR.model_dump()),
        actor=Actor(person_id="head-1", role=Role.HEAD), correlation_id=uuid4(),
        payload=event.model_dump(mode="json"))
    return signed(envelope)


def signed(envelope: Envelope, ring: KeyRing = OFFICE) -> Envelope:
    return envelope.model_copy(update={"signature": ring.sign_envelope(envelope)})


def test_a_proved_event_has_no_problem():
    assert problem_of(decision(), KEYS, wf.REGISTRY) is None


@pytest.mark.parametrize("tamper, reason", [
    (lambda e: e.model_copy(update={"signature": None}), "unsigned"),
    (lambda e: e.model_copy(update={"payload": {**e.payload, "decision_reference": "D-2"}}),
     "the signature does not match the event"),
    (lambda e: signed(e, KeyRing([new_key("stranger", "dd-talgar", T0)])),
     "unknown key stranger"),
    (lambda e: e.model_copy(update={"signature": KARASAI.sign(
        "dd-karasai", e.canonical_bytes(), e.occurred_at)}),
     "key dd-karasai.1 is not a key of dd-talgar"),
])
def test_a_bad_event_says_why(tamper, reason):
    assert problem_of(tamper(decision()), KEYS, wf.REGISTRY) == reason


def test_a_decision_its_head_did_not_sign_says_so():
    assert problem_of(decision(head_signature=False), KEYS, wf.REGISTRY) == \
        "the head's signature of the decision: unsigned"


def test_a_payload_that_breaks_its_schema_is_unreadable_but_still_checked_for_its_signature():
    broken = decision()
    broken = signed(broken.model_copy(update={"payload": {**broken.payload, "regulation_id": 99}}))
    assert problem_of(broken, KEYS, wf.REGISTRY) == "unreadable: ValidationError"
    # an event type the registry does not know is checked for its producer's signature alone
    other = signed(broken.model_copy(update={"event_type": "workflow.SomethingNew"}))
    assert problem_of(other, KEYS, wf.REGISTRY) is None


def test_the_first_bad_event_is_described_by_its_place_and_identity():
    event = decision()
    bad = BadEvent(41, event, "unsigned")
    assert bad.describe() == (f"position 41: workflow.DecisionSigned {event.event_id} (stream"
                              " case-1 v9, by dd-talgar): unsigned")
    assert not LogCheck(100, 1, bad).ok and LogCheck(100, 0, None).ok
