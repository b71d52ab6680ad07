"""Which regulation issues which document, and how long the registry has to issue it.

The terms are the regulations' own (akimat resolution No. 81); the due time is always computed by
`contracts.calendar` from the decision's signature, in the issuing authority's office hours.
"""

from datetime import datetime

from contracts.calendar import OFFICE_HOURS, due
from contracts.durations import Duration, DurationUnit
from contracts.identity import OrganisationKind
from contracts.registry_events import DocumentKind

KIND_BY_REGULATION = {
    1: DocumentKind.SEMEY_CERTIFICATE,
    13: DocumentKind.TSA_MEMBERSHIP_CERTIFICATE,
    15: DocumentKind.ORALMAN_CERTIFICATE,
    16: DocumentKind.FOREIGN_LABOUR_PERMIT,
    17: DocumentKind.REHABILITATED_CERTIFICATE,
}

ISSUE_TERMS = {
    # reg. 1, para 5 step 3: the certificate within 4 working days of the registration
    # decision; a duplicate within 4 working days as well (counted here from its decision)
    DocumentKind.SEMEY_CERTIFICATE: Duration(value=4, unit=DurationUnit.WORKING_DAYS),
    # reg. 13: the whole service takes 15 minutes at the provider's office
    DocumentKind.TSA_MEMBERSHIP_CERTIFICATE: Duration(value=15, unit=DurationUnit.MINUTES),
    # regs 15, 16, 17: the last step, "issue the result", once the head has signed
    DocumentKind.ORALMAN_CERTIFICATE: Duration(value=30, unit=DurationUnit.MINUTES),
    DocumentKind.FOREIGN_LABOUR_PERMIT: Duration(value=20, unit=DurationUnit.MINUTES),
    DocumentKind.REHABILITATED_CERTIFICATE: Duration(value=30, unit=DurationUnit.MINUTES),
}

TITLES = {
    DocumentKind.SEMEY_CERTIFICATE: "Certificate of a citizen affected by the nuclear tests at "
    "the Semey test site",
    DocumentKind.TSA_MEMBERSHIP_CERTIFICATE: "Certificate of (non-)membership of a family "
    "receiving targeted social assistance",
    DocumentKind.ORALMAN_CERTIFICATE: "Oralman certificate",
    DocumentKind.FOREIGN_LABOUR_PERMIT: "Permit to attract foreign labour",
    DocumentKind.REHABILITATED_CERTIFICATE: "Certificate of a rehabilitated person",
}


def issue_due(kind: DocumentKind, decided_at: datetime, authority: OrganisationKind) -> datetime:
    return due(decided_at, ISSUE_TERMS[kind], OFFICE_HOURS[authority.value])
