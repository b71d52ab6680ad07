"""The monetary regulations (4, 10, 11, 12, 18): an assignment with the inputs payments needs.

Reg. 4 may extend its term (up to 30 calendar days) only when requests to other bodies were made.
"""

from typing import Any

from contracts.catalogue import Extension
from contracts.workflow_events import Assignment, AssignmentKind, ServiceNotice

from ..errors import InvalidDecision
from ..state import Active, CaseFacts
from .base import Rules, needs_request_first


class AssignmentRules(Rules):
    key = "assignment"
    payout = True

    def __init__(self, kind: AssignmentKind, needs: tuple[str, ...] = ()) -> None:
        self.kind, self.needs = kind, needs

    def model(self, case: CaseFacts, stage: int | None) -> Any:
        return Assignment

    def prepare(self, case: CaseFacts, stage: int | None, body: dict[str, Any]) -> dict[str, Any]:
        body.setdefault("kind", self.kind)
        return body

    def check(self, case: CaseFacts, stage: int | None, decided: Assignment) -> None:
        if decided.kind != self.kind:
            raise InvalidDecision(f"regulation {case.regulation_id} assigns {self.kind}",
                                  field="payload.assignment.kind")
        for name in self.needs:
            if not getattr(decided, name):
                raise InvalidDecision(f"payload.assignment.{name} is required here",
                                      field=f"payload.assignment.{name}")


class TargetedAssistance(AssignmentRules):
    """Reg. 4: the family, its incomes over the income period, the assigned quarter."""

    def __init__(self) -> None:
        super().__init__("targeted_social_assistance",
                         ("family_members", "income_period"))

    def before_extension(self, state: Active, extension: Extension) -> None:
        needs_request_first(state, extension)


class HomeSchooling(AssignmentRules):
    """Reg. 11: a disabled child taught at home, and what it cost.

    The `information` sub-service tells the applicant about an assignment already made: it
    decides no money, so its payload is a `service` notice, not an assignment.
    """

    def __init__(self) -> None:
        super().__init__("home_schooling_compensation", ("family_members",))

    def key_of(self, case: CaseFacts) -> str:
        return "service" if case.sub_service == "information" else self.key

    def pays(self, case: CaseFacts) -> bool:
        return case.sub_service != "information"

    def model(self, case: CaseFacts, stage: int | None) -> Any:
        return ServiceNotice if case.sub_service == "information" else Assignment

    def prepare(self, case: CaseFacts, stage: int | None, body: dict[str, Any]) -> dict[str, Any]:
        return body if case.sub_service == "information" else super().prepare(case, stage, body)

    def check(self, case: CaseFacts, stage: int | None, decided: Any) -> None:
        if case.sub_service == "information":
            return
        super().check(case, stage, decided)
        if not any(m.relation == "child" and m.disabled for m in decided.family_members):
            raise InvalidDecision("the compensation is for a disabled child in the family",
                                  field="payload.assignment.family_members")
