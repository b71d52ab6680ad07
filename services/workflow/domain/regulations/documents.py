"""Regulations whose result is a document (13, 15, 17), a referral (14) or a notice (2-3, 5-9)."""

from typing import Any

from pydantic import BaseModel

from contracts.workflow_events import (
    OralmanDocument,
    Referral,
    RehabilitatedDocument,
    ServiceNotice,
    TsaMembershipDocument,
)

from ..errors import InvalidDecision
from ..state import CaseFacts
from .base import Rules


class DocumentRules(Rules):
    key = "document"

    def __init__(self, kind: type[BaseModel]) -> None:
        self.kind = kind

    def model(self, case: CaseFacts, stage: int | None) -> Any:
        # the regulation's own document, so an error names `payload.document.<field>` as the
        # schema spells it (the union would put its tag in the path)
        return self.kind

    def prepare(self, case: CaseFacts, stage: int | None, body: dict[str, Any]) -> dict[str, Any]:
        body.setdefault("kind", self.kind.model_fields["kind"].default)
        return body

    def check(self, case: CaseFacts, stage: int | None, decided: Any) -> None:
        if not isinstance(decided, self.kind):
            raise InvalidDecision(f"regulation {case.regulation_id} issues "
                                  f"{self.kind.model_fields['kind'].default}",
                                  field="payload.document.kind")


class Rehabilitated(DocumentRules):
    """Reg. 17: a duplicate says why and what it replaces; a first certificate does not."""

    def __init__(self) -> None:
        super().__init__(RehabilitatedDocument)

    def check(self, case: CaseFacts, stage: int | None, decided: Any) -> None:
        super().check(case, stage, decided)
        if (case.sub_service == "duplicate") != (decided.duplicate is not None):
            raise InvalidDecision("a duplicate, and only a duplicate, carries `duplicate`",
                                  field="payload.document.duplicate")


class ReferralRules(Rules):
    key = "referral"

    def model(self, case: CaseFacts, stage: int | None) -> Any:
        return Referral


class NoticeRules(Rules):
    key = "service"

    def model(self, case: CaseFacts, stage: int | None) -> Any:
        return ServiceNotice


TSA_MEMBERSHIP = DocumentRules(TsaMembershipDocument)
ORALMAN = DocumentRules(OralmanDocument)
