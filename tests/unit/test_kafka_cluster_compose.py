"""The kafka-cluster profile (docker-compose.kafka-cluster.yml over docker-compose.yml): three
brokers, every topic on all three, a write acknowledged by two, and services that read it so."""

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.topics import ALL_TOPICS
from eventkit import kafka
from eventkit.settings import ServiceSettings

ROOT = Path(__file__).resolve().parents[2]
BASE, CLUSTER = ROOT / "docker-compose.yml", ROOT / "docker-compose.kafka-cluster.yml"
BROKERS = ("kafka", "kafka-2", "kafka-3")
APP_SERVICES = ("intake", "workflow", "registry", "payments")
CLUSTER_SERVERS = sorted(f"{b}:9092" for b in BROKERS)
REPLACED = {"command", "entrypoint", "healthcheck"}  # compose replaces these whole


def merge(base: Any, over: Any, key: str = "") -> Any:
    """Compose's merge of an override file, for the keys these files use: mappings merge key by
    key, a few options are replaced whole."""
    if isinstance(base, dict) and isinstance(over, dict) and key not in REPLACED:
        return {k: merge(base[k], over[k], k) if k in base and k in over else
                over.get(k, base.get(k)) for k in {**base, **over}}
    return over


@pytest.fixture(scope="module")
def merged() -> dict[str, Any]:
    return merge(yaml.safe_load(BASE.read_text()), yaml.safe_load(CLUSTER.read_text()))


def env_of(merged: dict[str, Any], service: str) -> dict[str, str]:
    values = {k: "" if v is None else str(v)
              for k, v in merged["services"][service]["environment"].items()}
    # as compose fills them in: a required ${VAR:?...} from the .env, an optional ${VAR-} unset
    return {k: re.sub(r"\$\{[A-Z_]+-\}", "", re.sub(r"\$\{[A-Z_]+:\?[^}]*\}", "x", v))
            for k, v in values.items()}


def test_three_brokers_each_its_own_node_in_one_quorum(merged):
    services = merged["services"]
    envs = [services[name]["environment"] for name in BROKERS]
    assert sorted(int(e["KAFKA_NODE_ID"]) for e in envs) == [1, 2, 3]
    voters = {e["KAFKA_CONTROLLER_QUORUM_VOTERS"] for e in envs}
    assert len(voters) == 1
    named = dict(v.split("@") for v in voters.pop().split(","))
    for name, env in zip(BROKERS, envs, strict=True):
        assert named[str(env["KAFKA_NODE_ID"])] == f"{name}:9093"
        assert env["KAFKA_ADVERTISED_LISTENERS"] == f"PLAINTEXT://{name}:9092"
        assert "healthcheck" in services[name]
    volumes = [services[name].get("volumes", []) for name in BROKERS]
    assert len({v[0].split(":")[0] for v in volumes}) == 3, "each broker keeps its own data"
    assert all(v[0].split(":")[0] in merged["volumes"] for v in volumes)


def test_every_message_on_three_brokers_and_acknowledged_by_two(merged):
    for name in BROKERS:
        env = merged["services"][name]["environment"]
        assert int(env["KAFKA_DEFAULT_REPLICATION_FACTOR"]) == 3
        assert int(env["KAFKA_MIN_INSYNC_REPLICAS"]) == 2
        assert int(env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"]) == 3  # the consumers' offsets
        assert int(env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"]) == 3
        assert str(env["KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE"]) == "false"
        assert str(env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"]) == "false"


def test_the_topics_are_made_replicated_on_the_whole_cluster(merged):
    topics = merged["services"]["kafka-topics"]
    script = topics["command"][0]
    assert set(re.search(r"for t in ([^;]+);", script).group(1).split()) == set(ALL_TOPICS)
    assert "--replication-factor 3" in script and "--config min.insync.replicas=2" in script
    assert "--partitions 6" in script
    assert "--bootstrap-server kafka:9092,kafka-2:9092,kafka-3:9092" in script
    assert set(topics["depends_on"]) == set(BROKERS)


@pytest.mark.parametrize("service", APP_SERVICES)
def test_each_service_reads_the_whole_cluster_and_makes_its_topics_alike(merged, service,
                                                                         monkeypatch):
    for name, value in env_of(merged, service).items():  # the container's environment
        monkeypatch.setenv(name, value)
    settings = ServiceSettings()
    assert sorted(settings.kafka_bootstrap_servers.split(",")) == CLUSTER_SERVERS
    assert settings.kafka_replication_factor == 3
    assert settings.kafka_min_insync_replicas == 2
    # one broker may be away and every write still acknowledged
    assert settings.kafka_min_insync_replicas < settings.kafka_replication_factor
    ready = merged["services"][service]["depends_on"]
    assert all(ready[b]["condition"] == "service_healthy" for b in BROKERS)


def test_the_treasury_reads_the_whole_cluster(merged):
    servers = env_of(merged, "treasury-simulator")["KAFKA_BOOTSTRAP_SERVERS"]
    assert sorted(servers.split(",")) == CLUSTER_SERVERS


async def test_producers_wait_for_every_in_sync_replica():
    producer = kafka.producer("kafka:9092", "test")  # never started: its settings only
    try:
        # acks=all: a write is acknowledged once min.insync.replicas brokers hold it
        assert producer._sender._acks == -1
    finally:
        await producer.stop()


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose not installed")
def test_docker_compose_merges_the_files_the_same_way(merged):
    text = BASE.read_text() + CLUSTER.read_text()
    env = {v: "x" for v in set(re.findall(r"\$\{([A-Z_]+):\?", text))}
    result = subprocess.run(["docker-compose", "-f", str(BASE), "-f", str(CLUSTER), "config"],
                            env={**env, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    real = yaml.safe_load(result.stdout)
    for service in (*APP_SERVICES, *BROKERS, "treasury-simulator"):
        assert {k: str(v) for k, v in real["services"][service]["environment"].items()} == \
            env_of(merged, service), service
    assert real["services"]["kafka-topics"]["command"] == merged["services"]["kafka-topics"][
        "command"]
