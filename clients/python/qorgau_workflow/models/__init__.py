""" Contains all the data models used in inputs/outputs """

from .act_in_force import ActInForce
from .applicant import Applicant
from .applicant_kind import ApplicantKind
from .case_action import CaseAction
from .case_detail import CaseDetail
from .case_list_v1_cases_get_outcome import CaseListV1CasesGetOutcome
from .case_list_v1_cases_get_sort import CaseListV1CasesGetSort
from .case_list_v1_cases_get_status import CaseListV1CasesGetStatus
from .case_page import CasePage
from .case_status import CaseStatus
from .case_summary import CaseSummary
from .child import Child
from .cost_item import CostItem
from .decision_document import DecisionDocument
from .decision_document_outcome import DecisionDocumentOutcome
from .decision_document_payload import DecisionDocumentPayload
from .executor_in import ExecutorIn
from .extension_in import ExtensionIn
from .extension_option import ExtensionOption
from .family_member import FamilyMember
from .family_member_relation import FamilyMemberRelation
from .fee_in import FeeIn
from .field_error import FieldError
from .foreign_labour_permit import ForeignLabourPermit
from .foreign_labour_permit_stage_type_0 import ForeignLabourPermitStageType0
from .foreign_labour_permit_variant_type_0 import ForeignLabourPermitVariantType0
from .history_item import HistoryItem
from .housing_cost import HousingCost
from .housing_cost_kind_of_cost import HousingCostKindOfCost
from .inbox_item import InboxItem
from .income import Income
from .income_item import IncomeItem
from .income_kind_of_income import IncomeKindOfIncome
from .information_request_in import InformationRequestIn
from .issue_in import IssueIn
from .key_set_out import KeySetOut
from .legal_entity_applicant import LegalEntityApplicant
from .notice_in import NoticeIn
from .notice_out import NoticeOut
from .oralman_document import OralmanDocument
from .oralman_document_action import OralmanDocumentAction
from .organisation_kind import OrganisationKind
from .organisation_ref import OrganisationRef
from .payout import Payout
from .payout_kind import PayoutKind
from .period import Period
from .person_applicant import PersonApplicant
from .problem import Problem
from .published_key import PublishedKey
from .reassign_in import ReassignIn
from .recognition_period import RecognitionPeriod
from .recognition_period_kind import RecognitionPeriodKind
from .recognition_period_zone import RecognitionPeriodZone
from .referral import Referral
from .referral_kind import ReferralKind
from .refusal import Refusal
from .refusal_regulation_id import RefusalRegulationId
from .refusal_sub_service_type_0 import RefusalSubServiceType0
from .reg_10_accepted_in_person import Reg10AcceptedInPerson
from .reg_10_maslikhat_social_assistance_facts import Reg10MaslikhatSocialAssistanceFacts
from .reg_11_home_schooling_compensation_facts import Reg11HomeSchoolingCompensationFacts
from .reg_11_information_accepted_in_person import Reg11InformationAcceptedInPerson
from .reg_11_information_approval import Reg11InformationApproval
from .reg_11_information_on_an_assignment_facts import Reg11InformationOnAnAssignmentFacts
from .reg_11_notification_accepted_in_person import Reg11NotificationAcceptedInPerson
from .reg_12_accepted_in_person import Reg12AcceptedInPerson
from .reg_12_fuel_assistance_facts import Reg12FuelAssistanceFacts
from .reg_12_fuel_assistance_facts_category_type_0 import Reg12FuelAssistanceFactsCategoryType0
from .reg_13_accepted_in_person import Reg13AcceptedInPerson
from .reg_13_approval import Reg13Approval
from .reg_13tsa_membership_certificate_decision import Reg13TSAMembershipCertificateDecision
from .reg_13tsa_membership_certificate_facts import Reg13TSAMembershipCertificateFacts
from .reg_14_accepted_in_person import Reg14AcceptedInPerson
from .reg_14_approval import Reg14Approval
from .reg_14_employment_measure_referral_facts import Reg14EmploymentMeasureReferralFacts
from .reg_14_employment_measure_referral_facts_measure_type_0 import Reg14EmploymentMeasureReferralFactsMeasureType0
from .reg_14_referral_decision import Reg14ReferralDecision
from .reg_15_accepted_in_person import Reg15AcceptedInPerson
from .reg_15_accepted_in_person_sub_service_type_0 import Reg15AcceptedInPersonSubServiceType0
from .reg_15_approval import Reg15Approval
from .reg_15_approval_sub_service import Reg15ApprovalSubService
from .reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision
from .reg_15_oralman_status_facts import Reg15OralmanStatusFacts
from .reg_16_accepted_in_person import Reg16AcceptedInPerson
from .reg_16_accepted_in_person_sub_service_type_0 import Reg16AcceptedInPersonSubServiceType0
from .reg_16_approval import Reg16Approval
from .reg_16_approval_sub_service import Reg16ApprovalSubService
from .reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision
from .reg_16_foreign_labour_permit_facts import Reg16ForeignLabourPermitFacts
from .reg_17_certificate_accepted_in_person import Reg17CertificateAcceptedInPerson
from .reg_17_certificate_approval import Reg17CertificateApproval
from .reg_17_duplicate_accepted_in_person import Reg17DuplicateAcceptedInPerson
from .reg_17_duplicate_approval import Reg17DuplicateApproval
from .reg_17_duplicate_certificate_decision import Reg17DuplicateCertificateDecision
from .reg_17_duplicate_certificate_facts import Reg17DuplicateCertificateFacts
from .reg_17_duplicate_certificate_facts_why_a_duplicate import Reg17DuplicateCertificateFactsWhyADuplicate
from .reg_17_rehabilitated_person_certificate_decision import Reg17RehabilitatedPersonCertificateDecision
from .reg_17_rehabilitated_person_certificate_facts import Reg17RehabilitatedPersonCertificateFacts
from .reg_18_accepted_in_person import Reg18AcceptedInPerson
from .reg_18_housing_assistance_facts import Reg18HousingAssistanceFacts
from .reg_1_duplicate import Reg1Duplicate
from .reg_1_duplicate_accepted_in_person import Reg1DuplicateAcceptedInPerson
from .reg_1_duplicate_approval import Reg1DuplicateApproval
from .reg_1_duplicate_certificate_decision import Reg1DuplicateCertificateDecision
from .reg_1_duplicate_certificate_facts import Reg1DuplicateCertificateFacts
from .reg_1_duplicate_certificate_facts_why_a_duplicate import Reg1DuplicateCertificateFactsWhyADuplicate
from .reg_1_duplicate_reason import Reg1DuplicateReason
from .reg_1_first_registration_accepted_in_person import Reg1FirstRegistrationAcceptedInPerson
from .reg_1_first_registration_approval import Reg1FirstRegistrationApproval
from .reg_1_first_registration_decision import Reg1FirstRegistrationDecision
from .reg_1_first_registration_facts import Reg1FirstRegistrationFacts
from .reg_1_recognition import Reg1Recognition
from .reg_2_accepted_in_person import Reg2AcceptedInPerson
from .reg_2_approval import Reg2Approval
from .reg_3_accepted_in_person import Reg3AcceptedInPerson
from .reg_3_approval import Reg3Approval
from .reg_4_accepted_in_person import Reg4AcceptedInPerson
from .reg_4_targeted_social_assistance_facts import Reg4TargetedSocialAssistanceFacts
from .reg_5_accepted_in_person import Reg5AcceptedInPerson
from .reg_5_approval import Reg5Approval
from .reg_6_accepted_in_person import Reg6AcceptedInPerson
from .reg_6_approval import Reg6Approval
from .reg_7_accepted_in_person import Reg7AcceptedInPerson
from .reg_7_approval import Reg7Approval
from .reg_8_accepted_in_person import Reg8AcceptedInPerson
from .reg_8_approval import Reg8Approval
from .reg_9_accepted_in_person import Reg9AcceptedInPerson
from .reg_9_approval import Reg9Approval
from .register_in import RegisterIn
from .regs_2357_disability_aid_facts import Regs2357DisabilityAidFacts
from .regs_2357_disability_aid_facts_disability_group_type_0 import Regs2357DisabilityAidFactsDisabilityGroupType0
from .regs_235911_notification_decision import Regs235911NotificationDecision
from .regs_89_special_social_services_facts import Regs89SpecialSocialServicesFacts
from .regs_89_special_social_services_facts_category_type_0 import Regs89SpecialSocialServicesFactsCategoryType0
from .regs_89_special_social_services_facts_disability_group_type_0 import Regs89SpecialSocialServicesFactsDisabilityGroupType0
from .rehabilitated_person_certificate import RehabilitatedPersonCertificate
from .rehabilitated_person_certificate_duplicate import RehabilitatedPersonCertificateDuplicate
from .return_in import ReturnIn
from .service_notice import ServiceNotice
from .sign_in import SignIn
from .sla_row import SlaRow
from .step_out import StepOut
from .tsa_membership_document import TsaMembershipDocument
from .zone_period import ZonePeriod
from .zone_period_lived_worked_or_served import ZonePeriodLivedWorkedOrServed
from .zone_period_zone_of_radiation_risk import ZonePeriodZoneOfRadiationRisk

__all__ = (
    "ActInForce",
    "Applicant",
    "ApplicantKind",
    "CaseAction",
    "CaseDetail",
    "CaseListV1CasesGetOutcome",
    "CaseListV1CasesGetSort",
    "CaseListV1CasesGetStatus",
    "CasePage",
    "CaseStatus",
    "CaseSummary",
    "Child",
    "CostItem",
    "DecisionDocument",
    "DecisionDocumentOutcome",
    "DecisionDocumentPayload",
    "ExecutorIn",
    "ExtensionIn",
    "ExtensionOption",
    "FamilyMember",
    "FamilyMemberRelation",
    "FeeIn",
    "FieldError",
    "ForeignLabourPermit",
    "ForeignLabourPermitStageType0",
    "ForeignLabourPermitVariantType0",
    "HistoryItem",
    "HousingCost",
    "HousingCostKindOfCost",
    "InboxItem",
    "Income",
    "IncomeItem",
    "IncomeKindOfIncome",
    "InformationRequestIn",
    "IssueIn",
    "KeySetOut",
    "LegalEntityApplicant",
    "NoticeIn",
    "NoticeOut",
    "OralmanDocument",
    "OralmanDocumentAction",
    "OrganisationKind",
    "OrganisationRef",
    "Payout",
    "PayoutKind",
    "Period",
    "PersonApplicant",
    "Problem",
    "PublishedKey",
    "ReassignIn",
    "RecognitionPeriod",
    "RecognitionPeriodKind",
    "RecognitionPeriodZone",
    "Referral",
    "ReferralKind",
    "Refusal",
    "RefusalRegulationId",
    "RefusalSubServiceType0",
    "Reg10AcceptedInPerson",
    "Reg10MaslikhatSocialAssistanceFacts",
    "Reg11HomeSchoolingCompensationFacts",
    "Reg11InformationAcceptedInPerson",
    "Reg11InformationApproval",
    "Reg11InformationOnAnAssignmentFacts",
    "Reg11NotificationAcceptedInPerson",
    "Reg12AcceptedInPerson",
    "Reg12FuelAssistanceFacts",
    "Reg12FuelAssistanceFactsCategoryType0",
    "Reg13AcceptedInPerson",
    "Reg13Approval",
    "Reg13TSAMembershipCertificateDecision",
    "Reg13TSAMembershipCertificateFacts",
    "Reg14AcceptedInPerson",
    "Reg14Approval",
    "Reg14EmploymentMeasureReferralFacts",
    "Reg14EmploymentMeasureReferralFactsMeasureType0",
    "Reg14ReferralDecision",
    "Reg15AcceptedInPerson",
    "Reg15AcceptedInPersonSubServiceType0",
    "Reg15Approval",
    "Reg15ApprovalSubService",
    "Reg15OralmanCertificateDecision",
    "Reg15OralmanStatusFacts",
    "Reg16AcceptedInPerson",
    "Reg16AcceptedInPersonSubServiceType0",
    "Reg16Approval",
    "Reg16ApprovalSubService",
    "Reg16ForeignLabourPermitDecision",
    "Reg16ForeignLabourPermitFacts",
    "Reg17CertificateAcceptedInPerson",
    "Reg17CertificateApproval",
    "Reg17DuplicateAcceptedInPerson",
    "Reg17DuplicateApproval",
    "Reg17DuplicateCertificateDecision",
    "Reg17DuplicateCertificateFacts",
    "Reg17DuplicateCertificateFactsWhyADuplicate",
    "Reg17RehabilitatedPersonCertificateDecision",
    "Reg17RehabilitatedPersonCertificateFacts",
    "Reg18AcceptedInPerson",
    "Reg18HousingAssistanceFacts",
    "Reg1Duplicate",
    "Reg1DuplicateAcceptedInPerson",
    "Reg1DuplicateApproval",
    "Reg1DuplicateCertificateDecision",
    "Reg1DuplicateCertificateFacts",
    "Reg1DuplicateCertificateFactsWhyADuplicate",
    "Reg1DuplicateReason",
    "Reg1FirstRegistrationAcceptedInPerson",
    "Reg1FirstRegistrationApproval",
    "Reg1FirstRegistrationDecision",
    "Reg1FirstRegistrationFacts",
    "Reg1Recognition",
    "Reg2AcceptedInPerson",
    "Reg2Approval",
    "Reg3AcceptedInPerson",
    "Reg3Approval",
    "Reg4AcceptedInPerson",
    "Reg4TargetedSocialAssistanceFacts",
    "Reg5AcceptedInPerson",
    "Reg5Approval",
    "Reg6AcceptedInPerson",
    "Reg6Approval",
    "Reg7AcceptedInPerson",
    "Reg7Approval",
    "Reg8AcceptedInPerson",
    "Reg8Approval",
    "Reg9AcceptedInPerson",
    "Reg9Approval",
    "RegisterIn",
    "Regs2357DisabilityAidFacts",
    "Regs2357DisabilityAidFactsDisabilityGroupType0",
    "Regs235911NotificationDecision",
    "Regs89SpecialSocialServicesFacts",
    "Regs89SpecialSocialServicesFactsCategoryType0",
    "Regs89SpecialSocialServicesFactsDisabilityGroupType0",
    "RehabilitatedPersonCertificate",
    "RehabilitatedPersonCertificateDuplicate",
    "ReturnIn",
    "ServiceNotice",
    "SignIn",
    "SlaRow",
    "StepOut",
    "TsaMembershipDocument",
    "ZonePeriod",
    "ZonePeriodLivedWorkedOrServed",
    "ZonePeriodZoneOfRadiationRisk",
)
