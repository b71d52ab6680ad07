"""From a signed decision to an assignment: the facts payments takes from `workflow.DecisionSigned`,
the commands that assign a payment from them, and the events those commands decide.

The amount is always computed here (`assessment`), never taken from the decision; the route is
the decision's payout when its IBAN is valid (`payout_routes`).
"""

from dataclasses import dataclass
from datetime import datetime
from uuid import NAMESPACE_URL, UUID, uuid5

from contracts.catalogue import ResultItem, RouteNotFound, load_catalogue
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


def channel_pays(catalogue_version: str | None, regulation_id: int, channel: str) -> bool:
    """Whether the regulation lists a payment among the results of an application lodged at
    `channel`; an unknown version or channel changes nothing (the decision stands as signed)."""
    try:
        catalogue = load_catalogue().version(catalogue_version or "")
        regulation = catalogue.regulation(regulation_id)
        results = regulation.results_for(channel)
    except (KeyError, RouteNotFound):
        return True
    return any(r.item is ResultItem.PAYMENT for r in results)


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
    registered_at: datetime | None = None
    catalogue_version: str | None = None
    channel: str | None = None  # where the application was lodged (None: an older decision)

    @classmethod
    def of(cls, signed: DecisionSigned) -> "Decision":
        """The event's facts; its free-form `payload` is parsed here (ValidationError if bad)."""
        return cls(signed.case_id, signed.decision_reference, signed.regulation_id,
                   signed.applicant, signed.signed_at,
                   DecisionPayload.model_validate(signed.payload), signed.registered_at,
                   signed.catalogue_version, signed.channel)

    @property
    def compensates(self) -> bool:
        """Reg. 1 with recognised periods, lodged where the regulation lists the payment among
        the results (the State Corporation, seed lines 112-120; at the provider's office only
        the decision and the certificate, lines 106-110)."""
        if self.regulation_id != 1 or self.payload.recognition is None:
            return False
        return self.channel is None or channel_pays(self.catalogue_version, 1, self.channel)

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
    result = assessment.assess_compensation(
        recognition.periods, decision.signed_at.date(),
        decision.registered_at.date() if decision.registered_at else None)
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
