"""The benchmarks are not tests and `make test` does not run them; this keeps them importable,
their parameters sane and their small parts right, without measuring anything."""

import importlib
import math
import os
import xml.etree.ElementTree as ET

import pytest

from bench import loadgen, svg, system
from bench.__main__ import NAMES, STORE, SYSTEM
from bench.common import percentile

MODULES = ["append", "relay", "rebuild", "load", "command", "e2e", "idle"]


@pytest.mark.parametrize("name", MODULES)
def test_every_benchmark_imports_and_is_run_by_make_bench(name):
    module = importlib.import_module(f"bench.{name}")
    assert name in NAMES
    assert callable(getattr(module, "run", None) or getattr(module, "measure", None))


def test_the_benchmarks_measure_what_the_goals_name():
    from bench import append, command, e2e, idle, load, rebuild

    assert append.WRITERS == 16 and append.BATCH == 100 and append.BATCH_GOAL == 10_000
    assert rebuild.EVENTS == 1_000_000 and rebuild.GOAL_S == 40
    assert load.SMALL == 10_000 and load.LARGE == 1_000_000 and load.GOAL == 0.1
    assert 0 < load.HOT < load.SMALL // load.PER_CASE
    assert command.LOAD == 0.7 and command.P99_GOAL_MS == 50
    assert command.RATIO_GOAL == 0.5 and max(command.SWEEP) > 1  # the chart passes the most
    assert e2e.P99_GOAL_MS == 250 and e2e.RATE_GOAL == 200 and e2e.KEEPS_UP_MS > e2e.P99_GOAL_MS
    assert list(e2e.RATES) == sorted(e2e.RATES) and e2e.RATES[-1] > e2e.RATE_GOAL
    assert idle.IDLE_S >= 60 and idle.FLOOR_RATE > 0
    assert set(STORE) | set(SYSTEM) == set(NAMES)


def test_percentile_is_by_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile([3.0], 99) == 3
    assert math.isnan(percentile([], 50))


def test_the_chart_is_an_svg_with_a_line_per_series_and_the_goal(tmp_path):
    path = tmp_path / "chart.svg"
    svg.line_chart(path, "latency", "rate", "ms",
                   {"p50": [(10, 5.0), (20, 7.5)], "p99": [(10, 9.0), (20, float("nan"))]},
                   goals=[(50.0, "goal")])
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert len(root.findall(f"{ns}polyline")) == 2
    assert len(root.findall(f"{ns}circle")) == 3  # the point without a value is left out
    assert any(t.text == "goal" for t in root.findall(f"{ns}text"))


def test_chart_ticks_are_round_and_cover_the_data():
    assert svg.ticks(230) == [0, 50, 100, 150, 200, 250]
    assert svg.ticks(0.9)[-1] >= 0.9


def test_a_request_is_http_1_1_with_its_length():
    raw = loadgen.encode("POST", "/v1/x", {"Idempotency-Key": "k"}, {"a": 1}, "127.0.0.1")
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"POST /v1/x HTTP/1.1\r\n")
    assert b"Content-Length: 8" in head and b"Idempotency-Key: k" in head
    assert body == b'{"a": 1}'


async def test_the_generator_reaches_a_server_and_counts_what_it_answered():
    run = await loadgen.ceiling(lambda i: ("GET", "/", {}, None), concurrency=2, seconds=0.3)
    assert run.ok > 0 and not run.unexpected


def test_cpu_is_read_from_proc_for_a_process_and_its_children():
    used = system.cpu_seconds({"me": os.getpid()})
    assert used["me"] >= 0
    assert system.submission(__import__("random").Random(1))["regulation_id"] == 1
