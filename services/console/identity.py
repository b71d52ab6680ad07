"""Who the signed-in person is: read from their bearer token as the services read it.

The console checks a token with the same public keys, issuer and audience as the services
(`JWT_PUBLIC_KEY` or `JWT_PUBLIC_KEY_FILE`), so it never shows a person a screen the services
would refuse them. In the dev stack the sign-in page lists the people of the tokens file that
`qorgau dev` writes; that list is refused in production.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt

from eventkit.identity import InvalidToken, Principal, TokenVerifier

from .settings import ConsoleSettings


def verifier_of(settings: ConsoleSettings) -> TokenVerifier | None:
    if not (settings.jwt_public_key or settings.jwt_public_key_file):
        return None
    return TokenVerifier.from_config(
        public_key=settings.jwt_public_key, public_key_file=settings.jwt_public_key_file,
        issuer=settings.jwt_issuer, audience=settings.jwt_audience)


def principal_dict(principal: Principal) -> dict[str, Any]:
    return principal.model_dump(mode="json")


def expiry_of(token: str) -> float | None:
    """The token's `exp` (already verified by the caller), for the session to end with it."""
    try:
        exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
    except jwt.PyJWTError:
        return None
    return float(exp) if isinstance(exp, int | float) else None


@dataclass(frozen=True)
class DemoPerson:
    key: str  # "<organisation_id>/<person_id>", as in the tokens file
    principal: Principal


def demo_people(tokens_file: str | None, verifier: TokenVerifier | None) -> list[DemoPerson]:
    """The dev stack's people whose tokens this console accepts, by organisation."""
    if not tokens_file or verifier is None or not Path(tokens_file).exists():
        return []
    tokens: dict[str, str] = json.loads(Path(tokens_file).read_text())
    people = []
    for key, token in tokens.items():
        try:
            people.append(DemoPerson(key, verifier.verify(token)))
        except InvalidToken:
            continue
    return sorted(people, key=lambda p: (p.principal.organisation_id, p.principal.role.value))


def demo_token(tokens_file: str | None, key: str) -> str | None:
    if not tokens_file or not Path(tokens_file).exists():
        return None
    found = json.loads(Path(tokens_file).read_text()).get(key)
    return found if isinstance(found, str) else None
