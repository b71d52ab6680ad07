"""A tiny OpenID Connect provider for the tests: discovery, authorization with PKCE, token
exchange, JWKS and sign-out. It signs with its own RSA key and remembers what it was asked."""

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI, Form, HTTPException
from fastapi.responses import JSONResponse, RedirectResponse

ISSUER = "https://idp.test"
CLIENT_ID = "qorgau-console"
CLIENT_SECRET = "a-client-secret-the-tests-know"


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    nonce: str
    challenge: str


@dataclass
class FakeIdp:
    principal: dict[str, Any]
    key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))
    kid: str = "idp-key-1"
    grants: dict[str, Grant] = field(default_factory=dict)
    exchanged: list[dict[str, str]] = field(default_factory=list)
    nonce_override: str | None = None
    lifetime_s: int = 300

    def sign(self, claims: dict[str, Any], key: rsa.RSAPrivateKey | None = None) -> str:
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": self.kid})

    def jwk(self) -> dict[str, Any]:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {**public, "kid": self.kid, "use": "sig", "alg": "RS256"}

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/.well-known/openid-configuration")
        def discovery() -> dict[str, str]:
            return {"issuer": ISSUER, "authorization_endpoint": f"{ISSUER}/authorize",
                    "token_endpoint": f"{ISSUER}/token", "jwks_uri": f"{ISSUER}/jwks",
                    "end_session_endpoint": f"{ISSUER}/logout"}

        @app.get("/authorize")
        def authorize(response_type: str, client_id: str, redirect_uri: str, scope: str,
                      state: str, nonce: str, code_challenge: str,
                      code_challenge_method: str) -> RedirectResponse:
            if response_type != "code" or code_challenge_method != "S256" or \
                    "openid" not in scope.split():
                raise HTTPException(400, "unsupported request")
            code = secrets.token_urlsafe(16)
            self.grants[code] = Grant(client_id, redirect_uri, nonce, code_challenge)
            return RedirectResponse(f"{redirect_uri}?{urlencode({'code': code, 'state': state})}")

        @app.post("/token")
        def token(grant_type: str = Form(), code: str = Form(), redirect_uri: str = Form(),
                  client_id: str = Form(), code_verifier: str = Form()) -> JSONResponse:
            grant = self.grants.pop(code, None)
            digest = hashlib.sha256(code_verifier.encode()).digest()
            challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if grant_type != "authorization_code" or grant is None or \
                    grant.redirect_uri != redirect_uri or grant.client_id != client_id or \
                    grant.challenge != challenge:
                return JSONResponse({"error": "invalid_grant"}, 400)
            self.exchanged.append({"code": code, "client_id": client_id})
            now = int(time.time())
            person = self.principal
            id_token = self.sign({"iss": ISSUER, "aud": CLIENT_ID, "sub": person["sub"],
                                  "iat": now, "exp": now + self.lifetime_s,
                                  "nonce": self.nonce_override or grant.nonce})
            access = self.sign({**person, "iss": ISSUER, "aud": "qorgau", "iat": now,
                                "exp": now + self.lifetime_s, "jti": secrets.token_hex(8)})
            return JSONResponse({"access_token": access, "id_token": id_token,
                                 "token_type": "Bearer", "expires_in": self.lifetime_s})

        @app.get("/jwks")
        def jwks() -> dict[str, Any]:
            return {"keys": [self.jwk()]}

        return app
