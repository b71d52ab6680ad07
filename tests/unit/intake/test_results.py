"""Forwarding, the result coming back, hand-over and return of an uncollected result."""

from datetime import date, datetime

from contracts.durations import Duration, DurationUnit
from contracts.identity import OrganisationKind
from contracts.intake_events import (
    ApplicationForwarded,
    ResultHandedOver,
    ResultReceived,
    ResultReturnedToProvider,
)
from contracts.people import OrganisationRef
from services.intake.domain import Invalid, NotAllowedNow, UnknownApplication
from services.intake.domain.commands import (
    ForwardApplication,
    HandOverResult,
    RecordResult,
    ReturnResultToProvider,
)

from .scenarios import (
    ALMATY,
    FULL_PACKAGE,
    PROVIDER,
    REG1,
    REPRESENTATIVE,
    given,
    history_of,
    later,
    submission,
)

ONE_MONTH = Duration(value=1, unit=DurationUnit.MONTHS)


def forwarding(**changes) -> ForwardApplication:
    return ForwardApplication(**{"now": later(hours=1), "rules": REG1, "provider": PROVIDER,
                                 **changes})


def result(**changes) -> RecordResult:
    values = dict(now=datetime(2026, 12, 21, 11, 0, tzinfo=ALMATY), rules=REG1,
                  outcome="approved", decision_reference="DEC-1", provider=PROVIDER,
                  issued_at=datetime(2026, 12, 21, 9, 30, tzinfo=ALMATY), keep_for=ONE_MONTH)
    values.update(changes)
    return RecordResult(**values)


def hand_over(**changes) -> HandOverResult:
    values = dict(now=datetime(2026, 12, 22, 10, 10, tzinfo=ALMATY), rules=REG1)
    values.update(changes)
    return HandOverResult(**values)


ACCEPTED = history_of(submission())
FORWARDED = history_of(submission(), forwarding())
RECEIVED = history_of(submission(), forwarding(), result())


def test_accepted_package_is_forwarded_with_its_contents():
    [event] = given(*ACCEPTED).when(forwarding()).then(ApplicationForwarded)
    assert event.provider == PROVIDER and event.receipt_number == "sc-talgar/2026/000001"
    assert event.result_due == date(2026, 12, 30)
    assert event.facts["periods"][0]["zone"] == "extreme"
    assert event.forward_due == datetime(2026, 12, 1, 13, 0, tzinfo=ALMATY)
    assert event.overdue is False


def test_forwarding_after_the_three_hour_leg_is_marked_overdue():
    [event] = given(*ACCEPTED).when(forwarding(now=later(hours=4))).then(ApplicationForwarded)
    assert event.overdue is True


def test_forwarding_again_to_the_same_provider_changes_nothing():
    given(*FORWARDED).when(forwarding()).then()


def test_forwarding_to_another_provider_after_forwarding_is_refused():
    other = PROVIDER.model_copy(update={"organisation_id": "dep-other"})
    given(*FORWARDED).when(forwarding(provider=other)).raises(NotAllowedNow)


def test_refused_package_is_not_forwarded():
    refused = history_of(submission(documents=FULL_PACKAGE[:1]))
    given(*refused).when(forwarding()).raises(NotAllowedNow)


def test_forwarding_an_unknown_application_is_not_found():
    given().when(forwarding()).raises(UnknownApplication)


def test_provider_of_a_kind_the_regulation_does_not_name_is_invalid():
    akim = OrganisationRef(organisation_id="akim-1", kind=OrganisationKind.RURAL_AKIM,
                           district="talgar", rural_district="tuzdybastau")
    given(*ACCEPTED).when(forwarding(provider=akim)).raises(Invalid, field="provider.kind")


def test_provider_of_another_district_is_invalid():
    elsewhere = PROVIDER.model_copy(update={"district": "karasai"})
    given(*ACCEPTED).when(forwarding(provider=elsewhere)).raises(Invalid, field="provider.district")


def test_result_from_the_provider_is_received_with_its_keeping_period():
    [event] = given(*FORWARDED).when(result()).then(ResultReceived)
    assert event.receive_due == datetime(2026, 12, 21, 12, 30, tzinfo=ALMATY)  # 3 office hours
    assert event.collect_by == datetime(2027, 1, 21, 20, 0, tzinfo=ALMATY)  # a month, closing


def test_the_same_result_told_twice_changes_nothing():
    given(*RECEIVED).when(result()).then()


def test_a_different_second_result_is_refused():
    given(*RECEIVED).when(result(decision_reference="DEC-2")).raises(NotAllowedNow)


def test_result_from_a_provider_never_sent_the_package_is_refused():
    stranger = PROVIDER.model_copy(update={"organisation_id": "dep-stranger"})
    given(*FORWARDED).when(result(provider=stranger)).raises(NotAllowedNow)


def test_result_before_forwarding_is_refused():
    given(*ACCEPTED).when(result()).raises(NotAllowedNow)


def test_received_result_is_handed_over_to_the_applicant():
    arrived = datetime(2026, 12, 22, 10, 0, tzinfo=ALMATY)
    [event] = given(*RECEIVED).when(hand_over(applicant_arrived_at=arrived)).then(ResultHandedOver)
    assert event.recipient == "applicant"
    assert event.hand_over_due == datetime(2026, 12, 22, 10, 15, tzinfo=ALMATY)
    assert event.overdue is False


def test_hand_over_slower_than_fifteen_minutes_is_marked_overdue():
    arrived = datetime(2026, 12, 22, 9, 30, tzinfo=ALMATY)
    [event] = given(*RECEIVED).when(hand_over(applicant_arrived_at=arrived)).then(ResultHandedOver)
    assert event.overdue is True


def test_hand_over_to_a_representative_needs_one_on_the_application():
    given(*RECEIVED).when(hand_over(recipient="representative")).raises(Invalid, field="recipient")


def test_hand_over_to_the_named_representative():
    events = history_of(submission(representative=REPRESENTATIVE), forwarding(), result())
    given(*events).when(hand_over(recipient="representative")).then(ResultHandedOver)


def test_handing_over_twice_changes_nothing():
    handed = history_of(submission(), forwarding(), result(), hand_over())
    given(*handed).when(hand_over()).then()


def test_hand_over_before_the_result_came_back_is_refused():
    given(*FORWARDED).when(hand_over()).raises(NotAllowedNow)


def test_uncollected_result_goes_back_to_the_provider_after_the_period():
    when = datetime(2027, 1, 22, 9, 0, tzinfo=ALMATY)
    [event] = given(*RECEIVED).when(ReturnResultToProvider(now=when)).then(ResultReturnedToProvider)
    assert event.provider == PROVIDER and event.collect_by < when


def test_result_is_not_returned_while_it_may_still_be_collected():
    when = datetime(2027, 1, 21, 19, 0, tzinfo=ALMATY)
    given(*RECEIVED).when(ReturnResultToProvider(now=when)).raises(NotAllowedNow)


def test_returned_result_can_no_longer_be_handed_over():
    when = datetime(2027, 1, 22, 9, 0, tzinfo=ALMATY)
    returned = history_of(submission(), forwarding(), result(), ReturnResultToProvider(now=when))
    given(*returned).when(hand_over()).raises(NotAllowedNow)


def test_returning_twice_changes_nothing():
    when = datetime(2027, 1, 22, 9, 0, tzinfo=ALMATY)
    returned = history_of(submission(), forwarding(), result(), ReturnResultToProvider(now=when))
    given(*returned).when(ReturnResultToProvider(now=when)).then()


def test_handed_over_result_is_not_returned():
    handed = history_of(submission(), forwarding(), result(), hand_over())
    when = datetime(2027, 2, 1, 9, 0, tzinfo=ALMATY)
    given(*handed).when(ReturnResultToProvider(now=when)).raises(NotAllowedNow)
