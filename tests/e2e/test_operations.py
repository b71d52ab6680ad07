"""What an operator sees after the flagship flow: each service's /metrics counts the one
application, case, payment and certificate, no dead letter waits and no label holds an IIN or
a name; and one trace runs across intake, workflow, registry and payments, through the broker."""

import json
import re
import uuid

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from qorgau import scenarios
from qorgau.devstack import SERVICES
from qorgau.scenarios.system import FIRST_NAMES, LAST_NAMES

pytestmark = pytest.mark.e2e
DISTRICT = "konaev"  # a district no other end-to-end test uses: its figures are this flow's


@pytest.fixture(scope="module")
def flow(system):
    """The flagship flow, every request of it carrying one W3C trace context, as a front-office
    system keeping one trace per application would send it."""
    trace_id = uuid.uuid4().hex
    headers = {"traceparent": f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01"}
    traced = scenarios.System(system.urls, system.tokens, system.signing_keys,
                              http=httpx.Client(timeout=15.0, headers=headers))
    applicant = scenarios.new_applicant()
    try:
        yield scenarios.reg1_first_registration(traced, DISTRICT, applicant), applicant, trace_id
    finally:
        traced.close()


def scrape(stack, service: str) -> list:
    answer = httpx.get(f"{stack.processes[service].url}/metrics", timeout=10)
    assert answer.status_code == 200
    return [s for family in text_string_to_metric_families(answer.text) for s in family.samples]


def total(samples: list, name: str, **labels: str) -> float:
    return sum(s.value for s in samples
               if s.name == name and labels.items() <= s.labels.items())


def test_the_metrics_count_one_application_case_payment_and_no_dead_letter(flow, stack):
    out, applicant, _ = flow
    metrics = {name: scrape(stack, name) for name in SERVICES}
    assert total(metrics["intake"], "qorgau_applications", district=DISTRICT) == 1
    assert total(metrics["workflow"], "qorgau_cases", district=DISTRICT) == 1
    assert total(metrics["workflow"], "qorgau_cases", district=DISTRICT, status="closed") == 1
    assert total(metrics["payments"], "qorgau_payments", district=DISTRICT) == 1
    assert total(metrics["payments"], "qorgau_payments", district=DISTRICT,
                 status="confirmed") == 1
    assert total(metrics["payments"], "qorgau_payments_amount", district=DISTRICT,
                 status="confirmed") == float(out.payment["amount"])
    assert total(metrics["registry"], "qorgau_documents", district=DISTRICT,
                 status="issued") == 1
    for name, samples in metrics.items():
        assert total(samples, "qorgau_dead_letters_waiting") == 0, name
        assert total(samples, "qorgau_ready") == 1, name
        assert total(samples, "qorgau_http_requests_total") > 0, name
    # what each service applied from the others came through its inbox
    assert total(metrics["workflow"], "qorgau_inbox_messages_total", outcome="applied",
                 event_type="intake.ApplicationForwarded") >= 1
    assert total(metrics["payments"], "qorgau_inbox_messages_total", outcome="applied",
                 event_type="workflow.DecisionSigned") >= 1

    values = {v for samples in metrics.values() for s in samples for v in s.labels.values()}
    assert not [v for v in values if re.search(r"\d{12}", v)]
    people = {applicant["last_name"], applicant["first_name"], *LAST_NAMES, *FIRST_NAMES}
    assert not [v for v in values if any(name in v for name in people)]


def spans_of(stack, service: str, trace_id: str) -> list[dict]:
    path = stack.spans_path(service)
    if not path.exists():
        return []
    spans = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [s for s in spans if s["context"]["trace_id"] == f"0x{trace_id}"]


def test_one_trace_runs_across_intake_workflow_registry_and_payments(flow, stack):
    _, applicant, trace_id = flow

    def traced():
        found = {name: spans_of(stack, name, trace_id) for name in SERVICES}
        consumed = {name: [s for s in spans if s["kind"] == "SpanKind.CONSUMER"]
                    for name, spans in found.items()}
        if all(consumed[name] for name in ("workflow", "registry", "payments")):
            return found
        return None

    found = scenarios.eventually(traced, "spans of the flow's trace in every service", 30)
    kinds = {name: {s["kind"] for s in spans} for name, spans in found.items()}
    assert {"SpanKind.SERVER", "SpanKind.PRODUCER"} <= kinds["intake"]  # submitted, published
    # the workflow opened the case from the forwarded package it consumed, in the same trace
    topics = {s["attributes"].get("messaging.destination.name")
              for s in found["workflow"] if s["kind"] == "SpanKind.CONSUMER"}
    assert "intake.applications" in topics
    assert {s["attributes"].get("messaging.destination.name")
            for s in found["payments"] if s["kind"] == "SpanKind.CONSUMER"} >= {"workflow.cases"}
    every = [s for spans in found.values() for s in spans]
    assert {s["resource"]["attributes"]["service.name"] for s in every} == set(SERVICES)
    text = json.dumps(every)
    assert applicant["iin"] not in text and applicant["last_name"] not in text
