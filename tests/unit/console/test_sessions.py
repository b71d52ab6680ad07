"""Sessions: an encrypted, signed, HTTP-only cookie; CSRF on every form; an idle timeout on
the console's clock; the demo sign-in only outside production."""

from fastapi.testclient import TestClient

from services.console.app import create_app
from services.console.sessions import COOKIE
from services.console.settings import ConsoleSettings
from tests.unit.console.conftest import csrf_of, sign_in


def test_the_sign_in_page_lists_the_demo_people_by_organisation(client):
    page = client.get("/sign-in").text
    assert 'value="gfc-talgar/gfc-talgar-operator"' in page
    assert 'value="dd-talgar/dd-talgar-clerk"' in page


def test_signing_in_opens_the_persons_first_screen(client):
    sign_in(client)
    home = client.get("/")
    assert home.status_code == 303 and home.headers["location"] == "/front-office"
    sign_in(client, "dd-talgar/dd-talgar-clerk")
    assert client.get("/").headers["location"] == "/queue"


def test_the_cookie_is_http_only_same_site_and_unreadable(client):
    answer = client.get("/sign-in")
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    sign_in(client)
    value = client.cookies[COOKIE]
    assert "gfc-talgar" not in value and "eyJ" not in value  # encrypted, no token in clear


def test_a_tampered_cookie_is_a_new_anonymous_session(client):
    sign_in(client)
    value = client.cookies[COOKIE]
    client.cookies.set(COOKIE, value[:-4] + ("AAAA" if not value.endswith("AAAA") else "BBBB"))
    assert client.get("/").headers["location"] == "/sign-in"


def test_a_form_without_the_csrf_token_is_refused(client):
    sign_in(client)
    refused = client.post("/sign-out", data={})
    assert refused.status_code == 403
    assert client.get("/").headers["location"] == "/front-office"  # still signed in


def test_a_form_with_another_sessions_token_is_refused(client, dev_settings, clock):
    with TestClient(create_app(dev_settings, clock=clock), follow_redirects=False) as other:
        foreign = csrf_of(other.get("/sign-in").text)
    sign_in(client)
    assert client.post("/sign-out", data={"csrf_token": foreign}).status_code == 403


def test_a_quiet_session_ends_after_the_idle_timeout(client, clock):
    sign_in(client)
    clock.advance(minutes=14)
    assert client.get("/").headers["location"] == "/front-office"  # activity: the clock resets
    clock.advance(minutes=14)
    assert client.get("/").headers["location"] == "/front-office"
    clock.advance(minutes=16)
    assert client.get("/").headers["location"] == "/sign-in"
    assert "15" in client.get("/sign-in").text  # says why, once


def test_background_refreshes_do_not_keep_a_session_alive(client, clock):
    sign_in(client)
    for _ in range(4):
        clock.advance(minutes=5)
        client.get("/sign-in", headers={"X-Console-Poll": "1"})
    assert client.get("/").headers["location"] == "/sign-in"


def test_signing_out_ends_the_session(client):
    sign_in(client)
    page = client.get("/sign-in").text
    assert client.post("/sign-out", data={"csrf_token": csrf_of(page)}).status_code == 303
    assert client.get("/").headers["location"] == "/sign-in"


def test_an_unknown_demo_person_is_refused(client):
    page = client.get("/sign-in").text
    answer = client.post("/sign-in/demo", data={"csrf_token": csrf_of(page),
                                                "person": "nobody/none"})
    assert answer.status_code == 400


def test_the_next_page_after_sign_in_stays_on_this_console(client):
    page = client.get("/sign-in?next=https://evil.example/").text
    answer = client.post("/sign-in/demo", data={
        "csrf_token": csrf_of(page), "person": "gfc-talgar/gfc-talgar-operator",
        "next": "https://evil.example/"})
    assert answer.headers["location"] == "/"


def production_settings(dev_settings: ConsoleSettings) -> ConsoleSettings:
    return ConsoleSettings(_env_file=None, **{
        **{f.validation_alias: getattr(dev_settings, name)
           for name, f in ConsoleSettings.model_fields.items()
           if getattr(dev_settings, name) is not None},
        "QORGAU_ENV": "production", "OIDC_ISSUER": "https://idp.example",
        "OIDC_CLIENT_ID": "qorgau-console", "CONSOLE_PUBLIC_URL": "https://console.example",
        "CONSOLE_SESSION_SECRET": "9f0c2b7e4d1a8c3f6e5b2a7d0c9e8f1a4b3c6d5e"})


def test_in_production_the_demo_people_are_neither_listed_nor_accepted(dev_settings, clock):
    app = create_app(production_settings(dev_settings), clock=clock)
    with TestClient(app, follow_redirects=False) as prod:
        page = prod.get("/sign-in").text
        assert "gfc-talgar-operator" not in page
        answer = prod.post("/sign-in/demo", data={"csrf_token": csrf_of(page),
                                                  "person": "gfc-talgar/gfc-talgar-operator"})
        assert answer.status_code == 403
        assert prod.get("/").headers["location"] == "/sign-in"
        assert "Secure" in prod.get("/sign-in").headers["set-cookie"]


def test_production_needs_a_real_secret_and_an_identity_provider():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="CONSOLE_SESSION_SECRET"):
        ConsoleSettings(_env_file=None, QORGAU_ENV="production", OIDC_ISSUER="https://i",
                        OIDC_CLIENT_ID="c", CONSOLE_PUBLIC_URL="https://c",
                        CONSOLE_SESSION_SECRET="changeme-changeme-changeme-changeme")
    with pytest.raises(ValidationError, match="OIDC_ISSUER"):
        ConsoleSettings(_env_file=None, QORGAU_ENV="production", CONSOLE_PUBLIC_URL="https://c",
                        CONSOLE_SESSION_SECRET="9f0c2b7e4d1a8c3f6e5b2a7d0c9e8f1a4b3c6d5e")
