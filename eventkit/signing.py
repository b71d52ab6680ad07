"""Producer signatures: every event is signed by its producing organisation's key at append, and
every consumer verifies it against the published key set before it applies the event.

A signature is `ed25519:<key id>:<base64url signature>` over `Envelope.canonical_bytes()`: the
event's id, stream and version, type, time, producer, actor, correlation and payload, so a
genuine event replayed under another stream, or an altered payload under the original signature,
no longer verifies.

Private keys stay with whoever acts for the organisation (`Signer`: key files here, a KMS behind
the same interface elsewhere). The key set is public: per key, its organisation (and, for a
person's own key, the person), its validity and, once revoked, from when. Keys rotate by
publishing a new one with a later `not_before`; a signer always uses the newest valid key.

A service reads its keys from a folder (`KeyFolder`, SIGNING_KEYS_DIR) and the key set it
trusts from a file (`KeySetFile`, KEY_SET_FILE); both are read again when they change, so a
rotation or a revocation needs no restart.
"""

import base64
import binascii
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from contracts.envelope import Envelope
from contracts.events import Proof

SCHEME = "ed25519"


class SignatureRefused(Exception):
    """An event whose origin cannot be proved; the message says why (never the event's data)."""


class UnknownKey(SignatureRefused):
    """A signature by a key the key set does not publish."""


class KeySetUnreadable(Exception):
    """The key set file cannot be read (missing, half-edited, malformed): nothing can be checked
    now, so nothing is judged either; the consumer tries the same event again later."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class PublishedKey(BaseModel):
    """One public key of the key set."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kid: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._-]+$")
    organisation_id: str = Field(min_length=1, max_length=64)
    person_id: str | None = Field(default=None, max_length=64)  # a person's own (signing) key
    public_key: str = Field(description="the raw 32-byte Ed25519 public key, base64url")
    not_before: AwareDatetime
    not_after: AwareDatetime | None = None
    revoked_at: AwareDatetime | None = None

    def valid_at(self, moment: datetime) -> bool:
        if moment < self.not_before or (self.not_after is not None and moment >= self.not_after):
            return False
        return self.revoked_at is None or moment < self.revoked_at

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(_unb64(self.public_key))


class KeySet:
    """The published public keys, by key id."""

    def __init__(self, keys: Iterable[PublishedKey] = ()) -> None:
        self._keys: dict[str, PublishedKey] = {}
        for key in keys:
            if key.kid in self._keys:
                raise ValueError(f"key id {key.kid} is published twice")
            self._keys[key.kid] = key

    @classmethod
    def from_json(cls, text: str | bytes) -> "KeySet":
        raw = json.loads(text)
        return cls(PublishedKey.model_validate(key) for key in raw["keys"])

    @classmethod
    def load(cls, path: str | Path) -> "KeySet":
        return cls.from_json(Path(path).read_bytes())

    def to_json(self) -> str:
        keys = [key.model_dump(mode="json") for key in self._keys.values()]
        return json.dumps({"keys": keys}, indent=2, ensure_ascii=False) + "\n"

    def __iter__(self) -> Iterator[PublishedKey]:
        return iter(self._keys.values())

    def get(self, kid: str) -> PublishedKey | None:
        return self._keys.get(kid)

    def current(self) -> "KeySet":
        """The keys as they stand (a `KeySetFile` reads its file again)."""
        return self

    def check(self, signature: str | None, message: bytes, organisation_id: str,
              at: datetime, person_id: str | None = None) -> PublishedKey:
        """The key that made `signature` over `message`, or SignatureRefused saying why.

        The key must belong to `organisation_id` (and to `person_id` when one is named), be valid
        at `at` (not before its start, not after its end, not revoked by then) and verify.
        """
        if not signature:
            raise SignatureRefused("unsigned")
        scheme, _, rest = signature.partition(":")
        kid, _, encoded = rest.partition(":")
        if scheme != SCHEME or not kid or not encoded:
            raise SignatureRefused("malformed signature")
        key = self._keys.get(kid)
        if key is None:
            raise UnknownKey(f"unknown key {kid}")
        if key.organisation_id != organisation_id:
            raise SignatureRefused(f"key {kid} is not a key of {organisation_id}")
        if person_id is not None and key.person_id != person_id:
            raise SignatureRefused(f"key {kid} is not the key of the person who acted")
        if key.revoked_at is not None and at >= key.revoked_at:
            raise SignatureRefused(f"key {kid} was revoked")
        if not key.valid_at(at):
            raise SignatureRefused(f"key {kid} is not valid at {at.isoformat()}")
        try:
            key.verifier().verify(_unb64(encoded), message)
        except (InvalidSignature, binascii.Error, ValueError):
            raise SignatureRefused("the signature does not match the event") from None
        return key

    def verify(self, envelope: Envelope) -> PublishedKey:
        """The producer's key that signed this envelope, or SignatureRefused."""
        return self.check(envelope.signature, envelope.canonical_bytes(),
                          envelope.producer.organisation_id, envelope.occurred_at)

    def prove(self, proof: Proof) -> PublishedKey:
        """The key that made one of an event's own proofs (a head's signature of a decision),
        or SignatureRefused naming which proof failed."""
        try:
            return self.check(proof.signature, proof.message, proof.organisation_id, proof.at,
                              person_id=proof.person_id)
        except SignatureRefused as error:
            raise type(error)(f"{proof.what}: {error}") from None


class Verifier(Protocol):
    """What a consumer checks signatures with: a `KeySet`, or a `KeySetFile` kept current."""

    def check(self, signature: str | None, message: bytes, organisation_id: str,
              at: datetime, person_id: str | None = None) -> PublishedKey: ...

    def verify(self, envelope: Envelope) -> PublishedKey: ...

    def prove(self, proof: Proof) -> PublishedKey: ...

    def current(self) -> KeySet: ...


class KeySetFile:
    """The published key set as a file, read again when it changes: a key published by a
    rotation verifies at once (a signature by a key not known yet makes it look at the file
    then), a revocation counts from the next look (at most `recheck_s` later)."""

    def __init__(self, path: str | Path, recheck_s: float = 1.0) -> None:
        self.path, self.recheck_s = Path(path), recheck_s
        self._keys = KeySet()
        self._stamp: tuple[int, int, int] | None = None
        self._looked = -recheck_s

    def current(self) -> KeySet:
        # while the file cannot be read, every check looks at it again (and fails until fixed)
        if self._stamp is None or time.monotonic() - self._looked >= self.recheck_s:
            self.reload()
        return self._keys

    def reload(self) -> KeySet:
        """Read the file again if it changed since it was read; KeySetUnreadable when it cannot
        be read. Never the last good set instead: it may hold a key revoked since."""
        self._looked = time.monotonic()
        try:
            stat = self.path.stat()
            # a file replaced whole (`write_key_set`) has a new inode, however soon it follows
            # the last read: modification times alone are too coarse
            stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            if stamp != self._stamp:
                self._keys, self._stamp = KeySet.load(self.path), stamp
        except (OSError, ValueError, KeyError, TypeError) as error:  # pydantic's is a ValueError
            self._stamp = None  # read it whole again once it can be
            raise KeySetUnreadable(f"key set {self.path.name}: {type(error).__name__}") from error
        return self._keys

    def _checked(self, call: Callable[[KeySet], PublishedKey]) -> PublishedKey:
        try:
            return call(self.current())
        except UnknownKey:
            return call(self.reload())  # published since the last look?

    def check(self, signature: str | None, message: bytes, organisation_id: str,
              at: datetime, person_id: str | None = None) -> PublishedKey:
        return self._checked(lambda keys: keys.check(signature, message, organisation_id, at,
                                                     person_id))

    def verify(self, envelope: Envelope) -> PublishedKey:
        return self._checked(lambda keys: keys.verify(envelope))

    def prove(self, proof: Proof) -> PublishedKey:
        return self._checked(lambda keys: keys.prove(proof))


class Signer(Protocol):
    """Signs for the organisations (and people) it holds keys of: key files, or a KMS."""

    def sign(self, organisation_id: str, message: bytes, at: datetime,
             person_id: str | None = None) -> str: ...


class MissingKey(LookupError):
    """No valid key of this organisation (or person) is held here."""


class KeyRing:
    """Private keys held by the service acting for their organisations, with their public half
    as published; signs with the newest key valid at the moment of signing."""

    def __init__(self, held: Iterable[tuple[PublishedKey, Ed25519PrivateKey]]) -> None:
        self._held = sorted(held, key=lambda pair: pair[0].not_before, reverse=True)

    def sign(self, organisation_id: str, message: bytes, at: datetime,
             person_id: str | None = None) -> str:
        for published, private in self._held:
            if (published.organisation_id == organisation_id
                    and published.person_id == person_id and published.valid_at(at)):
                return f"{SCHEME}:{published.kid}:{_b64(private.sign(message))}"
        who = f"{organisation_id}/{person_id}" if person_id else organisation_id
        raise MissingKey(f"no valid signing key of {who} is held here")

    def sign_envelope(self, envelope: Envelope) -> str:
        return self.sign(envelope.producer.organisation_id, envelope.canonical_bytes(),
                         envelope.occurred_at)

    @property
    def published(self) -> list[PublishedKey]:
        return [published for published, _ in self._held]

    @classmethod
    def load(cls, folder: str | Path) -> "KeyRing":
        """`<kid>.pem` private keys beside `<kid>.json` (their published half), as `new_key`
        writes them."""
        held = []
        for meta in sorted(Path(folder).glob("*.json")):
            published = PublishedKey.model_validate_json(meta.read_bytes())
            pem = meta.with_suffix(".pem").read_bytes()
            private = serialization.load_pem_private_key(pem, password=None)
            if not isinstance(private, Ed25519PrivateKey):
                raise ValueError(f"{meta.with_suffix('.pem').name} is not an Ed25519 key")
            if _b64(_raw_public(private)) != published.public_key:
                raise ValueError(f"{meta.name} does not describe the key beside it")
            held.append((published, private))
        return cls(held)


class KeyFolder:
    """The keys of a folder (`<kid>.pem` beside `<kid>.json`), read again whenever its files
    changed: a key put there by a rotation signs without a restart, from its `not_before` on,
    even while the key it replaces is still valid; a key taken out of the folder signs no more.

    A change is seen by the folder's entries, names and inode numbers: `write_key` replaces
    each file whole, so a rewritten file has a new inode however soon after the last read it
    was written (modification times are coarser). The folder is looked at on a signature at
    most every `recheck_s` (a directory read costs about what a signature does): a rotated-in
    key is published with a `not_before` ahead, so it is held before it is due.
    """

    def __init__(self, folder: str | Path, recheck_s: float = 1.0) -> None:
        self.folder, self.recheck_s = Path(folder), recheck_s
        if not self.folder.is_dir():
            raise FileNotFoundError(f"no key folder {self.folder}")
        self._looked = time.monotonic()
        self._stamp = self._stamp_now()
        self._ring = KeyRing.load(self.folder)

    def _stamp_now(self) -> frozenset[tuple[str, int]]:
        with os.scandir(self.folder) as entries:
            return frozenset((entry.name, entry.inode()) for entry in entries)

    def _current(self) -> KeyRing:
        if time.monotonic() - self._looked >= self.recheck_s:
            self._looked = time.monotonic()
            stamp = self._stamp_now()
            if stamp != self._stamp:
                self._ring, self._stamp = KeyRing.load(self.folder), stamp
        return self._ring

    def sign(self, organisation_id: str, message: bytes, at: datetime,
             person_id: str | None = None) -> str:
        try:
            return self._current().sign(organisation_id, message, at, person_id)
        except MissingKey:
            # put there since the last look (or copied in by hand, not replaced whole)
            self._looked, self._stamp = time.monotonic(), self._stamp_now()
            self._ring = KeyRing.load(self.folder)
            return self._ring.sign(organisation_id, message, at, person_id)

    @property
    def published(self) -> list[PublishedKey]:
        return self._current().published


def _raw_public(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)


def new_key(kid: str, organisation_id: str, not_before: datetime,
            not_after: datetime | None = None,
            person_id: str | None = None) -> tuple[PublishedKey, Ed25519PrivateKey]:
    private = Ed25519PrivateKey.generate()
    published = PublishedKey(kid=kid, organisation_id=organisation_id, person_id=person_id,
                             public_key=_b64(_raw_public(private)), not_before=not_before,
                             not_after=not_after)
    return published, private


def _replace(path: Path, content: bytes, mode: int = 0o644) -> None:
    """Write `path` whole or not at all: a reader never sees half a file (the temporary file is
    created with `mode` before anything is written into it)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_key(folder: str | Path, published: PublishedKey, private: Ed25519PrivateKey) -> None:
    """`<kid>.pem` (private to its owner) and then `<kid>.json`, each written whole: a folder
    read meanwhile finds the key complete or not at all."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    _replace(target / f"{published.kid}.pem",
             private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()), mode=0o600)
    _replace(target / f"{published.kid}.json",
             (published.model_dump_json(indent=2) + "\n").encode())


def write_key_set(path: str | Path, keys: KeySet) -> None:
    """The key set file, written whole (services read it again when it changes)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _replace(target, keys.to_json().encode())


def key_set_of(rings: Sequence[KeyRing] | Mapping[str, KeyRing]) -> KeySet:
    """The public key set of everything these rings hold (what a deployment publishes)."""
    rings = list(rings.values()) if isinstance(rings, Mapping) else list(rings)
    return KeySet(key for ring in rings for key in ring.published)
