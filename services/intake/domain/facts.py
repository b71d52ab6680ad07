"""Service-specific facts: the typed models per regulation and sub-service are the contract
(`contracts.facts`); intake validates a package's facts with them before building a command."""

from contracts.facts import (
    FACTS,
    PORTAL_CATEGORIES_REG_10,
    FactsError,
    facts_model,
    validate_facts,
)

__all__ = ["FACTS", "PORTAL_CATEGORIES_REG_10", "FactsError", "facts_model", "validate_facts"]
