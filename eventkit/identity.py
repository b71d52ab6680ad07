"""The caller: a principal carried in a signed bearer token (JWT, Ed25519 by default).

Tokens are verified with public keys only, so a service can check a caller without being able to
mint one. In development `qorgau.tokens` issues tokens; in production another identity provider
signs them and the services are given its public keys (PEM text, or a PEM / JWKS file).
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed448, ed25519
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from contracts.identity import Actor, OrganisationKind, Producer, Role

DEFAULT_ISSUER = "qorgau"
DEFAULT_AUDIENCE = "qorgau"
DEFAULT_LEEWAY = timedelta(seconds=30)

# organisations that exist only inside one district (and, for akims, one rural district)
DISTRICT_KINDS = frozenset(
    {
        OrganisationKind.STATE_CORPORATION,
        OrganisationKind.DISTRICT_DEPARTMENT,
        OrganisationKind.RURAL_AKIM,
        OrganisationKind.EMPLOYMENT_CENTRE,
    }
)
# symmetric algorithms would let every verifier forge tokens; "none" needs no comment
_ASYMMETRIC = frozenset(
    {"EdDSA", "ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512"}
)
_REQUIRED = ["sub", "iss", "aud", "iat", "exp", "jti"]

PublicKey = Any  # a `cryptography` public key object or a PyJWK key; PyJWT accepts both


class InvalidToken(Exception):
    """The bearer token is not one this service accepts; the message says why (no token data)."""


class Principal(BaseModel):
    """Who is calling: a person with a role, inside an organisation with a place."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation_id: str = Field(min_length=1, max_length=64)
    kind: OrganisationKind
    district: str | None = Field(default=None, min_length=1, max_length=32)
    rural_district: str | None = Field(default=None, min_length=1, max_length=32)
    role: Role
    person_id: str = Field(min_length=1, max_length=64)

    @model_validator(mode="after")
    def _placed(self) -> "Principal":
        # a missing district must fail here, never widen what the caller can see later
        if self.kind in DISTRICT_KINDS and self.district is None:
            raise ValueError(f"a {self.kind} principal needs a district")
        if self.kind is OrganisationKind.RURAL_AKIM and self.rural_district is None:
            raise ValueError("a rural_akim principal needs a rural_district")
        if self.rural_district is not None and self.district is None:
            raise ValueError("a rural_district lies inside a district")
        return self

    def producer(self) -> Producer:
        return Producer(
            organisation_id=self.organisation_id,
            kind=self.kind,
            district=self.district,
            rural_district=self.rural_district,
        )

    def actor(self) -> Actor:
        return Actor(person_id=self.person_id, role=self.role)


def generate_keypair() -> tuple[str, str]:
    """A new Ed25519 key pair as (private PKCS#8 PEM, public SubjectPublicKeyInfo PEM)."""
    private = ed25519.Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem.decode(), public_pem.decode()


class TokenIssuer:
    """Signs principals into tokens; only development tools and the identity provider hold one."""

    def __init__(self, private_key_pem: str | bytes, issuer: str, audience: str) -> None:
        raw = private_key_pem.encode() if isinstance(private_key_pem, str) else private_key_pem
        key = serialization.load_pem_private_key(raw, password=None)
        if not isinstance(key, ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey):
            raise ValueError("the signing key must be an Ed25519 or Ed448 private key")
        self._key, self.issuer, self.audience = key, issuer, audience

    def issue(self, principal: Principal, ttl: timedelta, *, now: datetime | None = None) -> str:
        issued = now or datetime.now(UTC)
        claims = {
            "sub": principal.person_id,
            "org": principal.organisation_id,
            "org_kind": principal.kind.value,
            "district": principal.district,
            "rural_district": principal.rural_district,
            "role": principal.role.value,
            "iss": self.issuer,
            "aud": self.audience,
            "iat": int(issued.timestamp()),
            "exp": int((issued + ttl).timestamp()),
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self._key, algorithm="EdDSA")


def load_public_keys(text: str | bytes) -> list[PublicKey]:
    """Public keys from PEM text (one or several blocks) or a JWKS document."""
    text = text.decode() if isinstance(text, bytes) else text
    if text.lstrip().startswith("{"):
        return list(jwt.PyJWKSet.from_json(text).keys)
    marker = "-----BEGIN PUBLIC KEY-----"
    blocks = [marker + block for block in text.split(marker)[1:]]
    if not blocks:
        raise ValueError("no PEM public key or JWKS found")
    return [serialization.load_pem_public_key(block.encode()) for block in blocks]


class TokenVerifier:
    """Checks signature, issuer, audience and lifetime, then reads the principal from claims."""

    def __init__(
        self,
        public_keys: str | bytes | Sequence[PublicKey],
        issuer: str,
        audience: str,
        leeway: timedelta = DEFAULT_LEEWAY,
        algorithms: Sequence[str] = ("EdDSA",),
    ) -> None:
        if not set(algorithms) <= _ASYMMETRIC or not algorithms:
            raise ValueError(f"only asymmetric algorithms are accepted: {sorted(_ASYMMETRIC)}")
        keys = (
            load_public_keys(public_keys) if isinstance(public_keys, str | bytes) else public_keys
        )
        if not keys:
            raise ValueError("at least one public key is needed")
        self._keys = list(keys)
        self.issuer, self.audience, self.leeway = issuer, audience, leeway
        self._algorithms = list(algorithms)

    @classmethod
    def from_config(
        cls,
        *,
        public_key: str | None,
        public_key_file: str | Path | None,
        issuer: str = DEFAULT_ISSUER,
        audience: str = DEFAULT_AUDIENCE,
        leeway_seconds: float = DEFAULT_LEEWAY.total_seconds(),
        algorithms: Sequence[str] = ("EdDSA",),
    ) -> "TokenVerifier":
        """From settings: PEM text inline, or a file holding PEM blocks or a JWKS document."""
        if (public_key is None) == (public_key_file is None):
            raise ValueError("configure exactly one of jwt_public_key and jwt_public_key_file")
        text = public_key if public_key is not None else Path(str(public_key_file)).read_text()
        leeway = timedelta(seconds=leeway_seconds)
        return cls(load_public_keys(text), issuer, audience, leeway, algorithms)

    def verify(self, token: str) -> Principal:
        claims = self._decode(token)
        try:
            return Principal(
                organisation_id=claims.get("org"),
                kind=claims.get("org_kind"),
                district=claims.get("district"),
                rural_district=claims.get("rural_district"),
                role=claims.get("role"),
                person_id=claims["sub"],
            )
        except ValidationError as error:
            fields = ", ".join(str(e["loc"][0]) for e in error.errors() if e["loc"])
            raise InvalidToken(f"token claims are not a valid principal ({fields})") from error

    def _decode(self, token: str) -> dict[str, Any]:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.PyJWTError as error:
            raise InvalidToken("malformed token") from error
        for key in self._candidates(kid):
            try:
                return jwt.decode(
                    token,
                    key.key if isinstance(key, jwt.PyJWK) else key,
                    algorithms=self._algorithms,
                    audience=self.audience,
                    issuer=self.issuer,
                    leeway=self.leeway,
                    options={"require": _REQUIRED},
                )
            except jwt.InvalidSignatureError:
                continue  # maybe signed by the next key (rotation); claims are checked after
            except jwt.PyJWTError as error:
                raise InvalidToken(_reason(error)) from error
        raise InvalidToken("signature does not match any trusted key")

    def _candidates(self, kid: str | None) -> list[PublicKey]:
        # a token naming a JWKS key is checked against that key only; otherwise every key is tried
        named = [k for k in self._keys if isinstance(k, jwt.PyJWK) and k.key_id == kid]
        return named or self._keys


def _reason(error: jwt.PyJWTError) -> str:
    reasons = {
        jwt.ExpiredSignatureError: "token expired",
        jwt.InvalidAudienceError: "token is for another audience",
        jwt.InvalidIssuerError: "token is from another issuer",
        jwt.MissingRequiredClaimError: "token lacks a required claim",
        jwt.ImmatureSignatureError: "token is not valid yet",
        jwt.InvalidAlgorithmError: "token algorithm is not accepted",
    }
    for kind, reason in reasons.items():
        if isinstance(error, kind):
            return reason
    return "malformed token"

