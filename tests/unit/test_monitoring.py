"""The monitoring that ships with the system: Prometheus scrapes every service, the alert rules
and the dashboard read metrics the code really exposes, promtool accepts and tests the rules,
and the pieces readiness is made of behave."""

import importlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from eventkit import metrics
from eventkit.health import Lag, Readiness, StallWatch
from eventkit.store import Position

ROOT = Path(__file__).resolve().parents[2]
MONITORING = ROOT / "deploy" / "monitoring"
GRAFANA = MONITORING / "grafana"
APP_SERVICES = ("intake", "workflow", "registry", "payments")
PROMTOOL = shutil.which("promtool")
BUILTIN = {"up"}  # Prometheus's own series


def exposed_names() -> set[str]:
    """Every sample name a service's /metrics can show: the plumbing's and each service's."""
    service = metrics.ServiceMetrics()
    service.requests.labels("GET", "/x", "200").inc()
    service.latency.labels("GET", "/x").observe(0.1)
    lag = Lag(Position(1, 1), 1, 1.0)
    gathered = [
        *metrics.reader_families({"relay": lag}, {"projection:x": 1}, 1),
        *metrics.inbox_families("c", {("applied", "t"): 1}, {"c": 1}, {("t", 0): 1}),
        *metrics.readiness_families(True, {"database": "ok"}),
    ]
    text = service.exposition(gathered).decode()
    names = {s.name for family in text_string_to_metric_families(text) for s in family.samples}
    for name in APP_SERVICES:
        declared = importlib.import_module(f"services.{name}.app").METRICS
        names |= {metric for collector in declared for metric in collector.names}
    return names | {"qorgau_loop_running"}


def referenced(expression: str) -> set[str]:
    """The series an expression reads (our metrics and Prometheus's own `up`)."""
    return set(re.findall(r"\b(qorgau_[a-z_]+|up(?=\{))", expression))


@pytest.fixture(scope="module")
def names() -> set[str]:
    return exposed_names()


@pytest.fixture(scope="module")
def rules() -> list[dict]:
    groups = yaml.safe_load((MONITORING / "alerts.yml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"]]


def test_prometheus_scrapes_every_service_at_its_metrics_path():
    config = yaml.safe_load((MONITORING / "prometheus.yml").read_text())
    [job] = config["scrape_configs"]
    assert job["metrics_path"] == "/metrics"
    targets = {c["labels"]["service"]: c["targets"] for c in job["static_configs"]}
    assert targets == {name: [f"{name}:8000"] for name in APP_SERVICES}
    assert all((MONITORING / f).exists() for f in config["rule_files"])


def test_there_is_an_alert_for_each_thing_that_must_wake_an_operator(rules):
    on = {rule["alert"]: rule["expr"] for rule in rules}
    assert "qorgau_reader_lag" in on["QorgauRelayLagging"]
    assert "qorgau_consumer_lag_messages" in on["QorgauConsumerLagging"]
    assert "qorgau_dead_letters_waiting" in on["QorgauDeadLetters"]
    assert 'reader=~"projection:.+"' in on["QorgauProjectionStalled"]
    assert "qorgau_steps_overdue" in on["QorgauStepsOverdue"]
    for rule in rules:
        assert rule["labels"]["severity"] in {"critical", "warning", "info"}, rule["alert"]
        assert rule["annotations"]["summary"], rule["alert"]


def test_every_metric_an_alert_reads_is_one_the_services_expose(rules, names):
    for rule in rules:
        unknown = referenced(rule["expr"]) - names - BUILTIN
        assert not unknown, f"{rule['alert']} reads {unknown}"


def test_every_metric_the_dashboard_reads_is_one_the_services_expose(names):
    dashboard = json.loads((GRAFANA / "dashboards" / "qorgau.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    assert exprs
    for expr in exprs:
        assert not referenced(expr) - names - BUILTIN, expr


def test_the_dashboard_has_flow_lag_errors_deadlines_and_payments_on_the_provisioned_source():
    dashboard = json.loads((GRAFANA / "dashboards" / "qorgau.json").read_text())
    rows = [p["title"] for p in dashboard["panels"] if p["type"] == "row"]
    assert rows == ["Flow", "Lag", "Errors", "Deadlines", "Payments"]
    sources = yaml.safe_load(
        (GRAFANA / "provisioning" / "datasources" / "datasources.yml").read_text())
    prometheus = next(s for s in sources["datasources"] if s["type"] == "prometheus")
    used = {p["datasource"]["uid"] for p in dashboard["panels"] if "datasource" in p}
    assert used == {prometheus["uid"]}
    provider = yaml.safe_load(
        (GRAFANA / "provisioning" / "dashboards" / "dashboards.yml").read_text())
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"


def test_compose_mounts_the_monitoring_files_and_probes_readiness():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    for name in APP_SERVICES:
        assert services[name]["healthcheck"]["test"][-1].endswith("/health/ready")
    mounts = [m.split(":")[0] for name in ("prometheus", "grafana")
              for m in services[name]["volumes"] if m.startswith("./")]
    assert mounts and all((ROOT / m).exists() for m in mounts)
    config = next(m for m in services["prometheus"]["volumes"] if "prometheus.yml" in m)
    rules = next(m for m in services["prometheus"]["volumes"] if "alerts.yml" in m)
    # the rule file is named relative to the config, so both must land in one folder
    assert Path(config.split(":")[1]).parent == Path(rules.split(":")[1]).parent


@pytest.mark.skipif(PROMTOOL is None, reason="promtool not installed")
def test_promtool_accepts_the_rules_and_the_config():
    for args in (["check", "rules", "alerts.yml"], ["check", "config", "prometheus.yml"]):
        result = subprocess.run([PROMTOOL, *args], cwd=MONITORING, capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(PROMTOOL is None, reason="promtool not installed")
def test_the_alerts_fire_on_trouble_and_stay_quiet_on_a_healthy_stack():
    result = subprocess.run([PROMTOOL, "test", "rules", "alerts.test.yml"], cwd=MONITORING,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_gauge_labelled_with_what_may_hold_a_persons_data_is_refused():
    async def rows(conn, now):
        return []

    with pytest.raises(metrics.UnsafeLabel, match="last_name"):
        metrics.ReadModelGauges(rows, ["district", "last_name"], [])


def test_a_label_value_looking_like_an_iin_is_refused():
    assert metrics.safe_value("talgar") == "talgar"
    assert metrics.safe_value("/documents/{document_id}") == "/documents/{document_id}"
    assert metrics.safe_value("case-850103300125") is None


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_reader_standing_still_with_events_waiting_is_stalled_after_the_limit():
    clock = Ticks()
    watch = StallWatch(after_s=60, clock=clock)
    behind = Lag(Position(5, 10), events=3, seconds=1.0)
    assert watch.stalled_for("relay", behind) is None
    clock.now = 59
    assert watch.stalled_for("relay", behind) is None
    clock.now = 61
    assert watch.stalled_for("relay", behind) == 61


def test_a_reader_that_moves_or_has_nothing_to_do_is_not_stalled():
    clock = Ticks()
    watch = StallWatch(after_s=60, clock=clock)
    watch.stalled_for("relay", Lag(Position(5, 10), 3, 1.0))
    clock.now = 100
    assert watch.stalled_for("relay", Lag(Position(5, 12), 3, 1.0)) is None  # it moved
    clock.now = 200
    assert watch.stalled_for("relay", Lag(Position(5, 12), 0, 0.0)) is None  # nothing waits
    clock.now = 250
    assert watch.stalled_for("relay", Lag(Position(5, 12), 2, 1.0)) is None  # waiting anew


def test_readiness_lists_the_reasons_of_what_failed_only():
    report = Readiness({"database": "ok", "broker": "not used",
                        "relay": "stalled: 3 events waiting, not moved for 61 s"}, {})
    assert not report.ready
    assert report.reasons == ["relay: stalled: 3 events waiting, not moved for 61 s"]
    assert Readiness({"database": "ok", "broker": "not used"}, {}).ready
