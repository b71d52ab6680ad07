"""Production sign-in by OpenID Connect, against a fake provider running in the test: the
authorization code flow with PKCE, state and nonce, the token exchange, the ID token checked
against the provider's JWKS, and the access token the services will be called with."""

from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from eventkit.clock import FrozenClock
from services.console.app import create_app
from services.console.settings import ConsoleSettings
from tests.unit.console.conftest import csrf_of, now
from tests.unit.console.fake_idp import CLIENT_ID, CLIENT_SECRET, ISSUER, FakeIdp

PERSON = {"sub": "dd-talgar-head", "org": "dd-talgar", "org_kind": "district_department",
          "district": "talgar", "rural_district": None, "role": "head"}


@pytest.fixture
def idp() -> FakeIdp:
    return FakeIdp(PERSON)


@pytest.fixture
def console(idp: FakeIdp):
    settings = ConsoleSettings(
        _env_file=None, QORGAU_ENV="production", OIDC_ISSUER=ISSUER, OIDC_CLIENT_ID=CLIENT_ID,
        OIDC_CLIENT_SECRET=CLIENT_SECRET, CONSOLE_PUBLIC_URL="https://console.test",
        CONSOLE_SESSION_SECRET="5c1e9a7f3b2d8e6c4a0f1b9d7e3c5a2f8b6d4e0c", JWT_ISSUER=ISSUER,
        JWT_AUDIENCE="qorgau")
    app = create_app(settings, clock=FrozenClock(now()),
                     oidc_transport=httpx.ASGITransport(app=idp.app()))
    with TestClient(app, base_url="https://console.test", follow_redirects=False) as client:
        yield client


def start(console: TestClient) -> dict[str, str]:
    page = console.get("/sign-in").text
    answer = console.post("/sign-in/oidc", data={"csrf_token": csrf_of(page), "next": "/queue"})
    assert answer.status_code == 303
    url = urlparse(answer.headers["location"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{ISSUER}/authorize"
    return {k: v[0] for k, v in parse_qs(url.query).items()}


def authorize(idp: FakeIdp, query: dict[str, str]) -> dict[str, str]:
    """The person signs in at the provider, which sends them back with a code."""
    with TestClient(idp.app(), base_url=ISSUER, follow_redirects=False) as provider:
        answer = provider.get("/authorize", params=query)
    back = urlparse(answer.headers["location"])
    assert f"{back.scheme}://{back.netloc}{back.path}" == "https://console.test/sign-in/callback"
    return {k: v[0] for k, v in parse_qs(back.query).items()}


def test_the_whole_flow_signs_the_person_in(console, idp):
    query = start(console)
    assert query["code_challenge_method"] == "S256" and query["client_id"] == CLIENT_ID
    assert query["redirect_uri"] == "https://console.test/sign-in/callback"
    assert len(query["state"]) >= 24 and len(query["nonce"]) >= 24
    answer = console.get("/sign-in/callback", params=authorize(idp, query))
    assert answer.status_code == 303 and answer.headers["location"] == "/queue"
    assert idp.exchanged  # the code was exchanged, with the PKCE verifier
    assert console.get("/").headers["location"] == "/queue"  # a head's first screen


def test_a_callback_with_another_state_is_refused(console, idp):
    back = authorize(idp, start(console))
    answer = console.get("/sign-in/callback", params={**back, "state": "forged"})
    assert answer.status_code == 400
    assert console.get("/").headers["location"] == "/sign-in"


def test_a_callback_without_a_sign_in_under_way_is_refused(console, idp):
    back = authorize(idp, start(console))
    console.get("/sign-in/callback", params=back)
    console.post("/sign-out", data={"csrf_token": csrf_of(console.get("/sign-in").text)})
    assert console.get("/sign-in/callback", params=back).status_code == 400  # no replay


def test_an_id_token_with_another_nonce_is_refused(console, idp):
    idp.nonce_override = "not-the-nonce-the-console-sent"
    answer = console.get("/sign-in/callback", params=authorize(idp, start(console)))
    assert answer.status_code == 400
    assert console.get("/").headers["location"] == "/sign-in"


def test_an_id_token_signed_by_another_key_is_refused(console, idp):
    query = start(console)
    back = authorize(idp, query)
    stranger = rsa.generate_private_key(65537, 2048)
    idp.key, original = stranger, idp.key  # tokens now signed by a key the JWKS does not hold
    idp.jwk = lambda: FakeIdp.jwk(FakeIdp(PERSON, key=original))  # type: ignore[method-assign]
    assert console.get("/sign-in/callback", params=back).status_code == 400


def test_an_expired_id_token_is_refused(console, idp):
    idp.lifetime_s = -3600  # already expired when issued
    assert console.get("/sign-in/callback", params=authorize(idp, start(console))).status_code \
        == 400


def test_a_wrong_pkce_verifier_gets_no_tokens(console, idp):
    query = start(console)
    back = authorize(idp, {**query, "code_challenge": "A" * 43})
    assert console.get("/sign-in/callback", params=back).status_code == 400
    assert not idp.exchanged


def test_the_provider_saying_no_is_shown_as_a_failed_sign_in(console, idp):
    start(console)
    answer = console.get("/sign-in/callback", params={"error": "access_denied", "state": "x"})
    assert answer.status_code == 400
