"""The probe's findings as tests: each service's own fixtures, shared here."""

from tests.integration.registry.conftest import registry_app, registry_pool, token_for

__all__ = ["registry_app", "registry_pool", "token_for"]
