"""Audit lines for what a person takes out of the system (exports, printed certificates).

No service has an API to record such acts yet, so the console writes one structured log line
per act (event `console.audit`): who (person, role, organisation), what, how many records,
with which filters, and when; never an IIN or a name. A log pipeline keeps them for auditors.
"""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from eventkit.logging import get_logger

log = get_logger("console.audit")


def record(action: str, principal: Mapping[str, Any], at: datetime, **details: Any) -> None:
    log.info("console.audit", action=action, person=principal.get("person_id"),
             role=principal.get("role"), organisation=principal.get("organisation_id"),
             district=principal.get("district"), at=at.isoformat(), **details)
