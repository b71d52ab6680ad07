"""Submitting a package: receipt, refusal receipt, and the commands that are refused outright."""

from datetime import datetime

from contracts.intake_events import ApplicationAccepted, ApplicationRefused, DocumentPresented
from services.intake.domain import Invalid, NotAllowedNow

from .scenarios import (
    ALMATY,
    FULL_PACKAGE,
    REG1,
    REPRESENTATIVE,
    given,
    history_of,
    later,
    submission,
)


def test_complete_package_gets_a_receipt_with_computed_due_times():
    [receipt] = given().when(submission()).then(ApplicationAccepted)
    assert receipt.receipt_number == "sc-talgar/2026/000001"
    assert receipt.forward_due == datetime(2026, 12, 1, 13, 0, tzinfo=ALMATY)  # 3 office hours
    # 3 h to the provider, 30 min registration, 19 working days (16 Dec is a holiday), 3 h back
    assert receipt.result_due == datetime(2026, 12, 30, 10, 30, tzinfo=ALMATY)
    assert [d.title for d in receipt.documents] == [
        "Application", "Identity card", "Proof of residence in the zone"]


def test_duplicate_certificate_is_due_sooner_than_first_registration():
    command = submission(sub_service="duplicate", facts={"duplicate_reason": "lost"})
    [receipt] = given().when(command).then(ApplicationAccepted)
    assert receipt.result_due == datetime(2026, 12, 8, 10, 30, tzinfo=ALMATY)


def test_receipt_due_is_counted_from_when_the_package_was_handed_in():
    command = submission(package_received_at=later(minutes=-5))
    [receipt] = given().when(command).then(ApplicationAccepted)
    assert receipt.receipt_due == later(minutes=10)


def test_missing_document_gets_a_refusal_receipt_naming_it():
    command = submission(documents=FULL_PACKAGE[:2])
    [refusal] = given().when(command).then(ApplicationRefused)
    assert [m.id for m in refusal.missing_documents] == ["residence_proof"]
    assert [r.id for r in refusal.reasons] == ["incomplete_package"]
    assert (refusal.standard_paragraph, refusal.receipt_annex) == (10, 3)


def test_operator_declared_reason_refuses_a_complete_package():
    command = submission(refusal_reasons=("expired_documents",))
    [refusal] = given().when(command).then(ApplicationRefused)
    assert refusal.missing_documents == []
    assert [r.id for r in refusal.reasons] == ["expired_documents"]


def test_missing_documents_and_declared_reason_are_both_named_once():
    command = submission(documents=FULL_PACKAGE[:1],
                         refusal_reasons=("expired_documents", "incomplete_package"))
    [refusal] = given().when(command).then(ApplicationRefused)
    assert [r.id for r in refusal.reasons] == ["incomplete_package", "expired_documents"]
    assert len(refusal.missing_documents) == 2


def test_unconfigured_refusal_reason_is_invalid():
    given().when(submission(refusal_reasons=("bad_mood",))).raises(
        Invalid, "refusal_reasons[0]")


def test_channel_the_regulation_does_not_offer_is_invalid():
    error = given().when(submission(channel="portal")).raises(Invalid, field="channel")
    assert "provider_office, state_corporation" in error.message


def test_document_outside_the_checklist_is_invalid():
    documents = (*FULL_PACKAGE, DocumentPresented(kind="diploma", copies=1))
    given().when(submission(documents=documents)).raises(Invalid, field="documents[3].kind")


def test_document_listed_twice_is_invalid():
    documents = (*FULL_PACKAGE, FULL_PACKAGE[0])
    given().when(submission(documents=documents)).raises(Invalid, field="documents[3].kind")


def test_document_with_no_originals_nor_copies_is_invalid():
    documents = (DocumentPresented(kind="application"), *FULL_PACKAGE[1:])
    given().when(submission(documents=documents)).raises(Invalid, field="documents[0]")


def test_sub_service_is_required_when_the_regulation_has_several():
    given().when(submission(sub_service=None)).raises(Invalid, field="sub_service")


def test_unknown_sub_service_is_invalid():
    given().when(submission(sub_service="renewal")).raises(Invalid, field="sub_service")


def test_second_submission_on_the_same_application_is_refused():
    given(*history_of(submission())).when(submission()).raises(NotAllowedNow)


def test_refused_application_cannot_be_submitted_again():
    refused = history_of(submission(documents=FULL_PACKAGE[:1]))
    given(*refused).when(submission()).raises(NotAllowedNow)


def test_provider_office_channel_has_no_forwarding_leg():
    command = submission(channel="provider_office")
    [receipt] = given().when(command).then(ApplicationAccepted)
    assert receipt.forward_due is None and receipt.result_due is None


def test_representative_travels_on_the_receipt():
    [receipt] = given().when(submission(representative=REPRESENTATIVE)).then(ApplicationAccepted)
    assert receipt.representative == REPRESENTATIVE


def test_rules_keep_the_catalogue_version_on_the_receipt():
    [receipt] = given().when(submission()).then(ApplicationAccepted)
    assert receipt.catalogue_version == REG1.catalogue_version
