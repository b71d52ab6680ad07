"""Typed refusals of the workflow decider; `api.py` maps each to a problem document."""


class WorkflowError(Exception):
    """Base of every refusal; `field` names the request field at fault, when there is one."""

    field: str | None = None

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class CaseNotFound(WorkflowError):
    """No case with this id (404)."""


class CaseAlreadyOpen(WorkflowError):
    """A case with this id exists already with other facts (409)."""


class CaseClosed(WorkflowError):
    """The result was issued; nothing more happens to the case (409)."""


class WrongStep(WorkflowError):
    """The command does not finish the step the case is at (409)."""


class NotHolder(WorkflowError):
    """The caller does not hold the step (403)."""


class UnknownCatalogue(WorkflowError):
    """The catalogue version, regulation or route is not known (422)."""


class ExtensionRefused(WorkflowError):
    """The regulation does not allow this extension now (422 unknown, 409 used up / too late)."""


class ExtensionUsedUp(ExtensionRefused):
    pass


class InvalidDecision(WorkflowError):
    """The draft's outcome, reasons or payload do not fit the regulation (422)."""


class NoDraft(WorkflowError):
    """There is no draft to send, sign or return (409)."""


class FeeNotPaid(WorkflowError):
    """Reg. 16 stage 2: the permit is not drafted before the fee is proved paid (409)."""


class NotOverdue(WorkflowError):
    """The step instance or notice is not (or no longer) past its due time (409)."""


class OverdueAlreadyRecorded(WorkflowError):
    """StepOverdue (NoticeOverdue) was already said for this step instance (notice) (409; the
    scheduler moves on)."""
