"""Intake rules read from the real catalogue: channels, legs, checklists, computed terms."""

from datetime import date, datetime

import pytest

from contracts.catalogue import catalogue_for
from contracts.durations import Duration, DurationUnit
from services.intake.domain.rules import chain_due, rules_from_regulation

from .scenarios import ALMATY


@pytest.fixture(scope="module")
def catalogue():
    return catalogue_for(date(2026, 12, 1))


def rules(catalogue, reg_id):
    return rules_from_regulation(catalogue.regulation(reg_id), catalogue.version.id)


def test_reg1_state_corporation_legs_are_the_regulations(catalogue):
    channel = rules(catalogue, 1).channels["state_corporation"]
    minutes15 = Duration(value=15, unit=DurationUnit.MINUTES)
    hours3 = Duration(value=3, unit=DurationUnit.HOURS)
    assert channel.receipt.duration == minutes15 and channel.hand_over.duration == minutes15
    assert channel.forward.duration == hours3 and channel.collect.duration == hours3
    assert {"first_registration", "duplicate"} <= set(channel.to_result)


def test_reg1_first_registration_result_is_weeks_away_and_a_duplicate_sooner(catalogue):
    channel = rules(catalogue, 1).channels["state_corporation"]
    start = datetime(2026, 12, 1, 10, 0, tzinfo=ALMATY)
    first = chain_due(start, channel.to_result["first_registration"])
    duplicate = chain_due(start, channel.to_result["duplicate"])
    assert duplicate < first
    assert first > datetime(2026, 12, 25, tzinfo=ALMATY)  # at least 19 working days


def test_reg4_has_no_state_corporation_channel(catalogue):
    assert "state_corporation" not in rules(catalogue, 4).channels


def test_refusal_for_missing_documents_cites_a_configured_reason(catalogue):
    reg1 = rules(catalogue, 1)
    assert reg1.reason(reg1.incomplete_reason) is not None
    assert reg1.documents  # a checklist to check packages against


@pytest.mark.parametrize(("regulation_id", "channel"), [
    (13, "employment_centre"), (13, "provider_office"), (13, "state_corporation"),
    (10, "portal")])
def test_every_receipt_states_when_the_result_is_due(regulation_id, channel):
    """Where the provider decides the route (reg. 13, reg. 10 on the portal), the receipt counts
    the term of the provider the package goes to by default."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from services.intake.commanding import rules_in_force

    rules = rules_in_force(regulation_id, datetime(2026, 3, 2, 10, 5,
                                                   tzinfo=ZoneInfo("Asia/Almaty")))
    assert rules.channels[channel].to_result[""], "no chain of terms to the result"
