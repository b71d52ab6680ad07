"""Reconciliation always adds up to what was ordered, whatever the answers."""

from decimal import Decimal
from uuid import uuid4

from hypothesis import given
from hypothesis import strategies as st

from services.payments.domain.reconciliation import OrderLine, Tally, reconcile

LINES = st.lists(
    st.builds(
        OrderLine,
        payment_id=st.builds(uuid4),
        amount=st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False,
                           allow_infinity=False),
        outcome=st.sampled_from(["pending", "confirmed", "returned"]),
    ),
    max_size=40,
)


@given(LINES)
def test_the_outcomes_always_add_up_to_the_control_totals(lines):
    report = reconcile(lines)
    control = Tally(len(lines), sum((line.amount for line in lines), Decimal(0)))
    assert report.ordered == control
    assert report.balanced


@given(LINES, LINES)
def test_reports_of_two_envelopes_add_up_like_one(first, second):
    assert reconcile(first) + reconcile(second) == reconcile([*first, *second])


def test_a_hand_counted_envelope():
    lines = [OrderLine(uuid4(), Decimal("100.00"), "confirmed"),
             OrderLine(uuid4(), Decimal("50.25"), "returned"),
             OrderLine(uuid4(), Decimal("10.00"), "pending"),
             OrderLine(uuid4(), Decimal("1.00"), "confirmed")]
    report = reconcile(lines)
    assert report.ordered == Tally(4, Decimal("161.25"))
    assert report.confirmed == Tally(2, Decimal("101.00"))
    assert report.returned == Tally(1, Decimal("50.25"))
    assert report.pending == Tally(1, Decimal("10.00"))
