"""OpenID Connect sign-in: the authorization code flow with PKCE, state and nonce.

The provider is found by its discovery document (`<issuer>/.well-known/openid-configuration`).
Signing in sends the person to its authorization endpoint with a fresh state, nonce and PKCE
challenge (S256), kept in the session cookie; the callback checks the state, exchanges the code
(with the verifier, and the client secret when one is configured), and validates the ID token
against the provider's JWKS: signature (asymmetric algorithms only), issuer, audience, expiry on
the console's clock, and the nonce. The access token is what the services are called with.
"""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt

from eventkit.clock import Clock

from .settings import ConsoleSettings

ASYMMETRIC = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512",
              "EdDSA")
LEEWAY = timedelta(seconds=60)


class OidcError(Exception):
    """The provider's answer cannot be trusted or used; the message says why (no token data)."""


@dataclass(frozen=True)
class Provider:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    end_session_endpoint: str | None = None


@dataclass(frozen=True)
class Login:
    """What the callback must see again: kept in the session between the two legs."""

    state: str
    nonce: str
    verifier: str
    next: str = "/"

    def as_dict(self) -> dict[str, str]:
        return {"state": self.state, "nonce": self.nonce, "verifier": self.verifier,
                "next": self.next}


@dataclass(frozen=True)
class SignedIn:
    access_token: str
    id_token: str
    claims: dict[str, Any]


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class OidcClient:
    def __init__(self, settings: ConsoleSettings, clock: Clock,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        assert settings.oidc_issuer and settings.oidc_client_id
        self.issuer = settings.oidc_issuer.rstrip("/")
        self.client_id, self.secret = settings.oidc_client_id, settings.oidc_client_secret
        self.scopes, self.redirect_uri = settings.oidc_scopes, settings.redirect_uri
        self.clock = clock
        self.http = httpx.AsyncClient(timeout=10.0, transport=transport)
        self._provider: Provider | None = None
        self._keys: dict[str, jwt.PyJWK] = {}

    async def close(self) -> None:
        await self.http.aclose()

    async def provider(self) -> Provider:
        if self._provider is None:
            found = await self._json("GET", f"{self.issuer}/.well-known/openid-configuration")
            if str(found.get("issuer", "")).rstrip("/") != self.issuer:
                raise OidcError("the discovery document names another issuer")
            try:
                self._provider = Provider(
                    found["issuer"], found["authorization_endpoint"], found["token_endpoint"],
                    found["jwks_uri"], found.get("end_session_endpoint"))
            except KeyError as missing:
                raise OidcError(f"the discovery document lacks {missing}") from None
        return self._provider

    async def start(self, next_url: str = "/") -> tuple[str, Login]:
        """Where to send the person, and what the callback must find again."""
        provider = await self.provider()
        login = Login(secrets.token_urlsafe(24), secrets.token_urlsafe(24),
                      secrets.token_urlsafe(48), next_url)
        query = urlencode({
            "response_type": "code", "client_id": self.client_id,
            "redirect_uri": self.redirect_uri, "scope": self.scopes, "state": login.state,
            "nonce": login.nonce, "code_challenge": challenge_of(login.verifier),
            "code_challenge_method": "S256",
        })
        return f"{provider.authorization_endpoint}?{query}", login

    async def finish(self, login: Login, state: str, code: str) -> SignedIn:
        if not hmac.compare_digest(login.state.encode(), state.encode()):
            raise OidcError("the state does not match the sign-in under way")
        provider = await self.provider()
        form = {"grant_type": "authorization_code", "code": code,
                "redirect_uri": self.redirect_uri, "client_id": self.client_id,
                "code_verifier": login.verifier}
        auth = (self.client_id, self.secret) if self.secret else None
        tokens = await self._json("POST", provider.token_endpoint, data=form, auth=auth)
        id_token, access_token = tokens.get("id_token"), tokens.get("access_token")
        if not isinstance(id_token, str) or not isinstance(access_token, str):
            raise OidcError("the token answer lacks an ID token or an access token")
        claims = await self.validate(id_token, login.nonce)
        return SignedIn(access_token, id_token, claims)

    async def validate(self, id_token: str, nonce: str) -> dict[str, Any]:
        provider = await self.provider()
        try:
            header = jwt.get_unverified_header(id_token)
        except jwt.PyJWTError as error:
            raise OidcError("the ID token is malformed") from error
        if header.get("alg") not in ASYMMETRIC:
            raise OidcError("the ID token is not signed with an asymmetric algorithm")
        key = await self.key(str(header.get("kid", "")))
        try:
            claims: dict[str, Any] = jwt.decode(
                id_token, key.key, algorithms=[header["alg"]], audience=self.client_id,
                issuer=provider.issuer,
                options={"require": ["iss", "aud", "exp", "iat", "sub"], "verify_exp": False,
                         "verify_iat": False, "verify_nbf": False})
        except jwt.PyJWTError as error:
            raise OidcError(f"the ID token is not valid ({type(error).__name__})") from error
        now = self.clock().timestamp()
        if claims["exp"] + LEEWAY.total_seconds() < now:
            raise OidcError("the ID token has expired")
        if claims["iat"] - LEEWAY.total_seconds() > now:
            raise OidcError("the ID token is issued in the future")
        if not hmac.compare_digest(str(claims.get("nonce", "")).encode(), nonce.encode()):
            raise OidcError("the ID token's nonce does not match")
        return claims

    async def keys(self) -> list[jwt.PyJWK]:
        """The provider's current signing keys (read again when a token names an unknown one)."""
        provider = await self.provider()
        found = await self._json("GET", provider.jwks_uri)
        keys = jwt.PyJWKSet.from_dict(found).keys
        self._keys = {str(k.key_id or ""): k for k in keys}
        return keys

    async def key(self, kid: str) -> jwt.PyJWK:
        if kid not in self._keys:
            await self.keys()
        if kid in self._keys:
            return self._keys[kid]
        if not kid and len(self._keys) == 1:
            return next(iter(self._keys.values()))
        raise OidcError("the ID token is signed with a key the provider does not publish")

    async def sign_out_url(self, id_token: str | None, after: str) -> str | None:
        provider = await self.provider()
        if provider.end_session_endpoint is None:
            return None
        query = {"post_logout_redirect_uri": after, "client_id": self.client_id}
        if id_token:
            query["id_token_hint"] = id_token
        return f"{provider.end_session_endpoint}?{urlencode(query)}"

    async def _json(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        try:
            answer = await self.http.request(method, url, **kwargs)
        except httpx.HTTPError as error:
            raise OidcError(f"the identity provider did not answer ({type(error).__name__})") \
                from error
        if answer.status_code != 200:
            raise OidcError(f"the identity provider answered {answer.status_code}")
        try:
            body = answer.json()
        except ValueError:
            raise OidcError("the identity provider's answer is not JSON") from None
        if not isinstance(body, dict):
            raise OidcError("the identity provider's answer is not a JSON object")
        return body
