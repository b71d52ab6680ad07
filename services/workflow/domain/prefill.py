"""A decision starts from the application's facts: what the front office entered (the periods,
the bank account, the family, the employer) fills the draft, and the executor's payload
overrides it field by field. The mapping itself is the contract's (`contracts.decisions`)."""

from collections.abc import Mapping
from typing import Any

from contracts.decisions import draft_from_facts, start_from

from .state import CaseFacts


def payload_from_facts(case: CaseFacts, given: Mapping[str, Any]) -> dict[str, Any]:
    drafted = draft_from_facts(case.regulation_id, case.sub_service, case.facts,
                               case.applicant.iin)
    return start_from(drafted, given)
