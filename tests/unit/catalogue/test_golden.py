"""One golden test per regulation: expected values typed from the extraction and the seed text,
never read back from the catalogue YAML."""

import pytest

from contracts.catalogue import Channel, ExtensionMode, Outcome, ResultItem, RouteNotFound

from .helpers import EC, OB, RA, SC, D, legs, rows, sc_legs, template

M30, H3, H4, M15, M20 = "30 minutes", "3 hours", "4 hours", "15 minutes", "20 minutes"


def channels(reg) -> list[str]:
    return [c.kind.value for c in reg.channels]


def results(reg) -> list[tuple[str, str]]:
    return [(r.item.value, r.outcome.value) for r in reg.results]


def assert_template_a(reg, step3: str, annex: int, refuses: str) -> None:
    """Regs 2, 3, 5-9: SC + provider office, five steps, SC legs 15 min / 3 h / 3 h / 15 min."""
    assert channels(reg) == ["state_corporation", "provider_office"]
    assert rows(reg.steps_for()) == template(D, [M30, H4, step3, H4, M30])
    assert legs(reg.channel("state_corporation")) == sc_legs(M15)
    refusal = reg.channel("state_corporation").refusal_to_accept
    assert (refusal.standard_paragraph, refusal.receipt_annex, refusal.refuses.value) == (
        9, annex, refuses)
    assert [k.value for k in reg.result_kind] == ["service"]
    assert reg.fee.kind.value == "free" and reg.provider.kinds == (D,)
    assert [f.value for f in reg.service_forms.value] == ["paper"]
    assert reg.extensions == ()


def test_reg_01_golden(cat):
    reg = cat.regulation(1)
    assert reg.name.kk.startswith("Семей ядролық сынақ полигонында")
    assert channels(reg) == ["provider_office", "state_corporation"]
    assert rows(reg.steps_for("first_registration")) == [
        f"register office_clerk@{D} {M30}", f"assign_executor head@{D} {H3}",
        f"decide responsible_executor@{D} 19 working_days",
        f"issue_certificate responsible_executor@{D} 4 working_days",
        f"sign_result head@{D} {H4}", f"issue_result responsible_executor@{D} {M30}",
        f"pay_compensation responsible_executor@{D} untimed"]
    assert rows(reg.steps_for("duplicate")) == [
        f"register office_clerk@{D} {M30}", f"assign_executor head@{D} {H3}",
        f"issue_duplicate responsible_executor@{D} 4 working_days",
        f"sign_result head@{D} {H4}", f"issue_result responsible_executor@{D} {M30}"]
    decide = reg.steps_for("first_registration")[2]
    assert decide.counted_from.step == "register"  # "from the day the application is registered"
    assert reg.steps_for("duplicate")[2].counted_from.step == "register"
    assert legs(reg.channel("state_corporation")) == sc_legs(M15)
    refusal = reg.channel("state_corporation").refusal_to_accept
    assert (refusal.standard_paragraph, refusal.receipt_annex) == (10, 3)
    (ext,) = reg.extensions
    assert (ext.mode, ext.step, ext.duration.value, ext.duration.unit.value, ext.routes) == (
        ExtensionMode.ADDS, "decide", 1, "months", ("first_registration",))
    assert (reg.service_refusal.decided_at == ("decide",)
            and not reg.service_refusal.listed_in_results)
    assert [k.value for k in reg.result_kind] == ["register_entry", "certificate", "compensation"]
    payments = [r for r in reg.results if r.item is ResultItem.PAYMENT]
    assert len(payments) == 2 and all(r.channels == (Channel.STATE_CORPORATION,) for r in payments)
    with pytest.raises(RouteNotFound):
        reg.steps_for()  # the sub-service must be named


def test_reg_02_golden(cat):
    assert_template_a(cat.regulation(2), "8 working_days", 3, "documents")
    assert results(cat.regulation(2)) == [("notification", "positive")]


def test_reg_03_golden(cat):
    reg = cat.regulation(3)
    assert_template_a(reg, "8 working_days", 3, "application")
    assert reg.edition.act.endswith("No. 104")


def test_reg_04_golden(cat):
    reg = cat.regulation(4)
    assert channels(reg) == ["employment_centre", "rural_akim"]
    assert "no Employment Centre" in reg.channel("rural_akim").condition
    assert rows(reg.steps_for(provider=EC)) == [
        f"register office_clerk@{EC} {M30}", f"assign_executor head@{EC} 2 hours",
        f"draft_result responsible_executor@{EC} 6 working_days",
        f"send_for_signature responsible_executor@{EC} {M30}",
        f"sign_result head@{D} {H4}", f"issue_result responsible_executor@{EC} {M30}"]
    assert rows(reg.steps_for(provider=RA)) == [
        f"register office_clerk@{RA} {M30}", f"assign_executor akim@{RA} 2 hours",
        f"draft_result responsible_executor@{RA} 6 working_days",
        f"send_for_signature responsible_executor@{RA} 1 working_days",
        f"sign_result head@{D} 2 working_days", f"issue_result responsible_executor@{RA} {M30}"]
    (ext,) = reg.extensions
    assert (ext.mode, ext.step, ext.duration.value, ext.duration.unit.value, ext.bound.value) == (
        ExtensionMode.REPLACES, "draft_result", 30, "calendar_days", "up_to")
    assert (ext.notice.within.value, ext.notice.within.unit.value, ext.notice.to) == (
        2, "working_days", "applicant")
    assert results(reg) == [("notification", "either")]
    assert [k.value for k in reg.result_kind] == ["money_assignment"]
    assert reg.amendments[0].act.endswith("No. 547") and all(c.inbound == () for c in reg.channels)


def test_reg_05_golden(cat):
    assert_template_a(cat.regulation(5), "8 working_days", 3, "application")


def test_reg_06_golden(cat):
    assert_template_a(cat.regulation(6), "8 working_days", 3, "application")


def test_reg_07_golden(cat):
    assert_template_a(cat.regulation(7), "8 working_days", 3, "documents")


def test_reg_08_golden(cat):
    reg = cat.regulation(8)
    assert_template_a(reg, "15 working_days", 5, "documents")
    assert results(reg) == [("notification", "positive"), ("reasoned_refusal", "negative")]
    assert reg.service_refusal.standard_paragraph == 10


def test_reg_09_golden(cat):
    reg = cat.regulation(9)
    assert_template_a(reg, "12 working_days", 4, "documents")
    assert reg.service_refusal.decided_at == ("draft_result",)


def test_reg_10_golden(cat):
    reg = cat.regulation(10)
    assert channels(reg) == ["provider_office", "rural_akim", "portal"]
    assert "disabilities" in reg.channel("portal").condition
    assert rows(reg.steps_for(provider=D)) == [
        f"register office_clerk@{D} {M30}", f"assign_executor head@{D} 2 hours",
        f"draft_result responsible_executor@{D} 7 working_days",
        f"send_for_signature responsible_executor@{D} {M30}",
        f"sign_result head@{D} {H4}", f"issue_result responsible_executor@{D} {M30}"]
    assert rows(reg.steps_for(provider=RA))[2:5] == [
        f"draft_result responsible_executor@{RA} 4 working_days",
        f"send_for_signature responsible_executor@{RA} 1 working_days",
        f"sign_result head@{D} 2 working_days"]
    # Missing documents: 19 / 16 working days REPLACE 7 / 4 (audit 10.1), never 26 / 20.
    replaced = {e.routes[0]: (e.mode, e.duration.value) for e in reg.extensions}
    assert replaced == {"district": (ExtensionMode.REPLACES, 19),
                        "akim": (ExtensionMode.REPLACES, 16)}
    assert rows(reg.channel("portal").inbound) == ["portal_request applicant untimed",
                                                   "portal_status system@portal untimed"]
    assert (reg.service_refusal is None
            and [k.value for k in reg.result_kind] == ["money_assignment"])


def test_reg_11_golden(cat):
    reg = cat.regulation(11)
    assert channels(reg) == ["state_corporation", "portal"]
    assert rows(reg.steps_for("notification")) == template(
        D, [M30, M30, "9 working_days", M30, M30])
    assert rows(reg.steps_for("information")) == template(D, ["6 minutes"] * 5)
    assert legs(reg.channel("state_corporation")) == sc_legs(M15)
    refusal = reg.channel("state_corporation").refusal_to_accept
    assert (refusal.standard_paragraph, refusal.receipt_annex, refusal.refuses.value) == (
        10, 3, "application")
    assert reg.service_refusal is None  # para 10 here is only the refusal to ACCEPT (audit 11.1)


def test_reg_12_golden(cat):
    reg = cat.regulation(12)
    assert channels(reg) == ["state_corporation", "provider_office", "rural_akim"]
    district, akim = reg.steps_for(provider=D), reg.steps_for(provider=RA)
    assert [r.split(" ", 2)[2] for r in rows(district)] == [
        M30, "2 hours", "9 working_days", M30, H4, M30]
    assert [r.split(" ", 2)[2] for r in rows(akim)] == [
        M30, "2 hours", "11 working_days", "1 working_days", "2 working_days", M30]
    assert (district[2].counted_from.edge, akim[2].counted_from.edge) == ("end", "start")
    assert reg.steps_for(channel="state_corporation")[0].actor.org.value == D
    assert legs(reg.channel("state_corporation")) == sc_legs(M20)
    # "the annex", unnumbered
    assert reg.channel("state_corporation").refusal_to_accept.receipt_annex is None
    assert reg.service_refusal is None


def test_reg_13_golden(cat):
    reg = cat.regulation(13)
    assert channels(reg) == ["state_corporation", "provider_office", "portal", "employment_centre"]
    assert set(reg.provider.kinds) == {D, RA}
    assert rows(reg.steps_for(provider=D)) == template(D, ["3 minutes"] * 5)
    assert rows(reg.steps_for(provider=RA)) == template(RA, ["3 minutes"] * 5, head="akim")
    # Via the State Corporation or the Centre only para-5 steps 3) and 4) run (audit 13.2):
    # 12 + 6 = 18 min.
    assert rows(reg.steps_for(provider=D, channel="state_corporation")) == [
        f"draft_result responsible_executor@{D} 3 minutes", f"sign_result head@{D} 3 minutes"]
    plan = reg.plan("employment_centre", provider=D)
    assert sum(s.duration.value for s in plan) == 18
    assert reg.channel("state_corporation").refusal_to_accept.receipt_annex == 2
    assert reg.channel("employment_centre").refusal_to_accept.receipt_annex == 3
    # line 1002: the certificate states that the family belongs, or does not: it is issued
    # either way, and the text has no refusal of the service
    assert results(reg) == [("certificate", "positive")] and reg.service_refusal is None
    assert [k.value for k in reg.result_kind] == ["document"]


def test_reg_14_golden(cat):
    reg = cat.regulation(14)
    assert channels(reg) == ["provider_office", "portal"] and reg.provider.kinds == (EC,)
    assert rows(reg.steps_for()) == template(
        EC, ["5 minutes", "5 minutes", "10 minutes", "5 minutes", "5 minutes"])
    assert rows(reg.steps_for(channel="portal"))[2] == (
        f"draft_result responsible_executor@{EC} 7 hours")
    # no status step
    assert rows(reg.channel("portal").inbound) == ["portal_request applicant untimed"]
    assert results(reg) == [("referral", "positive")] * 4 + [("reasoned_refusal", "negative")]
    assert reg.service_refusal.standard_paragraph == 10


def test_reg_15_golden(cat):
    reg = cat.regulation(15)
    assert (channels(reg) == ["provider_office", "state_corporation"]
            and reg.provider.kinds == (OB,))
    assert rows(reg.steps_for("grant")) == rows(reg.steps_for("extension")) == [
        f"accept_and_draft responsible_executor@{OB} 4 working_days", f"sign_result head@{OB} {H3}",
        f"issue_result responsible_executor@{OB} {M30}"]
    # The courier legs are timed legs of their own (audit 15.2): 5 working days that a sum
    # must not lose.
    assert legs(reg.channel("state_corporation")) == [
        f"sc_accept operator@{SC} {M20}", f"sc_forward operator@{SC} {H3}",
        f"sc_courier_documents courier@{SC} 2 working_days", "...",
        f"sc_collect_result operator@{SC} {H3}", f"sc_courier_result courier@{SC} 3 working_days",
        f"sc_hand_over operator@{SC} {M20}"]
    assert reg.channel("state_corporation").refusal_to_accept.receipt_annex == 2
    assert results(reg) == [("certificate", "positive")] and reg.service_refusal is None


def test_reg_16_golden(cat):
    reg = cat.regulation(16)
    assert channels(reg) == ["provider_office", "portal"] and reg.fee.kind.value == "paid_or_free"
    assert {r.value for r in reg.recipients.value} == {"individuals", "legal_entities"}
    issuance = reg.steps_for("issuance")
    assert rows(issuance) == [
        f"register office_clerk@{OB} {M20}", f"assign_executor head@{OB} {H3}",
        f"stage_1_notify responsible_executor@{OB} 7 working_days",
        f"stage_2_permit responsible_executor@{OB} 11 working_days",
        f"sign_result head@{OB} {H4}", f"issue_result responsible_executor@{OB} {M20}"]
    assert issuance[3].applicant_window.within.value == 10 and issuance[2].bound.value == "within"
    assert [r.split()[2] for r in rows(reg.steps_for("extension"))[2:4]] == ["3", "11"]
    third = {s: rows(reg.steps_for(s))[2].split(" ", 2)[2]
             for s in ("re_issuance", "ict_issuance", "ict_re_issuance", "ict_extension")}
    assert third == {"re_issuance": "5 working_days", "ict_issuance": "7 working_days",
                     "ict_re_issuance": "5 working_days", "ict_extension": "5 working_days"}
    assert ("reasoned_refusal", "negative") in results(reg)


def test_reg_17_golden(cat):
    reg = cat.regulation(17)
    assert channels(reg) == ["state_corporation"]
    assert rows(reg.steps_for("duplicate")) == template(D, [M30, H3, "4 working_days", H4, M30])
    assert legs(reg.channel("state_corporation")) == sc_legs(M20)
    refusal = reg.channel("state_corporation").refusal_to_accept
    assert (refusal.standard_paragraph, refusal.receipt_annex) == (9, 2)
    assert results(reg) == [("certificate", "positive"), ("duplicate_certificate", "positive")]
    assert reg.service_refusal is None and reg.amendments[0].act.endswith("No. 104")


def test_reg_18_golden(cat):
    reg = cat.regulation(18)
    assert channels(reg) == ["state_corporation", "portal"]
    assert rows(reg.steps_for()) == template(D, [M20, H3, "9 calendar_days", H4, M20])
    assert legs(reg.channel("state_corporation")) == sc_legs(M20)
    assert reg.legal_basis[0].number == "319" and reg.legal_basis[0].registry_number == 11015
    assert [f.value for f in reg.result_forms.value] == ["electronic"]
    assert results(reg) == [("notification", "positive"), ("reasoned_refusal", "negative")]
    assert [k.value for k in reg.result_kind] == ["money_assignment"]
    assert reg.service_refusal.standard_paragraph == 10
    assert Outcome.NEGATIVE in {r.outcome for r in reg.results}
