"""The probe's findings as tests: each service's own fixtures, shared here."""

from tests.integration.intake.conftest import intake
from tests.integration.registry.conftest import registry_app, registry_pool, token_for

__all__ = ["intake", "registry_app", "registry_pool", "token_for"]
