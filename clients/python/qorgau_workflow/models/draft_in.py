from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.draft_in_outcome import check_draft_in_outcome
from ..models.draft_in_outcome import DraftInOutcome
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.draft_in_a_refusal_no_payload import DraftInARefusalNoPayload
  from ..models.reg_13tsa_membership_certificate_decision import Reg13TSAMembershipCertificateDecision
  from ..models.reg_14_referral_decision import Reg14ReferralDecision
  from ..models.reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision
  from ..models.reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision
  from ..models.reg_17_rehabilitated_person_certificate_decision import Reg17RehabilitatedPersonCertificateDecision
  from ..models.reg_1_duplicate_certificate_decision import Reg1DuplicateCertificateDecision
  from ..models.reg_1_first_registration_decision import Reg1FirstRegistrationDecision
  from ..models.regs_235911_notification_decision import Regs235911NotificationDecision
  from ..models.regs_410111218_assignment_decision import Regs410111218AssignmentDecision





T = TypeVar("T", bound="DraftIn")



@_attrs_define
class DraftIn:
    """ 
        Attributes:
            outcome (DraftInOutcome):
            payload (DraftInARefusalNoPayload | Reg13TSAMembershipCertificateDecision | Reg14ReferralDecision |
                Reg15OralmanCertificateDecision | Reg16ForeignLabourPermitDecision | Reg17RehabilitatedPersonCertificateDecision
                | Reg1DuplicateCertificateDecision | Reg1FirstRegistrationDecision | Regs235911NotificationDecision |
                Regs410111218AssignmentDecision | Unset): what is decided; left out, it starts from the application's facts
            reasons (list[str] | Unset):
     """

    outcome: DraftInOutcome
    payload: DraftInARefusalNoPayload | Reg13TSAMembershipCertificateDecision | Reg14ReferralDecision | Reg15OralmanCertificateDecision | Reg16ForeignLabourPermitDecision | Reg17RehabilitatedPersonCertificateDecision | Reg1DuplicateCertificateDecision | Reg1FirstRegistrationDecision | Regs235911NotificationDecision | Regs410111218AssignmentDecision | Unset = UNSET
    reasons: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.draft_in_a_refusal_no_payload import DraftInARefusalNoPayload # noqa: PLC0415
        from ..models.reg_13tsa_membership_certificate_decision import Reg13TSAMembershipCertificateDecision # noqa: PLC0415
        from ..models.reg_14_referral_decision import Reg14ReferralDecision # noqa: PLC0415
        from ..models.reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision # noqa: PLC0415
        from ..models.reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision # noqa: PLC0415
        from ..models.reg_17_rehabilitated_person_certificate_decision import Reg17RehabilitatedPersonCertificateDecision # noqa: PLC0415
        from ..models.reg_1_duplicate_certificate_decision import Reg1DuplicateCertificateDecision # noqa: PLC0415
        from ..models.reg_1_first_registration_decision import Reg1FirstRegistrationDecision # noqa: PLC0415
        from ..models.regs_235911_notification_decision import Regs235911NotificationDecision # noqa: PLC0415
        from ..models.regs_410111218_assignment_decision import Regs410111218AssignmentDecision # noqa: PLC0415
        outcome: str = self.outcome

        payload: dict[str, Any] | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, Reg1FirstRegistrationDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Reg1DuplicateCertificateDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Regs235911NotificationDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Regs410111218AssignmentDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Reg13TSAMembershipCertificateDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Reg14ReferralDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Reg15OralmanCertificateDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Reg16ForeignLabourPermitDecision):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Reg17RehabilitatedPersonCertificateDecision):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()


        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
        })
        if payload is not UNSET:
            field_dict["payload"] = payload
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.draft_in_a_refusal_no_payload import DraftInARefusalNoPayload # noqa: PLC0415
        from ..models.reg_13tsa_membership_certificate_decision import Reg13TSAMembershipCertificateDecision # noqa: PLC0415
        from ..models.reg_14_referral_decision import Reg14ReferralDecision # noqa: PLC0415
        from ..models.reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision # noqa: PLC0415
        from ..models.reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision # noqa: PLC0415
        from ..models.reg_17_rehabilitated_person_certificate_decision import Reg17RehabilitatedPersonCertificateDecision # noqa: PLC0415
        from ..models.reg_1_duplicate_certificate_decision import Reg1DuplicateCertificateDecision # noqa: PLC0415
        from ..models.reg_1_first_registration_decision import Reg1FirstRegistrationDecision # noqa: PLC0415
        from ..models.regs_235911_notification_decision import Regs235911NotificationDecision # noqa: PLC0415
        from ..models.regs_410111218_assignment_decision import Regs410111218AssignmentDecision # noqa: PLC0415
        d = dict(src_dict)
        outcome = check_draft_in_outcome(d.pop("outcome"))




        def _parse_payload(data: object) -> DraftInARefusalNoPayload | Reg13TSAMembershipCertificateDecision | Reg14ReferralDecision | Reg15OralmanCertificateDecision | Reg16ForeignLabourPermitDecision | Reg17RehabilitatedPersonCertificateDecision | Reg1DuplicateCertificateDecision | Reg1FirstRegistrationDecision | Regs235911NotificationDecision | Regs410111218AssignmentDecision | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = Reg1FirstRegistrationDecision.from_dict(data)



                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_1 = Reg1DuplicateCertificateDecision.from_dict(data)



                return payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_2 = Regs235911NotificationDecision.from_dict(data)



                return payload_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_3 = Regs410111218AssignmentDecision.from_dict(data)



                return payload_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_4 = Reg13TSAMembershipCertificateDecision.from_dict(data)



                return payload_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_5 = Reg14ReferralDecision.from_dict(data)



                return payload_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_6 = Reg15OralmanCertificateDecision.from_dict(data)



                return payload_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_7 = Reg16ForeignLabourPermitDecision.from_dict(data)



                return payload_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_8 = Reg17RehabilitatedPersonCertificateDecision.from_dict(data)



                return payload_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            payload_a_refusal_no_payload = DraftInARefusalNoPayload.from_dict(data)



            return payload_a_refusal_no_payload

        payload = _parse_payload(d.pop("payload", UNSET))


        reasons = cast(list[str], d.pop("reasons", UNSET))


        draft_in = cls(
            outcome=outcome,
            payload=payload,
            reasons=reasons,
        )

        return draft_in

