"""From a signed decision to an assignment: the facts payments takes from `workflow.DecisionSigned`,
the commands that assign a payment from them, and the events those commands decide.

The amount is always computed here (`assessment`), never taken from the decision; the route is
the decision's payout when its IBAN is valid (`payout_routes`).
"""

from dataclasses import dataclass
from datetime import datetime
from uuid import NAMESPACE_URL, UUID, uuid5

from contracts.payments_events import (
    BenefitAssigned,
    CompensationAssigned,
    PaymentConflict,
    ZonePeriodFact,
)
from contracts.people import Applicant
from contracts.workflow_events import DecisionPayload, DecisionSigned
from services.payments.domain import assessment
from services.payments.domain.errors import NotAssessable
from services.payments.domain.payout_routes import route_from_payout

_IDS = uuid5(NAMESPACE_URL, "urn:qorgau:payments")
CONFLICT_REASON = "the one-time compensation was already assigned to this person"


def payment_id_for(case_id: str) -> UUID:
    """One case, one payment id: a redelivered decision lands on the same payment stream."""
    return uuid5(_IDS, f"payment:{case_id}")


@dataclass(frozen=True)
class Decision:
    """What payments needs of a signed approval."""

    case_id: str
    decision_reference: str
    regulation_id: int
    beneficiary: Applicant
    signed_at: datetime
    payload: DecisionPayload

    @classmethod
    def of(cls, signed: DecisionSigned) -> "Decision":
        """The event's facts; its free-form `payload` is parsed here (ValidationError if bad)."""
        return cls(signed.case_id, signed.decision_reference, signed.regulation_id,
                   signed.applicant, signed.signed_at,
                   DecisionPayload.model_validate(signed.payload))

    @property
    def compensates(self) -> bool:
        """Reg. 1 with recognised periods: the one-time compensation."""
        return self.regulation_id == 1 and self.payload.recognition is not None

    @property
    def assigns_benefit(self) -> bool:
        """A monetary assignment of regs 4, 10, 11, 12, 18."""
        return (self.regulation_id in assessment.BENEFIT_REGULATIONS
                and self.payload.assignment is not None)


@dataclass(frozen=True)
class Claim:
    """The person's one compensation as the `compensations` table holds it."""

    payment_id: UUID
    case_id: str


@dataclass(frozen=True)
class AssignCompensation:
    """Reg. 1. `held_by` is the claim of ANOTHER case on the person's compensation, when the
    claim this command's transaction tried to take was already taken: then it is a conflict."""

    payment_id: UUID
    decision: Decision
    district: str
    now: datetime
    held_by: Claim | None = None


@dataclass(frozen=True)
class AssignBenefit:
    payment_id: UUID
    decision: Decision
    district: str
    now: datetime


def compensation(command: AssignCompensation) -> CompensationAssigned | PaymentConflict:
    """Assessed first, as before any claim: a decision that cannot be assessed is refused even
    when it would also be a conflict."""
    decision = command.decision
    recognition = decision.payload.recognition
    if recognition is None:
        raise NotAssessable("the decision recognises no periods")
    result = assessment.assess_compensation(recognition.periods, decision.signed_at.date())
    if command.held_by is not None:
        return PaymentConflict(
            payment_id=command.payment_id, case_id=decision.case_id,
            decision_reference=decision.decision_reference, regulation_id=1,
            district=command.district, existing_payment_id=command.held_by.payment_id,
            existing_case_id=command.held_by.case_id, recorded_at=command.now,
            reason=CONFLICT_REASON,
        )
    return CompensationAssigned(
        payment_id=command.payment_id, case_id=decision.case_id,
        decision_reference=decision.decision_reference, beneficiary=decision.beneficiary,
        district=command.district,
        periods=[ZonePeriodFact(zone=p.zone, from_year=p.from_year, to_year=p.to_year)
                 for p in recognition.periods],
        mci_count=result.mci_count, mci_year=result.mci_year, mci=result.mci,
        amount=result.amount, assumed_parameters=result.assumed,
        route=route_from_payout(decision.payload.payout), assigned_at=command.now,
    )


def benefit(command: AssignBenefit) -> BenefitAssigned:
    decision = command.decision
    if decision.payload.assignment is None:
        raise NotAssessable("the decision assigns nothing")
    result = assessment.assess_benefit(decision.regulation_id, decision.payload.assignment,
                                       command.district)
    return BenefitAssigned(
        payment_id=command.payment_id, case_id=decision.case_id,
        decision_reference=decision.decision_reference, regulation_id=decision.regulation_id,
        beneficiary=decision.beneficiary, district=command.district, amount=result.amount,
        basis=result.basis, assumed_parameters=result.assumed,
        route=route_from_payout(decision.payload.payout), assigned_at=command.now,
    )
