"""Receipts as the seed has them, from the real catalogue: reg. 15's State Corporation legs, the
dates of reg. 1 and reg. 16 as the case shows them, the rural akim's channel conditions, legal
entities with a BIN, the act the application runs under and a calendar not yet official."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from contracts.catalogue import (
    BASIS_SETTING,
    CONTINUE_SETTING,
    Continuation,
    load_catalogue,
    parse_places,
)
from contracts.durations import Duration, DurationUnit
from contracts.identity import OrganisationKind
from contracts.intake_events import ApplicationAccepted, DocumentPresented, ResultHandedOver
from contracts.people import Applicant, OrganisationRef
from services.intake import commanding
from services.intake.domain import Invalid
from services.intake.domain.commands import (
    ForwardApplication,
    HandOverResult,
    RecordResult,
    SubmitApplication,
)
from services.intake.domain.rules import IntakeRules, rules_from_regulation

from .scenarios import APPLICANT, given, history_of

ALMATY = ZoneInfo("Asia/Almaty")
MON_3_JUNE_2019 = datetime(2019, 6, 3, 10, 0, tzinfo=ALMATY)
R104, R547 = "r104_2019_03_29", "r547_2019_12_03"


def rules(version: str, reg_id: int) -> IntakeRules:
    return rules_from_regulation(load_catalogue().version(version).regulation(reg_id), version)


def office(kind: OrganisationKind, district: str | None = "talgar",
           rural: str | None = None) -> OrganisationRef:
    return OrganisationRef(organisation_id=f"{kind.value}-{rural or district}", kind=kind,
                           district=district, rural_district=rural)


def package(r: IntakeRules) -> tuple[DocumentPresented, ...]:
    return tuple(DocumentPresented(kind=d.id, originals=1) for d in r.documents)


def submitting(r: IntakeRules, channel: str, accepted_by: OrganisationRef,
               sub_service: str | None = None, now: datetime = MON_3_JUNE_2019,
               applicant: Applicant = APPLICANT, **extra) -> SubmitApplication:
    return SubmitApplication(
        application_id="app-1", receipt_number="R-1", now=now, rules=r, channel=channel,
        accepted_by=accepted_by, applicant=applicant, documents=package(r),
        district=accepted_by.district, rural_district=accepted_by.rural_district,
        sub_service=sub_service, **extra)


def receipt_of(command: SubmitApplication) -> ApplicationAccepted:
    (event,) = given().when(command).then(ApplicationAccepted)
    assert isinstance(event, ApplicationAccepted)
    return event


SC = office(OrganisationKind.STATE_CORPORATION)


# --- reg. 15 through the State Corporation ------------------------------------------------------


def test_reg15_hand_over_is_twenty_minutes_not_the_courier_leg():
    # line 1189: the employee hands the result over in 20 minutes; the courier's 3 working days
    # (line 1187) bring the result to the division, they are not the hand-over
    channel = rules(R104, 15).channels["state_corporation"]
    assert channel.hand_over is not None
    assert channel.hand_over.duration == Duration(value=20, unit=DurationUnit.MINUTES)
    assert channel.collect is not None
    assert channel.collect.duration == Duration(value=3, unit=DurationUnit.HOURS)


def test_reg15_receipt_counts_both_courier_legs_before_the_result_is_ready():
    # Mon 3 Jun 2019 10:00: sent by 13:00 (3 h, line 1179), delivered by Wed 5 Jun (2 working
    # days, line 1181), drafted by Tue 11 Jun (4 wd, line 1157), signed 12 Jun 12:00 (3 h), issued
    # 12:30 (30 min), collected 15:30 (3 h, line 1185), brought back by Mon 17 Jun (3 wd, 1187)
    receipt = receipt_of(submitting(rules(R104, 15), "state_corporation", SC, "grant"))
    assert receipt.forward_due == datetime(2019, 6, 3, 13, 0, tzinfo=ALMATY)
    assert receipt.result_due == datetime(2019, 6, 17, 20, 0, tzinfo=ALMATY)


def test_reg15_hand_over_is_due_twenty_minutes_after_the_applicant_comes():
    r = rules(R104, 15)
    provider = office(OrganisationKind.OBLAST_DEPARTMENT, district=None)
    issued = datetime(2019, 6, 12, 12, 30, tzinfo=ALMATY)
    came = datetime(2019, 6, 18, 10, 0, tzinfo=ALMATY)
    events = history_of(
        submitting(r, "state_corporation", SC, "grant"),
        ForwardApplication(now=datetime(2019, 6, 3, 12, 0, tzinfo=ALMATY), rules=r,
                           provider=provider),
        RecordResult(now=datetime(2019, 6, 17, 11, 0, tzinfo=ALMATY), rules=r,
                     outcome="approved", decision_reference="D-1", provider=provider,
                     issued_at=issued, keep_for=Duration(value=1, unit=DurationUnit.MONTHS)))
    (handed,) = given(*events).when(HandOverResult(
        now=datetime(2019, 6, 18, 10, 15, tzinfo=ALMATY), rules=r,
        applicant_arrived_at=came)).then(ResultHandedOver)
    assert isinstance(handed, ResultHandedOver)
    assert handed.hand_over_due == datetime(2019, 6, 18, 10, 20, tzinfo=ALMATY)
    assert not handed.overdue


# --- the receipt gives the dates the case shows (one plan) --------------------------------------


def test_reg1_receipt_at_the_provider_is_due_when_the_case_is():
    # lines 131-145, opened Mon 3 Jun 2019 10:00: 5 Jul 15:00 on the receipt and on the case
    # (tests/unit/workflow/test_fidelity.py)
    provider = office(OrganisationKind.DISTRICT_DEPARTMENT)
    receipt = receipt_of(submitting(rules(R104, 1), "provider_office", provider,
                                    "first_registration"))
    assert receipt.result_due == datetime(2019, 7, 5, 15, 0, tzinfo=ALMATY)


def test_reg16_receipt_is_due_when_the_case_is():
    # lines 1219-1249: 28 Jun 14:50, the stage-1 signing inside stage 2's 11 working days
    provider = office(OrganisationKind.OBLAST_DEPARTMENT, district=None)
    receipt = receipt_of(submitting(rules(R104, 16), "provider_office", provider, "issuance"))
    assert receipt.result_due == datetime(2019, 6, 28, 14, 50, tzinfo=ALMATY)


# --- channel conditions from the deployment's place data ----------------------------------------

PLACES = parse_places("""
places:
- {district: talgar, offices: [employment_centre, provider_office]}
- {district: talgar, rural_district: panfilov, offices: []}
- {district: talgar, rural_district: saty, offices: [employment_centre]}
""", "test places")
AT_2026 = datetime(2026, 3, 2, 10, 0, tzinfo=ALMATY)


def akim_submits(reg_id: int, rural: str, places=PLACES) -> SubmitApplication:
    akim = office(OrganisationKind.RURAL_AKIM, rural=rural)
    r = replace(rules(R547, reg_id), places=places)
    return submitting(r, "rural_akim", akim, now=AT_2026,
                      facts={"category": "education"} if reg_id == 12 else {})


def test_reg4_rural_akim_accepts_only_where_there_is_no_employment_centre():
    # line 328: "тұрғылықты жері бойынша Орталық болмаған жағдайда"
    assert receipt_of(akim_submits(4, "panfilov"))
    given().when(akim_submits(4, "saty")).raises(Invalid, field="channel",
                                                 match="employment_centre")


def test_reg12_rural_akim_accepts_only_where_there_is_no_provider_office():
    # line 910: "тұрғылықты жері бойынша көрсетілетін қызметті беруші болмаған жағдайда"
    assert receipt_of(akim_submits(12, "panfilov"))
    provider_here = parse_places("places: [{district: talgar, rural_district: panfilov, "
                                 "offices: [provider_office]}]")
    given().when(akim_submits(12, "panfilov", provider_here)).raises(
        Invalid, field="channel", match="provider_office")


def test_a_place_the_data_does_not_list_or_no_data_at_all_is_refused_not_guessed():
    given().when(akim_submits(4, "kokpek")).raises(Invalid, field="rural_district",
                                                   match="does not list")
    given().when(akim_submits(4, "panfilov", places=None)).raises(Invalid,
                                                                  field="rural_district")


# --- legal entities apply with a BIN where the regulation serves them --------------------------

EMPLOYER = Applicant(kind="legal_entity", iin="050140000656",
                     organisation_name="Zhetysu Drilling LLP", last_name="Abenov",
                     first_name="Arman")


def test_reg16_employer_applies_with_its_bin():
    # line 1198: reg. 16 is provided to individuals and legal entities
    provider = office(OrganisationKind.OBLAST_DEPARTMENT, district=None)
    receipt = receipt_of(submitting(rules(R104, 16), "provider_office", provider, "issuance",
                                    applicant=EMPLOYER))
    assert receipt.applicant.kind == "legal_entity" and receipt.applicant.iin == "050140000656"


def test_a_legal_entity_cannot_apply_for_a_service_to_individuals():
    # line 92: reg. 1 is provided to individuals (жеке тұлғаларға)
    provider = office(OrganisationKind.DISTRICT_DEPARTMENT)
    given().when(submitting(rules(R104, 1), "provider_office", provider, "duplicate",
                            applicant=EMPLOYER)).raises(Invalid, field="applicant.kind")


# --- the act the application runs under, and a calendar that is not yet official ---------------


def test_the_receipt_names_the_act_and_the_setting_that_keeps_it_after_the_repeal():
    history = load_catalogue()
    act = history.in_force(AT_2026.date(), Continuation(version=R547, basis="why"))[1]
    r = replace(rules(R547, 2), act=act)
    receipt = receipt_of(submitting(r, "state_corporation", SC, now=AT_2026))
    assert receipt.act == act
    assert receipt.act is not None and receipt.act.continued_by == (
        f"{CONTINUE_SETTING}={R547} (why)")


def test_after_the_repeal_a_deployment_that_does_not_say_so_refuses_the_application(
        monkeypatch):
    # lines 14-15: repealed by No. 56 of 13 February 2020
    monkeypatch.delenv(CONTINUE_SETTING, raising=False)
    monkeypatch.delenv(BASIS_SETTING, raising=False)
    with pytest.raises(Invalid, match=r"No\. 56") as refused:
        commanding.rules_in_force(2, AT_2026)
    assert refused.value.field == "regulation_id"
    monkeypatch.setenv(CONTINUE_SETTING, R547)
    continued = commanding.rules_in_force(2, AT_2026)
    assert continued.act is not None and continued.act.continued_by == f"{CONTINUE_SETTING}={R547}"


def test_a_receipt_due_in_a_provisional_year_says_so():
    # the 2027 calendar is provisional (no official calendar yet): a reg. 1 package accepted in
    # December 2026 is due in January 2027
    r = rules(R547, 1)
    december = receipt_of(submitting(r, "state_corporation", SC, "first_registration",
                                     now=datetime(2026, 12, 10, 10, 0, tzinfo=ALMATY),
                                     facts={}))
    assert december.result_due is not None and december.result_due.year == 2027
    assert december.provisional_calendar == [2027]
    march = receipt_of(submitting(r, "state_corporation", SC, "first_registration",
                                  now=AT_2026))
    assert march.provisional_calendar == []


def test_once_the_official_year_is_loaded_the_receipt_no_longer_says_provisional(
        tmp_path, monkeypatch):
    import yaml

    from contracts.calendar.loading import (
        CALENDAR_DIR_SETTING,
        calendar_file,
        load_official_year,
        reload,
    )

    year = calendar_file().years[2027].model_dump(mode="json")
    official = {"year": 2027, "published": "2026-12-15", "act": "the 2027 calendar (test data)",
                "calendar": {**year, "status": "final"}}
    source = tmp_path / "kz_calendar_2027.yaml"
    source.write_text(yaml.safe_dump(official, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(CALENDAR_DIR_SETTING, str(tmp_path / "calendar"))
    load_official_year(source, tmp_path / "calendar")
    reload()
    try:
        receipt = receipt_of(submitting(rules(R547, 1), "state_corporation", SC,
                                        "first_registration",
                                        now=datetime(2026, 12, 10, 10, 0, tzinfo=ALMATY),
                                        facts={}))
        assert receipt.result_due is not None and receipt.result_due.year == 2027
        assert receipt.provisional_calendar == []
    finally:
        monkeypatch.delenv(CALENDAR_DIR_SETTING)
        reload()
