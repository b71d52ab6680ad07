"""What the services' codes are called on screen: steps, statuses, events, roles, places.

Every label is an English source string marked for the catalogue (`N_`) and translated where it
is shown. The regulations' own names, sub-services and documents come from the catalogue in
`contracts` (their English text is the message id, translated in the same catalogues).
"""

from contextlib import suppress
from datetime import date
from functools import cache

from contracts.catalogue import Catalogue, Regulation, catalogue_for, load_catalogue

from .i18n import N_, gettext

STEPS = {
    "register": N_("Register the case"),
    "assign_executor": N_("Assign the responsible executor"),
    "decide": N_("Decide"),
    "draft_result": N_("Draft the result"),
    "accept_and_draft": N_("Accept and draft the result"),
    "issue_certificate": N_("Issue the certificate"),
    "issue_duplicate": N_("Issue the duplicate"),
    "send_for_signature": N_("Send for signature"),
    "sign_result": N_("Sign the result"),
    "issue_result": N_("Issue the result"),
    "pay_compensation": N_("Pay the compensation"),
    "stage_1_notify": N_("Notify of the permit (stage 1)"),
    "stage_2_permit": N_("Issue the permit (stage 2)"),
    "sc_accept": N_("Accept at the State Corporation"),
    "sc_forward": N_("Forward to the provider"),
    "sc_collect_result": N_("Collect the result"),
    "sc_hand_over": N_("Hand over the result"),
    "sc_courier_documents": N_("Courier the documents"),
    "sc_courier_result": N_("Courier the result"),
    "centre_accept": N_("Accept at the Employment Centre"),
    "centre_forward": N_("Forward from the Employment Centre"),
    "centre_collect_result": N_("Collect the result at the Employment Centre"),
    "centre_hand_over": N_("Hand over at the Employment Centre"),
    "portal_request": N_("Request on the e-government portal"),
    "portal_status": N_("Status on the e-government portal"),
}

APPLICATION_STATUSES = {
    "accepted": N_("Accepted, to forward"),
    "refused": N_("Refused at intake"),
    "forwarded": N_("Forwarded to the provider"),
    "result_received": N_("Result received, to hand over"),
    "handed_over": N_("Handed over"),
    "returned_to_provider": N_("Returned to the provider"),
}

CASE_PHASES = {
    "in_progress": N_("In progress"),
    "decided": N_("Signed, to issue"),
    "issued": N_("Issued"),
    "open": N_("Open"),
    "closed": N_("Closed"),
}

OUTCOMES = {"approved": N_("Approved"), "refused": N_("Refused")}

DOCUMENT_STATUSES = {
    "requested": N_("To issue"),
    "issued": N_("Issued"),
    "replaced": N_("Replaced by a duplicate"),
    "revoked": N_("Revoked"),
}

# The registry names its documents in English; what they are called here, by kind.
DOCUMENT_TITLES = {
    "semey_certificate": N_("Certificate of a citizen affected by the nuclear tests at the "
                            "Semey test site"),
    "tsa_membership_certificate": N_("Certificate of (non-)membership of a family receiving "
                                     "targeted social assistance"),
    "oralman_certificate": N_("Oralman certificate"),
    "foreign_labour_permit": N_("Permit to attract foreign labour"),
    "rehabilitated_certificate": N_("Certificate of a rehabilitated person"),
}

REPLACE_REASONS = {"lost": N_("Lost"), "damaged": N_("Damaged")}

VERIFICATION = {
    "valid": N_("Valid"),
    "revoked": N_("Revoked"),
    "replaced": N_("Replaced by a duplicate"),
    "expired": N_("Expired"),
    "unknown": N_("Not found"),
}

PAYMENT_STATUSES = {
    "awaiting_details": N_("Awaiting payout details"),
    "ready": N_("Ready to order"),
    "ordered": N_("Ordered, awaiting the treasury"),
    "returned": N_("Returned by the treasury"),
    "confirmed": N_("Paid"),
    "conflict": N_("Conflict: already paid to this person"),
}

ENVELOPE_STATUSES = {
    "released": N_("Released"),
    "accepted": N_("Accepted by the treasury"),
    "rejected": N_("Rejected by the treasury"),
}

ROLES = {
    "operator": N_("Operator"),
    "office_clerk": N_("Office clerk"),
    "head": N_("Head"),
    "responsible_executor": N_("Responsible executor"),
    "registry_officer": N_("Registry officer"),
    "payments_officer": N_("Payments officer"),
    "treasury": N_("Treasury"),
    "auditor": N_("Auditor"),
    "system": N_("System"),
}

KINDS = {
    "state_corporation": N_("State Corporation front office"),
    "district_department": N_("District department"),
    "rural_akim": N_("Rural akim's office"),
    "employment_centre": N_("Employment Centre"),
    "oblast_department": N_("Oblast department"),
    "portal": N_("E-government portal"),
    "treasury": N_("Treasury"),
    "public": N_("Public"),
}

CHANNELS = {
    "state_corporation": N_("State Corporation"),
    "provider_office": N_("Provider's office"),
    "rural_akim": N_("Rural akim"),
    "employment_centre": N_("Employment Centre"),
    "portal": N_("E-government portal"),
}

DISTRICTS = {
    "balkhash": N_("Balkhash district"),
    "enbekshikazakh": N_("Enbekshikazakh district"),
    "ile": N_("Ile district"),
    "karasai": N_("Karasai district"),
    "kegen": N_("Kegen district"),
    "konaev": N_("Konaev city"),
    "raiymbek": N_("Raiymbek district"),
    "talgar": N_("Talgar district"),
    "uigur": N_("Uigur district"),
    "zhambyl": N_("Zhambyl district"),
}

ZONES = {
    "extreme": N_("Extreme radiation risk zone"),
    "maximum": N_("Maximum radiation risk zone"),
    "increased": N_("Increased radiation risk zone"),
    "minimal": N_("Minimal radiation risk zone"),
    "preferential": N_("Zone with preferential socio-economic status"),
}

PERIOD_KINDS = {"residence": N_("Residence"), "work": N_("Work"), "service": N_("Military service")}

EVENTS = {
    "workflow.CaseOpened": N_("Case opened"),
    "workflow.CaseRegistered": N_("Case registered"),
    "workflow.ExecutorAssigned": N_("Responsible executor assigned"),
    "workflow.InformationRequested": N_("Information requested"),
    "workflow.TermExtended": N_("Term extended"),
    "workflow.ApplicantNotified": N_("Applicant notified of the extension"),
    "workflow.DecisionDrafted": N_("Decision drafted"),
    "workflow.SentForSignature": N_("Sent for signature"),
    "workflow.DraftReturned": N_("Draft returned for rework"),
    "workflow.DecisionSigned": N_("Decision signed"),
    "workflow.ResultIssued": N_("Result issued"),
    "workflow.FeePaid": N_("Fee paid"),
    "workflow.StepOverdue": N_("Step overdue"),
    "workflow.NoticeOverdue": N_("Applicant notice overdue"),
    "workflow.StepStarted": N_("Step started"),
}

# Refusing to provide a service needs a coded reason (the decision lists it); the provider adds
# its own words. Codes are the console's until the workflow contract names them.
REFUSAL_REASONS = {
    "not_eligible": N_("The applicant is not eligible under the regulation"),
    "not_confirmed": N_("The facts stated are not confirmed by the bodies asked"),
    "false_documents": N_("The documents hold false or unreliable information"),
    "already_provided": N_("The service has already been provided to the applicant"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code; an unknown code is shown as it is."""
    if code is None:
        return "—"
    found = table.get(code)
    return gettext(found) if found else code


def _in_force(day: date) -> Catalogue:
    """The version in force on `day`; where the deployment has none in force (an act repealed
    without a continuation), the latest version still names things: labels only, the services
    decide what may be applied for."""
    try:
        return catalogue_for(day)
    except Exception:  # any refusal of the act falls back to naming only
        return load_catalogue().latest


@cache
def _catalogue_on(day: date, version: str | None = None) -> dict[int, Regulation]:
    found = _in_force(day)
    if version is not None:
        with suppress(KeyError):
            found = load_catalogue().version(version)
    return {r.id: r for r in found.regulations}


def regulations(today: date) -> list[Regulation]:
    return sorted(_catalogue_on(today).values(), key=lambda r: r.id)


def regulation(regulation_id: int, today: date, version: str | None = None) -> Regulation:
    """The regulation as the catalogue version says (a case's own, or the one in force)."""
    return _catalogue_on(today, version)[regulation_id]


def regulation_name(regulation_id: int, today: date) -> str:
    try:
        return gettext(regulation(regulation_id, today).name.en)
    except KeyError:
        return str(regulation_id)


def sub_service_name(regulation_id: int, sub_service: str | None, today: date) -> str:
    if sub_service is None:
        return ""
    for sub in regulation(regulation_id, today).sub_services:
        if sub.id == sub_service:
            return gettext(sub.en)
    return sub_service


# The codes the contract's facts choose between, as people read them.
CHOICES = {
    **ZONES, **PERIOD_KINDS,
    "lost": N_("Lost"), "damaged": N_("Damaged"),
    "bank_account": N_("The applicant's bank account"),
    "institution_control_account": N_("Control account of a penitentiary institution"),
    "spouse": N_("Spouse"), "child": N_("Child"), "parent": N_("Parent"),
    "sibling": N_("Brother or sister"), "other": N_("Other"),
    "wages": N_("Wages"), "pension": N_("Pension"), "benefit": N_("Benefit"),
    "business": N_("Business"), "alimony": N_("Alimony"), "agriculture": N_("Agriculture"),
    "rent": N_("Rent"), "utilities": N_("Utilities"), "maintenance": N_("Maintenance"),
    "fuel": N_("Fuel"),
    "first": N_("First group"), "second": N_("Second group"), "third": N_("Third group"),
    "elderly": N_("An elderly person"), "disabled_adult": N_("An adult with a disability"),
    "disabled_child": N_("A child with a disability"),
    "education": N_("Education"), "health": N_("Health care"),
    "social_protection": N_("Social protection"), "culture": N_("Culture"), "sport": N_("Sport"),
    "veterinary": N_("Veterinary"),
    "employment": N_("Employment"), "youth_practice": N_("Youth practice"),
    "social_jobs": N_("Social jobs"), "public_works": N_("Public works"),
}
