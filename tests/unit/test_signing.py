"""Producer signatures: what verifies, and every way an event's origin fails to be proved."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from contracts.envelope import Envelope
from contracts.identity import Actor, OrganisationKind, Producer, Role
from eventkit.signing import (
    KeyFolder,
    KeyRing,
    KeySet,
    KeySetFile,
    KeySetUnreadable,
    MissingKey,
    SignatureRefused,
    key_set_of,
    new_key,
    write_key,
    write_key_set,
)

T0 = datetime(2026, 1, 1, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 5, 5, tzinfo=UTC)
TALGAR = Producer(organisation_id="dd-talgar", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                  district="talgar")
KARASAI = Producer(organisation_id="dd-karasai", kind=OrganisationKind.DISTRICT_DEPARTMENT,
                   district="karasai")


def envelope(producer: Producer = TALGAR, **changes) -> Envelope:
    fields = dict(
        event_id=uuid4(), stream_id="case-1", stream_version=3,
        event_type="workflow.DecisionSigned", schema_version=1, occurred_at=NOW,
        producer=producer, actor=Actor(person_id="head-1", role=Role.HEAD),
        correlation_id=uuid4(), payload={"case_id": "case-1", "amount": "316676.50"},
    )
    return Envelope(**{**fields, **changes})


@pytest.fixture(scope="module")
def talgar_key():
    return new_key("dd-talgar-2026", "dd-talgar", T0)


@pytest.fixture(scope="module")
def karasai_key():
    return new_key("dd-karasai-2026", "dd-karasai", T0)


def signed(ring: KeyRing, env: Envelope) -> Envelope:
    return env.model_copy(update={"signature": ring.sign_envelope(env)})


def test_a_signed_event_verifies_with_its_producers_key(talgar_key):
    ring = KeyRing([talgar_key])
    event = signed(ring, envelope())
    assert key_set_of([ring]).verify(event).kid == "dd-talgar-2026"
    assert event.signature.startswith("ed25519:dd-talgar-2026:")


def test_the_signature_survives_the_database_round_trip(talgar_key):
    ring = KeyRing([talgar_key])
    event = signed(ring, envelope(occurred_at=NOW.astimezone(
        datetime.now().astimezone().tzinfo)))
    # what the store hands back: keys reordered by JSONB, the time in UTC, recorded_at set
    back = Envelope.from_json(event.to_json()).model_copy(update={
        "payload": dict(reversed(list(event.payload.items()))),
        "occurred_at": event.occurred_at.astimezone(UTC), "recorded_at": NOW})
    key_set_of([ring]).verify(back)


@pytest.mark.parametrize("why, tamper", [
    ("unsigned", lambda e: e.model_copy(update={"signature": None})),
    ("malformed", lambda e: e.model_copy(update={"signature": "rsa:x"})),
    ("the signature does not match", lambda e: e.model_copy(
        update={"payload": {**e.payload, "amount": "999999.99"}})),
    ("the signature does not match", lambda e: e.model_copy(update={"stream_id": "case-2"})),
    ("the signature does not match", lambda e: e.model_copy(update={"stream_version": 4})),
    ("the signature does not match", lambda e: e.model_copy(update={"event_id": uuid4()})),
])
def test_a_tampered_event_is_refused(talgar_key, why, tamper):
    ring = KeyRing([talgar_key])
    with pytest.raises(SignatureRefused, match=why):
        key_set_of([ring]).verify(tamper(signed(ring, envelope())))


def test_a_key_of_another_organisation_proves_nothing(talgar_key, karasai_key):
    keys = key_set_of([KeyRing([talgar_key]), KeyRing([karasai_key])])
    # Karasai signs an event that claims to come from Talgar
    forged = envelope(producer=TALGAR)
    forged = forged.model_copy(update={"signature": KeyRing([karasai_key]).sign(
        "dd-karasai", forged.canonical_bytes(), NOW)})
    with pytest.raises(SignatureRefused, match="not a key of dd-talgar"):
        keys.verify(forged)


def test_an_unknown_key_is_refused(talgar_key):
    stranger = new_key("stranger", "dd-talgar", T0)
    event = signed(KeyRing([stranger]), envelope())
    with pytest.raises(SignatureRefused, match="unknown key stranger"):
        key_set_of([KeyRing([talgar_key])]).verify(event)


def test_a_revoked_key_proves_nothing_from_its_revocation_on(talgar_key):
    ring = KeyRing([talgar_key])
    published = talgar_key[0].model_copy(update={"revoked_at": NOW})
    keys = KeySet([published])
    before = signed(ring, envelope(occurred_at=NOW - timedelta(seconds=1)))
    keys.verify(before)
    with pytest.raises(SignatureRefused, match="revoked"):
        keys.verify(signed(ring, envelope()))


def test_rotation_signs_with_the_newest_valid_key_and_both_verify(talgar_key):
    newer = new_key("dd-talgar-2026b", "dd-talgar", NOW - timedelta(days=1))
    ring = KeyRing([talgar_key, newer])
    keys = key_set_of([ring])
    assert keys.verify(signed(ring, envelope())).kid == "dd-talgar-2026b"
    older = signed(ring, envelope(occurred_at=NOW - timedelta(days=2)))
    assert keys.verify(older).kid == "dd-talgar-2026"


def test_a_key_outside_its_validity_is_refused():
    expired = new_key("old", "dd-talgar", T0 - timedelta(days=400), not_after=T0)
    ring = KeyRing([expired])
    with pytest.raises(MissingKey):
        ring.sign_envelope(envelope())
    event = envelope()
    event = event.model_copy(update={"signature": "ed25519:old:" + ring.sign(
        "dd-talgar", event.canonical_bytes(), T0 - timedelta(days=1)).split(":")[2]})
    with pytest.raises(SignatureRefused, match="not valid"):
        key_set_of([ring]).verify(event)


def test_a_persons_key_proves_who_signed(talgar_key):
    head = new_key("head-1-2026", "dd-talgar", T0, person_id="head-1")
    ring = KeyRing([talgar_key, head])
    keys = key_set_of([ring])
    document = b"decision D-2026-1 of case-1: approved"
    signature = ring.sign("dd-talgar", document, NOW, person_id="head-1")
    assert keys.check(signature, document, "dd-talgar", NOW, person_id="head-1").kid == head[0].kid
    with pytest.raises(SignatureRefused, match="not the key of the person"):
        keys.check(signature, document, "dd-talgar", NOW, person_id="head-2")
    organisation = ring.sign("dd-talgar", document, NOW)
    with pytest.raises(SignatureRefused, match="not the key of the person"):
        keys.check(organisation, document, "dd-talgar", NOW, person_id="head-1")


def test_keys_written_to_files_load_back_and_publish(tmp_path, talgar_key):
    write_key(tmp_path, *talgar_key)
    assert (tmp_path / "dd-talgar-2026.pem").stat().st_mode & 0o077 == 0
    ring = KeyRing.load(tmp_path)
    keys = KeySet.from_json(key_set_of([ring]).to_json())
    keys.verify(signed(ring, envelope()))


def test_a_key_set_never_publishes_one_id_twice(talgar_key):
    with pytest.raises(ValueError, match="twice"):
        KeySet([talgar_key[0], talgar_key[0]])


def test_a_key_put_in_the_folder_signs_from_its_not_before_without_a_restart(tmp_path,
                                                                              talgar_key):
    write_key(tmp_path, *talgar_key)
    folder = KeyFolder(tmp_path, recheck_s=0)  # looks at every signature: no clock in the test
    assert folder.sign("dd-talgar", b"m", NOW).startswith("ed25519:dd-talgar-2026:")
    # the rotation: the old key stays valid, the new one starts later and is preferred from then
    starts = NOW + timedelta(days=1)
    write_key(tmp_path, *new_key("dd-talgar-2026b", "dd-talgar", starts))
    assert folder.sign("dd-talgar", b"m", NOW).startswith("ed25519:dd-talgar-2026:")
    assert folder.sign("dd-talgar", b"m", starts).startswith("ed25519:dd-talgar-2026b:")
    assert {k.kid for k in folder.published} == {"dd-talgar-2026", "dd-talgar-2026b"}


def test_a_key_taken_out_of_the_folder_signs_no_more_from_the_next_look(tmp_path,
                                                                        talgar_key):
    write_key(tmp_path, *talgar_key)
    folder = KeyFolder(tmp_path, recheck_s=0)
    folder.sign("dd-talgar", b"m", NOW)
    for suffix in (".json", ".pem"):
        (tmp_path / f"dd-talgar-2026{suffix}").unlink()
    with pytest.raises(MissingKey, match="dd-talgar"):
        folder.sign("dd-talgar", b"m", NOW)


def test_the_key_set_file_is_read_again_for_a_key_it_does_not_know(tmp_path, talgar_key):
    path = tmp_path / "keyset.json"
    write_key_set(path, KeySet([talgar_key[0]]))
    keys = KeySetFile(path, recheck_s=3600)  # no periodic look during the test
    ring = KeyRing([talgar_key])
    keys.verify(signed(ring, envelope()))
    rotated = new_key("dd-talgar-2026b", "dd-talgar", T0)
    write_key_set(path, KeySet([talgar_key[0], rotated[0]]))
    # published after the file was read: the unknown key makes it look again at once
    assert keys.verify(signed(KeyRing([rotated]), envelope())).kid == "dd-talgar-2026b"


def test_a_revocation_in_the_key_set_file_counts_from_the_next_look(tmp_path, talgar_key):
    path = tmp_path / "keyset.json"
    write_key_set(path, KeySet([talgar_key[0]]))
    keys = KeySetFile(path, recheck_s=3600)
    event = signed(KeyRing([talgar_key]), envelope())
    keys.verify(event)
    write_key_set(path, KeySet([talgar_key[0].model_copy(update={"revoked_at": NOW})]))
    keys.reload()  # what the next look does (a service looks at most recheck_s later)
    with pytest.raises(SignatureRefused, match="dd-talgar-2026 was revoked"):
        keys.verify(event)
    published = keys.current().get("dd-talgar-2026")
    assert published is not None and published.revoked_at == NOW


def test_a_key_set_round_trips_its_json_and_refuses_a_malformed_one(talgar_key):
    published = talgar_key[0].model_copy(update={"revoked_at": NOW})
    again = KeySet.from_json(KeySet([published]).to_json())
    assert again.get("dd-talgar-2026") == published
    with pytest.raises(ValueError):
        KeySet.from_json('{"keys": [{"kid": "x y", "organisation_id": "o",'
                         ' "public_key": "AA", "not_before": "2026-01-01T00:00:00Z"}]}')


def test_a_key_the_folder_was_asked_for_first_makes_it_look_at_once(tmp_path, talgar_key):
    write_key(tmp_path, *talgar_key)
    folder = KeyFolder(tmp_path, recheck_s=3600)
    karasai = new_key("dd-karasai-2026", "dd-karasai", T0)
    write_key(tmp_path, *karasai)
    assert folder.sign("dd-karasai", b"m", NOW).startswith("ed25519:dd-karasai-2026:")
    assert karasai[0] in folder.published


def test_a_key_set_file_that_cannot_be_read_judges_nothing(tmp_path, talgar_key):
    path = tmp_path / "keyset.json"
    write_key_set(path, KeySet([talgar_key[0]]))
    keys = KeySetFile(path, recheck_s=3600)
    event = signed(KeyRing([talgar_key]), envelope())
    keys.verify(event)
    path.write_text('{"keys": [')  # half-edited by hand
    with pytest.raises(KeySetUnreadable, match="JSONDecodeError"):
        keys.reload()
    with pytest.raises(KeySetUnreadable):  # not the last good set: it may hold a revoked key
        keys.verify(event)
    path.unlink()
    with pytest.raises(KeySetUnreadable, match="FileNotFoundError"):
        keys.reload()
    write_key_set(path, KeySet([talgar_key[0]]))
    assert keys.verify(event).kid == "dd-talgar-2026"
