"""Signing keys for the tests: real Ed25519 keys in real key files, as the dev stack has them.

One folder of organisation keys serves every service a test starts (SIGNING_KEYS_DIR), one key
set file is what they all trust (KEY_SET_FILE). The demo organisations and their heads have keys
from the start; an organisation or head a test makes up gets one the first time a test asks for
it (`ensure`: a token issued for it, an envelope signed as it), written whole into the folder and
the key set, which the services read again when they meet a key they do not hold or know.
"""

import tempfile
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from contracts.envelope import Envelope
from contracts.workflow_events import DecisionSigned
from eventkit.signing import (
    KeyRing,
    KeySet,
    KeySetFile,
    PublishedKey,
    new_key,
    write_key,
    write_key_set,
)
from qorgau.devstack import demo_organisations
from qorgau.keys import NOT_BEFORE, PUBLIC, signers


class TestKeys:
    __test__ = False  # not a test class, whatever its name

    def __init__(self, home: Path) -> None:
        self.home = home
        self.signing, self.people = home / "signing", home / "people"
        self.key_set_file = home / "keyset.json"
        self._held: dict[tuple[str, str | None], tuple[PublishedKey, Ed25519PrivateKey]] = {}
        organisations = demo_organisations()
        for organisation in [*organisations, PUBLIC]:
            self._make(organisation.organisation_id, None)
        for organisation_id, person_id in signers(organisations):
            self._make(organisation_id, person_id)
        self._publish()

    def ensure(self, organisation_id: str, person_id: str | None = None) -> PublishedKey:
        """The key of an organisation (or of one of its people), made now if it has none."""
        if (organisation_id, person_id) not in self._held:
            self._make(organisation_id, person_id)
            self._publish()
        return self._held[organisation_id, person_id][0]

    def _make(self, organisation_id: str, person_id: str | None) -> None:
        kid = f"test.{organisation_id}" + (f".{person_id}" if person_id else "")
        pair = new_key(kid, organisation_id, NOT_BEFORE, person_id=person_id)
        write_key(self.people if person_id else self.signing, *pair)
        self._held[organisation_id, person_id] = pair

    def _publish(self) -> None:
        write_key_set(self.key_set_file, self.key_set())

    def key_set(self) -> KeySet:
        return KeySet(published for published, _ in self._held.values())

    def verifier(self) -> KeySetFile:
        """What a service checks with: the key set file, read again for a key it does not know."""
        return KeySetFile(self.key_set_file)

    def ring(self, organisation_id: str, person_id: str | None = None) -> KeyRing:
        self.ensure(organisation_id, person_id)
        return KeyRing([self._held[organisation_id, person_id]])

    def sign(self, envelope: Envelope, as_organisation: str | None = None) -> Envelope:
        """The envelope signed by its producer's key (or, to forge, another organisation's)."""
        organisation = as_organisation or envelope.producer.organisation_id
        signature = self.ring(organisation).sign(organisation, envelope.canonical_bytes(),
                                                 envelope.occurred_at)
        return envelope.model_copy(update={"signature": signature})

    def head_signature(self, decision: DecisionSigned, person_id: str,
                       organisation_id: str | None = None,
                       at: datetime | None = None) -> str:
        """What the head's client sends: the decision document signed by the head's own key."""
        organisation = organisation_id or decision.provider.organisation_id
        return self.ring(organisation, person_id).sign(
            organisation, decision.document().canonical_bytes(), at or decision.signed_at,
            person_id=person_id)


# one authority for the whole test session; the conftest points every service at its files
TEST_KEYS = TestKeys(Path(tempfile.mkdtemp(prefix="qorgau-test-keys-")))
# the treasury simulator's options: it signs with the session's keys and checks against them
SIMULATOR_KEYS = {"signing_keys_dir": str(TEST_KEYS.signing),
                  "key_set_file": str(TEST_KEYS.key_set_file)}
