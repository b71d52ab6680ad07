"""The production compose file cannot rot silently: its structure is checked on every run."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from contracts.topics import ALL_TOPICS

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
APP_SERVICES = ("intake", "workflow", "registry", "payments")
SECRET = re.compile(r"PASSWORD|SECRET|KEY", re.I)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_every_application_service_is_built_from_the_one_dockerfile(compose):
    for name in (*APP_SERVICES, "treasury-simulator"):
        service = compose["services"][name]
        assert service["build"]["dockerfile"] == "deploy/Dockerfile"
        assert (ROOT / service["build"]["dockerfile"]).exists()


def test_each_service_runs_its_own_app_with_its_own_database(compose):
    urls = set()
    for name in APP_SERVICES:
        env = compose["services"][name]["environment"]
        assert env["SERVICE_NAME"] == name
        assert (ROOT / "services" / name / "app.py").exists()
        assert env["DATABASE_URL"].endswith(f"/qorgau_{name}")
        urls.add(env["DATABASE_URL"])
    assert len(urls) == len(APP_SERVICES)


def test_everything_waits_for_healthy_dependencies(compose):
    for name, service in compose["services"].items():
        for dependency, condition in service.get("depends_on", {}).items():
            assert dependency in compose["services"], f"{name} depends on unknown {dependency}"
            assert condition["condition"] in ("service_healthy", "service_completed_successfully")
        if name != "kafka-topics":
            assert "healthcheck" in service, f"{name} has no healthcheck"


def test_no_secret_has_a_default_value():
    text = COMPOSE.read_text()
    for variable, operator in re.findall(r"\$\{([A-Z_]+)(:?[-?]?)", text):
        if SECRET.search(variable):
            assert operator == ":?", f"{variable} must be required (${{{variable}:?...}})"
    assert ":-" not in text, "no variable may fall back to a default in production"


def test_the_topics_created_are_the_contract_topics(compose):
    script = compose["services"]["kafka-topics"]["command"][0]
    created = set(re.search(r"for t in ([^;]+);", script).group(1).split())
    assert created == set(ALL_TOPICS)


def test_postgres_init_creates_one_database_per_service():
    script = (ROOT / "deploy" / "postgres-init.sh").read_text()
    assert "for service in " + " ".join(("intake", "workflow", "registry", "payments")) in script


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose not installed")
def test_docker_compose_accepts_the_file(tmp_path):
    env = {v: "x" for v in set(re.findall(r"\$\{([A-Z_]+):\?", COMPOSE.read_text()))}
    result = subprocess.run(["docker-compose", "-f", str(COMPOSE), "config", "-q"],
                            env={**env, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_registry_is_told_where_verification_links_point(compose):
    from services.registry.settings import RegistrySettings

    alias = RegistrySettings.model_fields["public_base_url"].validation_alias
    assert alias in compose["services"]["registry"]["environment"]


def test_the_treasury_health_check_watches_the_file_the_simulator_touches(compose):
    service = compose["services"]["treasury-simulator"]
    heartbeat = service["environment"]["TREASURY_HEARTBEAT_FILE"]
    assert heartbeat in service["healthcheck"]["test"][1]
