from dataclasses import replace
from datetime import UTC, datetime, timedelta

from contracts.calendar import OFFICE_HOURS, due
from contracts.durations import DurationUnit
from contracts.identity import OrganisationKind
from contracts.people import OrganisationRef
from contracts.registry_events import (
    DocumentIssued,
    DocumentKind,
    DocumentOverdue,
    DocumentReplaced,
    DocumentRequested,
    DocumentRevoked,
    PersonRegistered,
    RegistrationAnnulled,
    RegistrationConflict,
    ReplaceReason,
)
from services.registry.domain import (
    AlreadyIssued,
    Annul,
    DocumentNotFound,
    Issue,
    MarkOverdue,
    NoLongerValid,
    NotRegistered,
    NotTheAuthority,
    Replacement,
    RequestDocument,
    Revoke,
    regulation_in,
    term_for,
)

from .scenarios import (
    DECIDED,
    DUPLICATE_TERM,
    KARASAI,
    NAME,
    NOW,
    TALGAR,
    VERSION,
    given,
    history,
    register,
)

CODE = "x" * 22


def issue(document_id="doc-1", number="dd-talgar-2025-000001", issuer=TALGAR, sequence=1):
    return Issue(document_id=document_id, issuer=issuer, number=number, year=2025,
                 sequence=sequence, verification_code=CODE, now=NOW)


def registered_and_issued():
    return history(register(), issue())


def duplicate(reason=ReplaceReason.LOST, number=None, case_id="case-dup", document_id="doc-2",
              registered_at=None):
    return RequestDocument(
        holder_id="h-1", holder_key="850101300126", name=NAME,
        kind=DocumentKind.SEMEY_CERTIFICATE, regulation_id=1, case_id=case_id,
        decision_reference="dec-dup", authority=TALGAR, decided_at=DECIDED,
        document_id=document_id, term=DUPLICATE_TERM, now=NOW, registered_at=registered_at,
        replacement=Replacement(reason, number),
    )


def test_first_positive_decision_registers_and_orders_the_certificate():
    registered, requested = given().when(register()).then(PersonRegistered, DocumentRequested)
    assert registered.provider.district == "talgar"
    assert requested.kind is DocumentKind.SEMEY_CERTIFICATE
    assert requested.document_id == "doc-1"


def test_certificate_is_due_by_the_catalogue_term_from_the_decision():
    _, requested = history(register())
    step = _step(1, "first_registration", "issue_certificate")
    assert requested.due_at == due(DECIDED, step.duration,
                                   OFFICE_HOURS[OrganisationKind.DISTRICT_DEPARTMENT.value])
    # checked by hand against the text ("4 working days"): decided Monday 3 March 2025, the 4th
    # working day after is Friday 7 March, close of business in Almaty
    assert requested.due_at == datetime(2025, 3, 7, 18, 30, tzinfo=requested.due_at.tzinfo)
    assert requested.due_at.utcoffset() == timedelta(hours=5)


def test_duplicate_is_due_by_the_catalogue_term_from_its_application():
    registered = datetime(2025, 2, 24, 5, 0, tzinfo=UTC)  # the previous Monday
    requested, = given(*registered_and_issued()).when(duplicate(registered_at=registered)).then(
        DocumentReplaced, DocumentRequested
    )[1:]
    step = _step(1, "duplicate", "issue_duplicate")
    hours = OFFICE_HOURS[OrganisationKind.DISTRICT_DEPARTMENT.value]
    assert requested.due_at == due(registered, step.duration, hours)
    assert requested.due_at < due(DECIDED, step.duration, hours)


def test_duplicate_of_a_decision_without_registration_time_counts_from_the_signature():
    _, requested = given(*registered_and_issued()).when(duplicate()).then(
        DocumentReplaced, DocumentRequested
    )
    step = _step(1, "duplicate", "issue_duplicate")
    assert requested.due_at == due(DECIDED, step.duration,
                                   OFFICE_HOURS[OrganisationKind.DISTRICT_DEPARTMENT.value])


def _step(regulation_id: int, sub_service: str, step_id: str):
    steps = regulation_in(VERSION, regulation_id).steps_for(sub_service)
    return next(s for s in steps if s.id == step_id)


def test_the_same_decision_again_registers_nobody():
    given(*history(register())).when(register()).then()


def test_a_second_decision_from_another_district_is_a_conflict():
    conflict, = given(*history(register())).when(
        register(case_id="case-2", provider=KARASAI, certificate_id="doc-9")
    ).then(RegistrationConflict)
    assert conflict.provider.district == "karasai"
    assert conflict.registered_case_id == "case-1"
    assert conflict.registered_district == "talgar"


def test_issuing_gives_number_and_code():
    issued, = given(*history(register())).when(issue()).then(DocumentIssued)
    assert issued.number == "dd-talgar-2025-000001"
    assert issued.verification_code == CODE


def test_issuing_twice_is_refused():
    given(*registered_and_issued()).when(issue(number="other")).raises(AlreadyIssued)


def test_only_the_ordering_authority_issues():
    given(*history(register())).when(issue(issuer=KARASAI)).raises(NotTheAuthority)


def test_issuing_an_unknown_document_is_refused():
    given(*history(register())).when(issue(document_id="nope")).raises(DocumentNotFound)


def test_duplicate_replaces_the_current_certificate_at_once():
    replaced, requested = given(*registered_and_issued()).when(duplicate()).then(
        DocumentReplaced, DocumentRequested
    )
    assert replaced.document_id == "doc-1" and replaced.replaced_by == "doc-2"
    assert replaced.reason is ReplaceReason.LOST
    assert requested.replaces == "doc-1"


def test_duplicate_naming_an_unknown_number_replaces_nothing_in_the_registry():
    requested, = given(*registered_and_issued()).when(duplicate(number="paper-17")).then(
        DocumentRequested
    )
    assert requested.replaces is None and requested.replaces_number == "paper-17"


def test_duplicate_of_the_same_case_again_changes_nothing():
    given(*history(register(), issue(), duplicate())).when(duplicate()).then()


def test_only_an_issued_certificate_is_replaced():
    requested, = given(*history(register())).when(duplicate()).then(DocumentRequested)
    assert requested.replaces is None


def test_a_replaced_certificate_cannot_be_issued_again_or_revoked():
    replaced = history(register(), issue(), duplicate())
    given(*replaced).when(issue()).raises(NoLongerValid)
    given(*replaced).when(Revoke("doc-1", "annulled", NOW)).raises(NoLongerValid)


def test_revocation_keeps_the_reason():
    revoked, = given(*registered_and_issued()).when(Revoke("doc-1", "forged", NOW)).then(
        DocumentRevoked
    )
    assert revoked.reason == "forged"


def test_overdue_is_said_once_and_only_after_the_due_time():
    ordered = history(register())
    due = ordered[1].due_at
    given(*ordered).when(MarkOverdue("doc-1", due)).then()
    overdue, = given(*ordered).when(MarkOverdue("doc-1", due + timedelta(seconds=1))).then(
        DocumentOverdue
    )
    given(*ordered, overdue).when(MarkOverdue("doc-1", due + timedelta(days=1))).then()


def test_an_issued_document_is_never_overdue():
    late = datetime(2026, 1, 1, tzinfo=UTC)
    given(*registered_and_issued()).when(MarkOverdue("doc-1", late)).then()


def test_annulment_closes_the_entry_and_revokes_its_certificates():
    _annulled, revoked = given(*registered_and_issued()).when(
        Annul("decision annulled by court", "court-12", NOW)
    ).then(RegistrationAnnulled, DocumentRevoked)
    assert revoked.document_id == "doc-1"


def test_after_annulment_a_new_decision_registers_again():
    annulled = history(register(), issue(), Annul("annulled", "court-12", NOW))
    given(*annulled).when(register(case_id="case-3", certificate_id="doc-3")).then(
        PersonRegistered, DocumentRequested
    )


def test_annulling_a_person_not_in_the_register_is_refused():
    given().when(Annul("x", "y", NOW)).raises(NotRegistered)


def test_other_documents_use_the_same_model_with_their_own_terms():
    oblast = OrganisationRef(organisation_id="oblast", kind=OrganisationKind.OBLAST_DEPARTMENT)
    term = term_for(VERSION, 16, "issuance", OrganisationKind.OBLAST_DEPARTMENT)
    command = replace(duplicate(), kind=DocumentKind.FOREIGN_LABOUR_PERMIT, regulation_id=16,
                      authority=oblast, replacement=None, case_id="c16", term=term)
    requested, = given().when(command).then(DocumentRequested)
    # reg. 16 issues the result in office minutes after the signature
    assert term.duration.unit is DurationUnit.MINUTES
    assert requested.due_at == due(DECIDED, term.duration, OFFICE_HOURS["oblast_department"])
