"""Regulation 16 (foreign-labour permits): issuing and extending decide in two stages.

Stage 1 ends in a notification that the permit will be issued (or is refused): the route's
stage-1 step is drafted, then signed and issued like any result, using the route's own signing
and issuing steps (the case's one plan adds them, `contracts.catalogue.plan`). Stage 2 waits for
the employer to prove the permit fee is paid, then the permit is drafted, signed and issued.
Variants without a stage-1 step decide once (the permit).
"""

from dataclasses import replace
from typing import Any

from contracts.catalogue import Route
from contracts.iin import InvalidBin, parse_bin
from contracts.workflow_events import LabourPermitDocument

from ..errors import InvalidDecision
from ..plan import PlanStep, default_plan
from ..state import CaseFacts
from .documents import DocumentRules

PERMIT = 2


class LabourPermit(DocumentRules):
    def __init__(self) -> None:
        super().__init__(LabourPermitDocument)

    def plan(self, route: Route) -> list[PlanStep]:
        return [replace(step, stage=step.stage or PERMIT) for step in default_plan(route)]

    def prepare(self, case: CaseFacts, stage: int | None, body: dict[str, Any]) -> dict[str, Any]:
        body = super().prepare(case, stage, body)
        body.setdefault("stage", stage or PERMIT)
        if case.sub_service:
            body.setdefault("variant", case.sub_service)
        return body

    def check(self, case: CaseFacts, stage: int | None, decided: Any) -> None:
        super().check(case, stage, decided)
        if decided.stage != (stage or PERMIT):
            raise InvalidDecision(f"this step decides stage {stage or PERMIT}",
                                  field="payload.document.stage")
        if case.sub_service and decided.variant != case.sub_service:
            raise InvalidDecision(f"the case is a {case.sub_service}",
                                  field="payload.document.variant")
        self._check_employer(case, decided.employer_bin)

    def _check_employer(self, case: CaseFacts, employer_bin: str | None) -> None:
        """The permit's employer is identified by a BIN (line 1198: legal entities apply too);
        a legal entity's own application names the employer already."""
        if employer_bin is None:
            return
        try:
            parse_bin(employer_bin)
        except InvalidBin as error:
            raise InvalidDecision(str(error), field="payload.document.employer_bin") from None
        applicant = case.applicant
        if applicant.kind == "legal_entity" and applicant.iin != employer_bin:
            raise InvalidDecision("the employer is the legal entity that applied",
                                  field="payload.document.employer_bin")
