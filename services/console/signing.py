"""The head's own signature of a decision, made where the head is.

A head signs the decision document the workflow gives (`GET /v1/cases/{id}/draft/document`) with
their personal key, and the workflow checks that signature against the published key set. In
Kazakhstan that key is the head's EDS, used by the head's own signing client; a console never
holds it. In development the dev stack hands the console the demo heads' keys
(CONSOLE_DEV_SIGNING_KEYS_DIR), as it hands it their tokens, so that a decision can be signed
by clicking; production settings refuse that folder, and without it the console signs nothing:
the head downloads the document, signs it with their own client and pastes (or uploads) the
signature that client made, which the console passes on as it is.
"""

import re
from datetime import UTC, datetime
from typing import Any

from eventkit.signing import KeyRing, MissingKey

from .settings import ConsoleSettings


class CannotSign(Exception):
    """No key of the signed-in person to sign with here; the message says what to do."""


def dev_signature(settings: ConsoleSettings, principal: dict[str, Any], document: bytes) -> str:
    """The signed-in head's signature of `document`, with the demo key the dev stack made."""
    if settings.production or not settings.dev_signing_keys_dir:
        raise CannotSign("sign the decision with your own EDS signing client")
    ring = KeyRing.load(settings.dev_signing_keys_dir)
    try:
        return ring.sign(principal["organisation_id"], document, datetime.now(UTC),
                         person_id=principal["person_id"])
    except MissingKey as error:
        raise CannotSign(f"no signing key of yours is held here ({error})") from error


# what a signing client gives: "ed25519:<key id>:<signature, base64 or base64url>"
SIGNATURE = re.compile(r"^ed25519:[A-Za-z0-9._:@/-]{1,200}:[A-Za-z0-9+/_=-]{16,200}$")


def signs_here(settings: ConsoleSettings) -> bool:
    """The console holds the demo heads' keys (development only)."""
    return not settings.production and bool(settings.dev_signing_keys_dir)


def given_signature(text: str) -> str:
    """A signature the head's own client made, as pasted or uploaded (whitespace and line
    breaks a client or a clipboard adds are dropped); CannotSign when it is not one."""
    signature = "".join(text.split())
    if not SIGNATURE.match(signature):
        raise CannotSign("paste the signature your signing client made: ed25519:<key>:<value>")
    return signature
