"""Terms and results as the seed has them: one plan for the receipt and the case (reg. 1's
certificate, reg. 16's stage 2), the provider's clock from the courier's delivery (reg. 15),
reg. 4's notice from the day the requests were sent, no refusal for reg. 13, reg. 1's payment
only through the State Corporation, and the act a case runs under."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from contracts.catalogue import Continuation, load_catalogue, parse_places
from contracts.events import Event
from contracts.identity import OrganisationKind
from contracts.workflow_events import (
    CaseOpened,
    DecisionDrafted,
    DecisionSigned,
    StepStarted,
    TermExtended,
)
from services.workflow.commanding import Cases
from services.workflow.domain import (
    Action,
    Active,
    AssignExecutor,
    Catalogues,
    DraftDecision,
    ExtendTerm,
    InvalidDecision,
    IssueResult,
    OpenCase,
    Register,
    RequestInformation,
    SendForSignature,
    SignDecision,
    State,
    UnknownCatalogue,
    initial_state,
)

from .support import (
    APPLICANT,
    CASES,
    HEAD_SIGNATURE,
    caller_for,
    given,
    payload_for,
    provider,
    walk,
)

ALMATY = ZoneInfo("Asia/Almaty")
MON_3_JUNE_2019 = datetime(2019, 6, 3, 10, 0, tzinfo=ALMATY)
R104, R547 = "r104_2019_03_29", "r547_2019_12_03"
D, OB = OrganisationKind.DISTRICT_DEPARTMENT, OrganisationKind.OBLAST_DEPARTMENT


def opening(reg_id: int, sub: str | None, kind: OrganisationKind, channel: str, version: str,
            now: datetime, origin: str = "forwarded", **extra: Any) -> OpenCase:
    return OpenCase(case_id="case-1", application_id="case-1", regulation_id=reg_id,
                    sub_service=sub, channel=channel, catalogue_version=version,
                    provider=provider(kind, **extra), applicant=APPLICANT, origin=origin,
                    now=now, receipt_number="R-1")


@dataclass
class OnTime:
    """A case whose every step is finished exactly at its due time."""

    cases: Cases = CASES
    state: State = initial_state
    events: list[Event] = field(default_factory=list)

    def run(self, command: Any) -> list[Event]:
        produced = list(self.cases.decider.decide(self.state, command))
        self.events.extend(produced)
        self.state = self.cases.decider.fold(produced, self.state)
        return produced

    @property
    def active(self) -> Active:
        assert isinstance(self.state, Active), self.state
        return self.state

    def step(self) -> list[Event]:
        case = self.cases.engine.case(self.active)
        step, now = case.step, self.active.current.due_at
        assert now is not None
        by = caller_for(self.active.current.holder)
        facts = self.active.case
        match step.action:
            case Action.REGISTER:
                return self.run(Register(by, "REG-1", now))
            case Action.ASSIGN:
                return self.run(AssignExecutor(by, "exec-1", now))
            case Action.DRAFT:
                body = payload_for(facts.regulation_id, facts.sub_service, step.stage,
                                   facts.channel)
                return self.run(DraftDecision(by, "approved", (), body, now))
            case Action.SEND:
                return self.run(SendForSignature(by, now))
            case Action.SIGN:
                return self.run(SignDecision(by, f"DEC-{len(self.events)}", now,
                                    head_signature=HEAD_SIGNATURE))
            case Action.ISSUE:
                return self.run(IssueResult(by, now, ""))
        raise AssertionError(step)

    def dues(self) -> dict[str, datetime | None]:
        return {e.step_id: e.due_at for e in self.events if isinstance(e, StepStarted)}


def walked(command: OpenCase, until: str | None = None) -> OnTime:
    w = OnTime()
    w.run(command)
    while isinstance(w.state, Active) and w.active.current.step_id != until:
        if w.cases.engine.case(w.active).step.awaits_applicant:
            break
        w.step()
    return w


# --- one plan: the case shows the dates the receipt gives -------------------------------------


def test_reg1_case_counts_the_certificate_step_before_the_signature():
    # lines 131-145: decision 19 working days from registration, the certificate within 4 working
    # days of the decision, then signing (4 h) and issue (30 min). Opened Mon 3 Jun 2019 10:00:
    # decision 28 Jun, certificate 4 Jul, signed by 5 Jul 13:00, issued by 5 Jul 15:00 (the
    # receipt's date), not 1 Jul 15:00.
    command = opening(1, "first_registration", D, "provider_office", R104, MON_3_JUNE_2019,
                      origin="in_person")
    opened = CASES.decider.decide(initial_state, command)[0]
    assert isinstance(opened, CaseOpened)
    assert opened.case_due == datetime(2019, 7, 5, 15, 0, tzinfo=ALMATY)
    w = walked(command)
    dues = w.dues()
    assert dues["decide"] == datetime(2019, 6, 28, 18, 30, tzinfo=ALMATY)
    assert dues["sign_result"] == datetime(2019, 7, 5, 13, 0, tzinfo=ALMATY)
    assert dues["issue_result"] == opened.case_due
    # the engine still runs draft, sign, issue: the certificate is the registry's to make, and
    # its term leads the signature
    plan = CASES.engine.plan(R104, 1, "first_registration", "provider_office")
    assert [s.step_id for s in plan] == [
        "register", "assign_executor", "decide", "sign_result", "issue_result"]
    assert [t.id for t in plan[3].lead] == ["issue_certificate"]


def test_reg16_stage_2_is_counted_from_the_end_of_stage_1():
    # lines 1227-1229: stage 1 within 7 working days, stage 2 within 11; the stage-1 notice's own
    # signing and issue are ours and lengthen no term: opened Mon 3 Jun 2019 10:00, stage 1 by
    # 12 Jun, stage 2 by 27 Jun, issued by 28 Jun 14:50 (the receipt's date), not 1 Jul
    command = opening(16, "issuance", OB, "provider_office", R104, MON_3_JUNE_2019,
                      origin="in_person")
    opened = CASES.decider.decide(initial_state, command)[0]
    assert isinstance(opened, CaseOpened)
    assert opened.case_due == datetime(2019, 6, 28, 14, 50, tzinfo=ALMATY)


# --- reg. 15 through the State Corporation: the provider's clock starts on delivery ------------


def test_reg15_provider_term_starts_when_the_courier_delivers():
    # line 1181: the courier takes 2 working days to bring the package, then the provider has
    # 4 working days (line 1157): forwarded Mon 3 Jun 2019, due Tue 11 Jun, not Fri 7 Jun
    command = opening(15, "grant", OB, "state_corporation", R104, MON_3_JUNE_2019)
    w = OnTime()
    w.run(command)
    assert w.dues()["accept_and_draft"] == datetime(2019, 6, 11, 18, 30, tzinfo=ALMATY)
    # at its own office the provider's clock starts at once
    w = OnTime()
    w.run(opening(15, "grant", OB, "provider_office", R104, MON_3_JUNE_2019, origin="in_person"))
    assert w.dues()["accept_and_draft"] == datetime(2019, 6, 7, 18, 30, tzinfo=ALMATY)


# --- reg. 4: the written notice is due two working days after the requests were sent ----------


def test_reg4_notice_is_due_from_the_day_the_request_was_sent():
    # line 351: the applicant is told in writing "within two working days from the day the
    # request was made": a request sent Wed 8 Jan 2020 and an extension entered Tue 14 Jan give
    # Fri 10 Jan, not Thu 16 Jan
    command = opening(4, None, OrganisationKind.EMPLOYMENT_CENTRE, "employment_centre", R547,
                      datetime(2020, 1, 6, 10, 0, tzinfo=ALMATY), origin="in_person")
    w = walked(command, until="draft_result")
    by = caller_for(w.active.current.holder)
    w.run(RequestInformation(by, "q-1", "tax authority", "incomes",
                             datetime(2020, 1, 8, 11, 0, tzinfo=ALMATY)))
    (extended,) = given(*w.events).when(ExtendTerm(
        by, "requests_to_bodies", "answers awaited",
        datetime(2020, 1, 14, 10, 0, tzinfo=ALMATY))).then(TermExtended)
    assert extended.notice_due == datetime(2020, 1, 10, 18, 30, tzinfo=ALMATY)


# --- reg. 13: the certificate says belongs or does not; there is no refusal -------------------


def test_reg13_has_no_reasoned_refusal():
    # line 1002: the result is the certificate of belonging (or not belonging) to TSA recipients
    w = walk(13).to(Action.DRAFT)
    given(*w.events).when(DraftDecision(w.holder(), "refused", ("income too high",), {},
                                        w.now)).raises(InvalidDecision, field="outcome")
    # "does not belong" is the certificate itself, approved and issued
    body = {"document": {"belongs": False, "as_of": "2025-03-03"}}
    given(*w.events).when(DraftDecision(w.holder(), "approved", (), body, w.now)).then(
        DecisionDrafted, StepStarted)


# --- reg. 1: the payment is a result only through the State Corporation -----------------------


def test_reg1_pays_only_through_the_state_corporation():
    # lines 106-110: at the provider, the decision and the certificate; lines 112-120: at the
    # State Corporation, also the payment to the person's account or the control account
    payout = {"kind": "bank_account", "iban": "KZ86125KZT5004100100"}
    body = {"recognition": {"periods": [{"zone": "extreme", "from_year": 1949, "to_year": 1965,
                                         "place": "Semey", "kind": "residence"}]},
            "payout": payout}
    at_office = walk(1, channel="provider_office").to(Action.DRAFT)
    given(*at_office.events).when(DraftDecision(at_office.holder(), "approved", (), body,
                                                at_office.now)).raises(
        InvalidDecision, field="payload.payout", match="no payment")
    through_sc = walk(1, channel="state_corporation").to(Action.DRAFT)
    through_sc.run(DraftDecision(through_sc.holder(), "approved", (), body, through_sc.now))
    signed = through_sc.to(Action.ISSUE).events
    decision = next(e for e in signed if isinstance(e, DecisionSigned))
    assert decision.channel == "state_corporation" and decision.payload["payout"]


# --- the act a case runs under ----------------------------------------------------------------

CONTINUED = Continuation(version=R547, basis="order of the oblast akimat")
IN_2026 = datetime(2026, 3, 2, 10, 0, tzinfo=ALMATY)


def test_a_case_records_the_act_and_the_setting_that_keeps_it_after_the_repeal():
    cases = Cases(Catalogues(load_catalogue().versions, CONTINUED))
    opened = cases.decider.decide(initial_state, opening(2, None, D, "state_corporation", R547,
                                                         IN_2026))[0]
    assert isinstance(opened, CaseOpened) and opened.act is not None
    assert opened.act.catalogue_version == R547
    assert opened.act.repealed_by is not None and "No. 56" in opened.act.repealed_by
    assert opened.act.continued_by == "QORGAU_CONTINUE_REPEALED_ACT=r547_2019_12_03 (order of " \
                                      "the oblast akimat)"


def test_without_the_setting_a_case_after_the_repeal_is_refused_not_defaulted():
    # lines 14-15: No. 81 was repealed by No. 56 of 13 February 2020
    cases = Cases(Catalogues(load_catalogue().versions, None))
    with pytest.raises(UnknownCatalogue, match=r"No\. 56"):
        cases.decider.decide(initial_state, opening(2, None, D, "state_corporation", R547,
                                                    IN_2026))
    with pytest.raises(UnknownCatalogue, match="QORGAU_CONTINUE_REPEALED_ACT"):
        cases.engine.catalogues.version_for(date(2026, 3, 2))


def test_a_case_keeps_the_act_of_the_day_its_application_was_accepted():
    # accepted the day before the repeal took effect, forwarded after it: still No. 81's case
    cases = Cases(Catalogues(load_catalogue().versions, None))
    command = opening(2, None, D, "state_corporation", R547,
                      datetime(2020, 2, 25, 10, 0, tzinfo=ALMATY))
    accepted = OpenCase(**{**command.__dict__,
                           "accepted_at": datetime(2020, 2, 21, 10, 0, tzinfo=ALMATY)})
    opened = cases.decider.decide(initial_state, accepted)[0]
    assert isinstance(opened, CaseOpened) and opened.act is not None
    assert opened.act.continued_by is None


# --- the rural akim's channel conditions, when an office accepts in person ---------------------

PLACES = parse_places("""
places:
- {district: talgar, rural_district: tuzdybastau, offices: []}
- {district: talgar, rural_district: shelek, offices: [employment_centre]}
""")


def test_a_rural_akim_accepts_reg4_in_person_only_where_there_is_no_employment_centre():
    # line 328: through the rural akim only where there is no Centre at the place of residence
    cases = Cases(Catalogues(load_catalogue().versions, CONTINUED, PLACES))
    akim = OrganisationKind.RURAL_AKIM

    def open_at(rural: str) -> list[Event]:
        return cases.decider.decide(initial_state, opening(
            4, None, akim, "rural_akim", R547, IN_2026, origin="in_person", rural=rural))

    assert isinstance(open_at("tuzdybastau")[0], CaseOpened)
    with pytest.raises(UnknownCatalogue, match="employment_centre") as has_centre:
        open_at("shelek")
    assert has_centre.value.field == "channel"
    with pytest.raises(UnknownCatalogue, match="place data does not list"):
        open_at("panfilov")


# --- reg. 16: the employer is identified by a BIN ----------------------------------------------


def test_reg16_permit_names_its_employer_by_a_valid_bin():
    # line 1198: reg. 16 is provided to individuals and legal entities; a legal entity's number
    # is a BIN (12 digits, the two-pass check digit of the IIN)
    w = walk(16, "issuance").to(Action.DRAFT)
    body = payload_for(16, "issuance", 1)
    bad = {"document": {**body["document"], "employer_bin": "050140000657"}}
    given(*w.events).when(DraftDecision(w.holder(), "approved", (), bad, w.now)).raises(
        InvalidDecision, field="payload.document.employer_bin", match="check digit")
    given(*w.events).when(DraftDecision(w.holder(), "approved", (), body, w.now)).then(
        DecisionDrafted, StepStarted)
