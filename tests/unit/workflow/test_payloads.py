"""Each regulation's decision payload: what its named module accepts and refuses."""

import pytest

from services.workflow.domain import Action, DraftDecision, InvalidDecision

from .support import FAMILY, MONDAY, PERIODS, QUARTER, given, payload_for, walk


def drafting(reg_id: int, route_id: str | None = None, channel: str | None = None):
    return walk(reg_id, route_id, channel).to(Action.DRAFT)


def draft(w, payload):
    return given(*w.events).when(DraftDecision(w.holder(), "approved", (), payload, MONDAY))


def test_reg1_recognition_is_normalised_to_its_contract():
    w = drafting(1)
    drafted = draft(w, {"recognition": {"periods": PERIODS}}).events[0]
    assert drafted.payload == {"recognition": {"periods": PERIODS}}


@pytest.mark.parametrize(("payload", "field"), [
    ({}, "payload.recognition"),
    ({"recognition": {"periods": []}}, "payload.recognition.periods"),
    ({"recognition": {"periods": [{**PERIODS[0], "zone": "moon"}]}},
     "payload.recognition.periods[0].zone"),
    ({"recognition": {"periods": [{**PERIODS[0], "from_year": 1970, "to_year": 1960}]}},
     "payload.recognition.periods[0]"),
    ({"recognition": {"periods": PERIODS}, "assignment": {}}, "payload.assignment"),
    ({"recognition": {"periods": PERIODS}, "payout": {"kind": "bank_account", "iban": "nope"}},
     "payload.payout.iban"),
])
def test_reg1_bad_recognition_names_the_field(payload, field):
    draft(drafting(1, channel="state_corporation"), payload).raises(InvalidDecision, field=field)


def test_reg1_duplicate_decides_a_duplicate_not_a_recognition():
    w = drafting(1, "duplicate")
    draft(w, {"recognition": {"periods": PERIODS}}).raises(InvalidDecision)
    drafted = draft(w, payload_for(1, "duplicate", None)).events[0]
    assert drafted.payload["duplicate"]["reason"] == "lost"


def test_reg1_duplicate_carries_no_payout():
    w = drafting(1, "duplicate")
    payload = {**payload_for(1, "duplicate", None), "payout": {"kind": "bank_account",
                                                               "iban": "KZ86125KZT5004100100"}}
    draft(w, payload).raises(InvalidDecision, field="payload.payout")


def test_reg4_assignment_gets_its_kind_and_needs_the_family():
    w = drafting(4, "centre")
    drafted = draft(w, payload_for(4, None, None)).events[0]
    assert drafted.payload["assignment"]["kind"] == "targeted_social_assistance"
    draft(w, {"assignment": {"assigned_period": QUARTER}}).raises(
        InvalidDecision, field="payload.assignment.family_members")


def test_reg4_assignment_of_another_kind_is_refused():
    w = drafting(4, "centre")
    body = {**payload_for(4, None, None)["assignment"], "kind": "housing_assistance"}
    draft(w, {"assignment": body}).raises(InvalidDecision, field="payload.assignment.kind")


def test_incomes_must_name_listed_family_members():
    w = drafting(4, "centre")
    body = {**payload_for(4, None, None)["assignment"],
            "incomes": [{"member": 5, "kind": "salary", "amount": "1.00"}]}
    draft(w, {"assignment": body}).raises(InvalidDecision)


def test_reg11_compensation_is_for_a_disabled_child():
    w = drafting(11, "notification")
    family = [{**FAMILY[1], "disabled": False}]
    draft(w, {"assignment": {"assigned_period": QUARTER, "family_members": family}}).raises(
        InvalidDecision, field="payload.assignment.family_members")


def test_reg11_information_decides_no_money():
    w = drafting(11, "information")
    draft(w, payload_for(11, "notification", None)).raises(InvalidDecision)
    assert "service" in draft(w, payload_for(11, "information", None)).events[0].payload


def test_reg18_housing_needs_costs():
    w = drafting(18)
    body = {"assigned_period": QUARTER, "family_members": FAMILY}
    draft(w, {"assignment": body}).raises(InvalidDecision, field="payload.assignment.costs")


def test_reg13_issues_a_membership_document_not_a_permit():
    w = drafting(13, "direct_district")
    draft(w, {"document": {"kind": "foreign_labour_permit", "variant": "issuance", "stage": 2}}
          ).raises(InvalidDecision, field="payload.document.kind")


def test_reg16_stage_1_payload_must_say_stage_1():
    w = drafting(16, "issuance")
    draft(w, {"document": {"stage": 2}}).raises(InvalidDecision, field="payload.document.stage")
    assert draft(w, {"document": {}}).events[0].payload["document"]["variant"] == "issuance"


def test_reg16_variant_must_match_the_case():
    w = drafting(16, "re_issuance")
    draft(w, {"document": {"variant": "extension"}}).raises(
        InvalidDecision, field="payload.document.variant")


def test_reg17_duplicate_says_why():
    w = drafting(17)
    draft(w, {"document": {"duplicate": {"reason": "lost"}}}).raises(
        InvalidDecision, field="payload.document.duplicate")


def test_reg14_referral_kind_is_from_the_standard_annexes():
    w = drafting(14, "office")
    draft(w, {"referral": {"kind": "holiday"}}).raises(InvalidDecision,
                                                      field="payload.referral.kind")
