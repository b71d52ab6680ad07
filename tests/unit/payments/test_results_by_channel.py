"""Reg. 1's payment is a result only through the State Corporation (seed lines 112-120): a
decision on a package lodged at the provider's own office assigns no compensation."""

from dataclasses import replace

from services.payments.domain.decisions import channel_pays

from .builders import decision

R547 = "r547_2019_12_03"


def test_the_state_corporation_channel_lists_the_payment_the_provider_office_does_not():
    # lines 106-110: at the provider, the decision and the certificate; 112-120 at the State
    # Corporation, also the payment to the person's account or the control account
    assert channel_pays(R547, 1, "state_corporation")
    assert not channel_pays(R547, 1, "provider_office")


def test_a_recognition_compensates_only_where_the_channel_pays():
    signed = replace(decision(), catalogue_version=R547)
    assert replace(signed, channel="state_corporation").compensates
    assert not replace(signed, channel="provider_office").compensates
    # a decision published before it carried its channel is paid as it always was
    assert replace(signed, channel=None).compensates


def test_an_unknown_version_or_channel_changes_nothing():
    assert channel_pays("r999_2030_01_01", 1, "provider_office")
    assert channel_pays(R547, 1, "teleport")
