"""The AsyncAPI document is generated from the contracts and committed; they must not drift."""

from pathlib import Path

import yaml

from contracts import asyncapi, topics

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "asyncapi.yaml"


def test_the_committed_document_is_what_the_contracts_generate():
    assert COMMITTED.read_text() == asyncapi.render(), (
        "docs/asyncapi.yaml is stale: run `python -m contracts.asyncapi > docs/asyncapi.yaml`"
    )


def test_every_event_type_of_every_registry_is_documented_on_its_topic():
    document = yaml.safe_load(COMMITTED.read_text())
    for registry in asyncapi.registries():
        for event in registry:
            key = event.event_type.replace(".", "_")
            message = document["components"]["messages"][key]
            assert message["x-schema-version"] == event.schema_version
            assert set(message["x-producers"]) == {k.value for k in event.producers}
            assert key in document["channels"][event.topic]["messages"]


def test_the_channels_are_the_contract_topics():
    document = yaml.safe_load(COMMITTED.read_text())
    assert set(document["channels"]) == set(topics.ALL_TOPICS)


def test_every_schema_reference_resolves():
    document = yaml.safe_load(COMMITTED.read_text())
    schemas, messages = document["components"]["schemas"], document["components"]["messages"]

    def refs(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    yield value
                else:
                    yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for ref in refs(document):
        _kind, name = ref.split("/")[-2:]
        if ref.startswith("#/components/schemas/"):
            assert name in schemas, ref
        elif ref.startswith("#/components/messages/"):
            assert name in messages, ref
        else:
            assert ref.startswith("#/channels/"), ref
