""" Contains all the data models used in inputs/outputs """

from .accept_in_person import AcceptInPerson
from .accept_in_person_facts import AcceptInPersonFacts
from .act_in_force import ActInForce
from .applicant_in import ApplicantIn
from .applicant_in_kind import ApplicantInKind
from .assignment import Assignment
from .assignment_kind import AssignmentKind
from .case_action import CaseAction
from .case_detail import CaseDetail
from .case_list_v1_cases_get_outcome import CaseListV1CasesGetOutcome
from .case_list_v1_cases_get_sort import CaseListV1CasesGetSort
from .case_list_v1_cases_get_status import CaseListV1CasesGetStatus
from .case_page import CasePage
from .case_status import CaseStatus
from .case_summary import CaseSummary
from .cost_item import CostItem
from .draft_in import DraftIn
from .draft_in_a_refusal_no_payload import DraftInARefusalNoPayload
from .draft_in_outcome import DraftInOutcome
from .executor_in import ExecutorIn
from .extension_in import ExtensionIn
from .extension_option import ExtensionOption
from .family_member import FamilyMember
from .family_member_relation import FamilyMemberRelation
from .fee_in import FeeIn
from .field_error import FieldError
from .history_item import HistoryItem
from .inbox_item import InboxItem
from .income_item import IncomeItem
from .information_request_in import InformationRequestIn
from .issue_in import IssueIn
from .labour_permit_document import LabourPermitDocument
from .labour_permit_document_stage import LabourPermitDocumentStage
from .labour_permit_document_variant import LabourPermitDocumentVariant
from .notice_in import NoticeIn
from .notice_out import NoticeOut
from .oralman_document import OralmanDocument
from .oralman_document_action import OralmanDocumentAction
from .payout import Payout
from .payout_kind import PayoutKind
from .period import Period
from .problem import Problem
from .reassign_in import ReassignIn
from .recognition_period import RecognitionPeriod
from .recognition_period_kind import RecognitionPeriodKind
from .recognition_period_zone import RecognitionPeriodZone
from .referral import Referral
from .referral_kind import ReferralKind
from .reg_13tsa_membership_certificate_decision import Reg13TSAMembershipCertificateDecision
from .reg_14_referral_decision import Reg14ReferralDecision
from .reg_15_oralman_certificate_decision import Reg15OralmanCertificateDecision
from .reg_16_foreign_labour_permit_decision import Reg16ForeignLabourPermitDecision
from .reg_17_rehabilitated_person_certificate_decision import Reg17RehabilitatedPersonCertificateDecision
from .reg_1_duplicate import Reg1Duplicate
from .reg_1_duplicate_certificate_decision import Reg1DuplicateCertificateDecision
from .reg_1_duplicate_reason import Reg1DuplicateReason
from .reg_1_first_registration_decision import Reg1FirstRegistrationDecision
from .reg_1_recognition import Reg1Recognition
from .register_in import RegisterIn
from .regs_235911_notification_decision import Regs235911NotificationDecision
from .regs_410111218_assignment_decision import Regs410111218AssignmentDecision
from .rehabilitated_document import RehabilitatedDocument
from .return_in import ReturnIn
from .service_notice import ServiceNotice
from .sign_in import SignIn
from .sla_row import SlaRow
from .step_out import StepOut
from .tsa_membership_document import TsaMembershipDocument

__all__ = (
    "AcceptInPerson",
    "AcceptInPersonFacts",
    "ActInForce",
    "ApplicantIn",
    "ApplicantInKind",
    "Assignment",
    "AssignmentKind",
    "CaseAction",
    "CaseDetail",
    "CaseListV1CasesGetOutcome",
    "CaseListV1CasesGetSort",
    "CaseListV1CasesGetStatus",
    "CasePage",
    "CaseStatus",
    "CaseSummary",
    "CostItem",
    "DraftIn",
    "DraftInARefusalNoPayload",
    "DraftInOutcome",
    "ExecutorIn",
    "ExtensionIn",
    "ExtensionOption",
    "FamilyMember",
    "FamilyMemberRelation",
    "FeeIn",
    "FieldError",
    "HistoryItem",
    "InboxItem",
    "IncomeItem",
    "InformationRequestIn",
    "IssueIn",
    "LabourPermitDocument",
    "LabourPermitDocumentStage",
    "LabourPermitDocumentVariant",
    "NoticeIn",
    "NoticeOut",
    "OralmanDocument",
    "OralmanDocumentAction",
    "Payout",
    "PayoutKind",
    "Period",
    "Problem",
    "ReassignIn",
    "RecognitionPeriod",
    "RecognitionPeriodKind",
    "RecognitionPeriodZone",
    "Referral",
    "ReferralKind",
    "Reg13TSAMembershipCertificateDecision",
    "Reg14ReferralDecision",
    "Reg15OralmanCertificateDecision",
    "Reg16ForeignLabourPermitDecision",
    "Reg17RehabilitatedPersonCertificateDecision",
    "Reg1Duplicate",
    "Reg1DuplicateCertificateDecision",
    "Reg1DuplicateReason",
    "Reg1FirstRegistrationDecision",
    "Reg1Recognition",
    "RegisterIn",
    "Regs235911NotificationDecision",
    "Regs410111218AssignmentDecision",
    "RehabilitatedDocument",
    "ReturnIn",
    "ServiceNotice",
    "SignIn",
    "SlaRow",
    "StepOut",
    "TsaMembershipDocument",
)
