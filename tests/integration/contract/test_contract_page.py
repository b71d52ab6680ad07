"""docs/contract.md says what the contract's tables say: regenerated, it comes out the same, and
it lists every regulation 1 to 18 with a facts model and a payload model for each sub-service."""

from contracts import overview
from contracts.decisions import DECISIONS
from contracts.facts import FACTS


def test_the_contract_page_is_in_step_with_the_models() -> None:
    assert overview.PAGE.read_text(encoding="utf-8") == overview.render(), (
        "docs/contract.md is out of step: run python -m contracts.overview")


def test_every_regulation_has_its_facts_and_payload_models() -> None:
    assert {regulation_id for regulation_id, _ in FACTS} == set(range(1, 19))
    assert set(FACTS) == set(DECISIONS)
    page = overview.render()
    for regulation_id in range(1, 19):
        assert f"## Reg. {regulation_id}: " in page
    for key in FACTS:
        assert f"`{FACTS[key].__name__}` | `{DECISIONS[key].__name__}`" in page
