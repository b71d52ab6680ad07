"""The AsyncAPI document of every topic and event type, generated from the contracts.

`python -m contracts.asyncapi > docs/asyncapi.yaml` writes it; a test regenerates it and fails
when the committed file differs, so the document cannot drift from the code.
"""

import sys
from typing import Any

import yaml

from contracts.envelope import Envelope
from contracts.events import Event, EventRegistry

TOPIC_DESCRIPTIONS = {
    "intake.applications": "Applications accepted, refused, forwarded and handed over (intake).",
    "workflow.cases": "Cases moving through the regulation's steps; decisions and results.",
    "registry.documents": "The register of recognised persons and the documents it issues.",
    "payments.orders": "The treasury contract: compensation, assignments, payment envelopes.",
    "treasury.answers": "The treasury's answers: payments confirmed or returned, envelopes.",
}


def registries() -> list[EventRegistry]:
    from contracts import (
        intake_events,
        payments_events,
        registry_events,
        treasury_events,
        workflow_events,
    )

    return [m.REGISTRY for m in (intake_events, workflow_events, registry_events,
                                 payments_events, treasury_events)]


def _message(event: type[Event], schemas: dict[str, Any]) -> dict[str, Any]:
    payload = event.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(payload.pop("$defs", {}))
    return {
        "name": event.event_type,
        "title": event.__name__,
        "summary": (event.__doc__ or "").strip().split("\n")[0],
        "contentType": "application/json",
        "headers": {"$ref": "#/components/schemas/Headers"},
        "payload": {
            "allOf": [
                {"$ref": "#/components/schemas/Envelope"},
                {"type": "object", "properties": {
                    "event_type": {"const": event.event_type},
                    "schema_version": {"const": event.schema_version},
                    "payload": payload,
                }},
            ]
        },
        "x-schema-version": event.schema_version,
        "x-producers": sorted(k.value for k in event.producers),
    }


def document() -> dict[str, Any]:
    events = sorted((e for r in registries() for e in r), key=lambda e: e.event_type)
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for event in events:
        key = event.event_type.replace(".", "_")
        messages[key] = _message(event, schemas)
        channel = channels.setdefault(event.topic, {
            "address": event.topic,
            "description": TOPIC_DESCRIPTIONS.get(event.topic, ""),
            "bindings": {"kafka": {"partitions": 6, "x-key": "case (stream) id"}},
            "messages": {},
        })
        channel["messages"][key] = {"$ref": f"#/components/messages/{key}"}
    for topic in channels:
        operations[f"publish_{topic.replace('.', '_')}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{topic}"},
        }
    envelope = Envelope.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update({**envelope.pop("$defs", {}), "Envelope": envelope, "Headers": {
        "type": "object",
        "properties": {
            **{h: {"type": "string"} for h in (
                "event_type", "event_id", "schema_version", "producer_kind", "correlation_id")},
            # W3C trace context of the relay's publish, when the producing service traces
            **{h: {"type": "string", "description": "W3C trace context (optional)"}
               for h in ("traceparent", "tracestate")},
        },
    }})
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Qorgau events",
            "version": "1.0.0",
            "description": "Every event travels in the same envelope, keyed by its stream (case)"
                           " id; consumers reject events from producers not listed in"
                           " x-producers.",
        },
        "defaultContentType": "application/json",
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": dict(sorted(schemas.items()))},
    }


def render() -> str:
    return yaml.safe_dump(document(), sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    sys.stdout.write(render())
