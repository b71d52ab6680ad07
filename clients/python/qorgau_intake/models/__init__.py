""" Contains all the data models used in inputs/outputs """

from .accepts import Accepts
from .act_in_force import ActInForce
from .actor import Actor
from .applicant import Applicant
from .applicant_kind import ApplicantKind
from .application_action import ApplicationAction
from .application_page import ApplicationPage
from .application_summary import ApplicationSummary
from .application_view import ApplicationView
from .child import Child
from .document_in import DocumentIn
from .document_out import DocumentOut
from .document_presented import DocumentPresented
from .family_member import FamilyMember
from .family_member_relation import FamilyMemberRelation
from .field_error import FieldError
from .forward_request import ForwardRequest
from .hand_over_request import HandOverRequest
from .hand_over_request_recipient import HandOverRequestRecipient
from .housing_cost import HousingCost
from .housing_cost_kind_of_cost import HousingCostKindOfCost
from .income import Income
from .income_kind_of_income import IncomeKindOfIncome
from .key_set_out import KeySetOut
from .legal_entity_applicant import LegalEntityApplicant
from .list_applications_v1_applications_get_channel import ListApplicationsV1ApplicationsGetChannel
from .list_applications_v1_applications_get_status import ListApplicationsV1ApplicationsGetStatus
from .listed_item import ListedItem
from .organisation_kind import OrganisationKind
from .organisation_ref import OrganisationRef
from .organisation_view import OrganisationView
from .payout import Payout
from .payout_kind import PayoutKind
from .person_applicant import PersonApplicant
from .problem import Problem
from .provider_ref import ProviderRef
from .published_key import PublishedKey
from .receipt_view import ReceiptView
from .recorded_event import RecordedEvent
from .reg_10_maslikhat_social_assistance_facts import Reg10MaslikhatSocialAssistanceFacts
from .reg_10_submission import Reg10Submission
from .reg_10_submission_refusal_reasons_item import Reg10SubmissionRefusalReasonsItem
from .reg_11_home_schooling_compensation_facts import Reg11HomeSchoolingCompensationFacts
from .reg_11_information_on_an_assignment_facts import Reg11InformationOnAnAssignmentFacts
from .reg_11_information_submission import Reg11InformationSubmission
from .reg_11_information_submission_refusal_reasons_item import Reg11InformationSubmissionRefusalReasonsItem
from .reg_11_notification_submission import Reg11NotificationSubmission
from .reg_11_notification_submission_refusal_reasons_item import Reg11NotificationSubmissionRefusalReasonsItem
from .reg_12_fuel_assistance_facts import Reg12FuelAssistanceFacts
from .reg_12_fuel_assistance_facts_category_type_0 import Reg12FuelAssistanceFactsCategoryType0
from .reg_12_submission import Reg12Submission
from .reg_12_submission_refusal_reasons_item import Reg12SubmissionRefusalReasonsItem
from .reg_13_submission import Reg13Submission
from .reg_13_submission_refusal_reasons_item import Reg13SubmissionRefusalReasonsItem
from .reg_13tsa_membership_certificate_facts import Reg13TSAMembershipCertificateFacts
from .reg_14_employment_measure_referral_facts import Reg14EmploymentMeasureReferralFacts
from .reg_14_employment_measure_referral_facts_measure_type_0 import Reg14EmploymentMeasureReferralFactsMeasureType0
from .reg_14_submission import Reg14Submission
from .reg_14_submission_refusal_reasons_item import Reg14SubmissionRefusalReasonsItem
from .reg_15_oralman_status_facts import Reg15OralmanStatusFacts
from .reg_15_submission import Reg15Submission
from .reg_15_submission_refusal_reasons_item import Reg15SubmissionRefusalReasonsItem
from .reg_15_submission_sub_service import Reg15SubmissionSubService
from .reg_16_foreign_labour_permit_facts import Reg16ForeignLabourPermitFacts
from .reg_16_submission import Reg16Submission
from .reg_16_submission_refusal_reasons_item import Reg16SubmissionRefusalReasonsItem
from .reg_16_submission_sub_service import Reg16SubmissionSubService
from .reg_17_certificate_submission import Reg17CertificateSubmission
from .reg_17_certificate_submission_refusal_reasons_item import Reg17CertificateSubmissionRefusalReasonsItem
from .reg_17_duplicate_certificate_facts import Reg17DuplicateCertificateFacts
from .reg_17_duplicate_certificate_facts_why_a_duplicate import Reg17DuplicateCertificateFactsWhyADuplicate
from .reg_17_duplicate_submission import Reg17DuplicateSubmission
from .reg_17_duplicate_submission_refusal_reasons_item import Reg17DuplicateSubmissionRefusalReasonsItem
from .reg_17_rehabilitated_person_certificate_facts import Reg17RehabilitatedPersonCertificateFacts
from .reg_18_housing_assistance_facts import Reg18HousingAssistanceFacts
from .reg_18_submission import Reg18Submission
from .reg_18_submission_refusal_reasons_item import Reg18SubmissionRefusalReasonsItem
from .reg_1_duplicate_certificate_facts import Reg1DuplicateCertificateFacts
from .reg_1_duplicate_certificate_facts_why_a_duplicate import Reg1DuplicateCertificateFactsWhyADuplicate
from .reg_1_duplicate_submission import Reg1DuplicateSubmission
from .reg_1_duplicate_submission_refusal_reasons_item import Reg1DuplicateSubmissionRefusalReasonsItem
from .reg_1_first_registration_facts import Reg1FirstRegistrationFacts
from .reg_1_first_registration_submission import Reg1FirstRegistrationSubmission
from .reg_1_first_registration_submission_refusal_reasons_item import Reg1FirstRegistrationSubmissionRefusalReasonsItem
from .reg_2_submission import Reg2Submission
from .reg_2_submission_refusal_reasons_item import Reg2SubmissionRefusalReasonsItem
from .reg_3_submission import Reg3Submission
from .reg_3_submission_refusal_reasons_item import Reg3SubmissionRefusalReasonsItem
from .reg_4_submission import Reg4Submission
from .reg_4_submission_refusal_reasons_item import Reg4SubmissionRefusalReasonsItem
from .reg_4_targeted_social_assistance_facts import Reg4TargetedSocialAssistanceFacts
from .reg_5_submission import Reg5Submission
from .reg_5_submission_refusal_reasons_item import Reg5SubmissionRefusalReasonsItem
from .reg_6_submission import Reg6Submission
from .reg_6_submission_refusal_reasons_item import Reg6SubmissionRefusalReasonsItem
from .reg_7_submission import Reg7Submission
from .reg_7_submission_refusal_reasons_item import Reg7SubmissionRefusalReasonsItem
from .reg_8_submission import Reg8Submission
from .reg_8_submission_refusal_reasons_item import Reg8SubmissionRefusalReasonsItem
from .reg_9_submission import Reg9Submission
from .reg_9_submission_refusal_reasons_item import Reg9SubmissionRefusalReasonsItem
from .registered_elsewhere_out import RegisteredElsewhereOut
from .regs_2357_disability_aid_facts import Regs2357DisabilityAidFacts
from .regs_2357_disability_aid_facts_disability_group_type_0 import Regs2357DisabilityAidFactsDisabilityGroupType0
from .regs_89_special_social_services_facts import Regs89SpecialSocialServicesFacts
from .regs_89_special_social_services_facts_category_type_0 import Regs89SpecialSocialServicesFactsCategoryType0
from .regs_89_special_social_services_facts_disability_group_type_0 import Regs89SpecialSocialServicesFactsDisabilityGroupType0
from .representative import Representative
from .representative_in import RepresentativeIn
from .result_view import ResultView
from .role import Role
from .zone_period import ZonePeriod
from .zone_period_lived_worked_or_served import ZonePeriodLivedWorkedOrServed
from .zone_period_zone_of_radiation_risk import ZonePeriodZoneOfRadiationRisk

__all__ = (
    "Accepts",
    "ActInForce",
    "Actor",
    "Applicant",
    "ApplicantKind",
    "ApplicationAction",
    "ApplicationPage",
    "ApplicationSummary",
    "ApplicationView",
    "Child",
    "DocumentIn",
    "DocumentOut",
    "DocumentPresented",
    "FamilyMember",
    "FamilyMemberRelation",
    "FieldError",
    "ForwardRequest",
    "HandOverRequest",
    "HandOverRequestRecipient",
    "HousingCost",
    "HousingCostKindOfCost",
    "Income",
    "IncomeKindOfIncome",
    "KeySetOut",
    "LegalEntityApplicant",
    "ListApplicationsV1ApplicationsGetChannel",
    "ListApplicationsV1ApplicationsGetStatus",
    "ListedItem",
    "OrganisationKind",
    "OrganisationRef",
    "OrganisationView",
    "Payout",
    "PayoutKind",
    "PersonApplicant",
    "Problem",
    "ProviderRef",
    "PublishedKey",
    "ReceiptView",
    "RecordedEvent",
    "Reg10MaslikhatSocialAssistanceFacts",
    "Reg10Submission",
    "Reg10SubmissionRefusalReasonsItem",
    "Reg11HomeSchoolingCompensationFacts",
    "Reg11InformationOnAnAssignmentFacts",
    "Reg11InformationSubmission",
    "Reg11InformationSubmissionRefusalReasonsItem",
    "Reg11NotificationSubmission",
    "Reg11NotificationSubmissionRefusalReasonsItem",
    "Reg12FuelAssistanceFacts",
    "Reg12FuelAssistanceFactsCategoryType0",
    "Reg12Submission",
    "Reg12SubmissionRefusalReasonsItem",
    "Reg13Submission",
    "Reg13SubmissionRefusalReasonsItem",
    "Reg13TSAMembershipCertificateFacts",
    "Reg14EmploymentMeasureReferralFacts",
    "Reg14EmploymentMeasureReferralFactsMeasureType0",
    "Reg14Submission",
    "Reg14SubmissionRefusalReasonsItem",
    "Reg15OralmanStatusFacts",
    "Reg15Submission",
    "Reg15SubmissionRefusalReasonsItem",
    "Reg15SubmissionSubService",
    "Reg16ForeignLabourPermitFacts",
    "Reg16Submission",
    "Reg16SubmissionRefusalReasonsItem",
    "Reg16SubmissionSubService",
    "Reg17CertificateSubmission",
    "Reg17CertificateSubmissionRefusalReasonsItem",
    "Reg17DuplicateCertificateFacts",
    "Reg17DuplicateCertificateFactsWhyADuplicate",
    "Reg17DuplicateSubmission",
    "Reg17DuplicateSubmissionRefusalReasonsItem",
    "Reg17RehabilitatedPersonCertificateFacts",
    "Reg18HousingAssistanceFacts",
    "Reg18Submission",
    "Reg18SubmissionRefusalReasonsItem",
    "Reg1DuplicateCertificateFacts",
    "Reg1DuplicateCertificateFactsWhyADuplicate",
    "Reg1DuplicateSubmission",
    "Reg1DuplicateSubmissionRefusalReasonsItem",
    "Reg1FirstRegistrationFacts",
    "Reg1FirstRegistrationSubmission",
    "Reg1FirstRegistrationSubmissionRefusalReasonsItem",
    "Reg2Submission",
    "Reg2SubmissionRefusalReasonsItem",
    "Reg3Submission",
    "Reg3SubmissionRefusalReasonsItem",
    "Reg4Submission",
    "Reg4SubmissionRefusalReasonsItem",
    "Reg4TargetedSocialAssistanceFacts",
    "Reg5Submission",
    "Reg5SubmissionRefusalReasonsItem",
    "Reg6Submission",
    "Reg6SubmissionRefusalReasonsItem",
    "Reg7Submission",
    "Reg7SubmissionRefusalReasonsItem",
    "Reg8Submission",
    "Reg8SubmissionRefusalReasonsItem",
    "Reg9Submission",
    "Reg9SubmissionRefusalReasonsItem",
    "RegisteredElsewhereOut",
    "Regs2357DisabilityAidFacts",
    "Regs2357DisabilityAidFactsDisabilityGroupType0",
    "Regs89SpecialSocialServicesFacts",
    "Regs89SpecialSocialServicesFactsCategoryType0",
    "Regs89SpecialSocialServicesFactsDisabilityGroupType0",
    "Representative",
    "RepresentativeIn",
    "ResultView",
    "Role",
    "ZonePeriod",
    "ZonePeriodLivedWorkedOrServed",
    "ZonePeriodZoneOfRadiationRisk",
)
