"""The console runs in the production compose file as the fifth process, configured for
OpenID Connect, and `make dev` starts it with the rest."""

from pathlib import Path

import yaml

from qorgau.devstack import Stack

ROOT = Path(__file__).resolve().parents[3]


def test_compose_runs_the_console_against_the_four_services():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    console = compose["services"]["console"]
    env = console["environment"]
    assert env["SERVICE_NAME"] == "console" and env["QORGAU_ENV"] == "production"
    for name in ("intake", "workflow", "registry", "payments"):
        assert env[f"{name.upper()}_URL"] == f"http://{name}:8000"
        assert console["depends_on"][name]["condition"] == "service_healthy"
    assert {"OIDC_ISSUER", "OIDC_CLIENT_ID", "CONSOLE_SESSION_SECRET"} <= set(env)
    assert "DATABASE_URL" not in env  # it owns no database


def test_the_dev_stack_starts_the_console_with_the_demo_people(tmp_path):
    stack = Stack(tmp_path)
    stack.bootstrap, stack.server_uri = "127.0.0.1:1", "postgresql://x/?host=/tmp"
    stack.define()
    console = stack.processes["console"]
    assert console.port == 8100 and "services.console.app:create_app" in console.command
    assert console.env["CONSOLE_DEV_TOKENS_FILE"].endswith("tokens.json")
    assert console.env["INTAKE_URL"] == "http://127.0.0.1:8101"
