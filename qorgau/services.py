"""The four services of the system, by name: the one place that lists them."""

from collections.abc import Callable

from fastapi import FastAPI

from services.intake.app import create_app as intake_app
from services.payments.app import create_app as payments_app
from services.registry.app import create_app as registry_app
from services.workflow.app import create_app as workflow_app

SERVICES: dict[str, Callable[[], FastAPI]] = {
    "intake": intake_app,
    "workflow": workflow_app,
    "registry": registry_app,
    "payments": payments_app,
}
NAMES: tuple[str, ...] = tuple(SERVICES)
