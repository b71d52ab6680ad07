"""Regulation 1 (Semey test-site victims): recognition with zones, periods and years, or a
duplicate certificate; +1 month when extra requests or checks are needed."""

from typing import Any

from contracts.catalogue import Extension
from contracts.workflow_events import Reg1Duplicate, Reg1Recognition

from ..state import Active, CaseFacts
from .base import Rules, needs_request_first

DUPLICATE = "duplicate"


class Reg1(Rules):
    # the key follows the sub-service: a duplicate decides nothing about recognition or money
    def key_of(self, case: CaseFacts) -> str:
        return "duplicate" if case.sub_service == DUPLICATE else "recognition"

    def pays(self, case: CaseFacts) -> bool:
        return case.sub_service != DUPLICATE

    def model(self, case: CaseFacts, stage: int | None) -> Any:
        return Reg1Duplicate if case.sub_service == DUPLICATE else Reg1Recognition

    def before_extension(self, state: Active, extension: Extension) -> None:
        needs_request_first(state, extension)
