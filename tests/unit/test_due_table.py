"""`qorgau dues`: for every regulation and channel, the receipt and the case give one answer."""

from datetime import datetime

from typer.testing import CliRunner

from qorgau.cli import app
from qorgau.due_table import ALMATY, rows

MON_3_JUNE_2019 = datetime(2019, 6, 3, 10, 0, tzinfo=ALMATY)


def test_every_regulation_and_channel_has_one_answer_on_the_receipt_and_the_case():
    table = list(rows(MON_3_JUNE_2019))
    assert {r.regulation_id for r in table} == set(range(1, 19))
    assert all(r.agree for r in table), [r for r in table if not r.agree]
    # every step of every case the engine runs is timed from the plan
    assert all(r.step_dues and r.case_due == r.step_dues[-1][1] for r in table
               if r.step_dues[-1][1] is not None)


def test_the_rows_the_audit_named():
    table = {(r.regulation_id, r.channel): r for r in rows(MON_3_JUNE_2019)}
    at = lambda *a: datetime(2019, *a, tzinfo=ALMATY)  # noqa: E731
    # reg. 1 at the provider: 5 Jul 15:00 on both (seed lines 131-145)
    assert table[1, "provider_office"].result_due == table[1, "provider_office"].case_due == at(
        7, 5, 15, 0)
    # reg. 16: 28 Jun 14:50 on both (lines 1227-1249)
    assert table[16, "provider_office"].case_due == at(6, 28, 14, 50)
    # reg. 15 through the State Corporation: the provider's term from the courier's delivery
    # (line 1181), the result back after the courier's 3 working days (line 1187)
    sc15 = table[15, "state_corporation"]
    assert sc15.first_due == at(6, 11, 18, 30) and sc15.result_due == at(6, 17, 20, 0)


def test_the_command_prints_the_table():
    answer = CliRunner().invoke(app, ["dues", "--at", "2019-06-03T10:00"])
    assert answer.exit_code == 0, answer.output
    assert " NO" not in answer.output
    assert answer.output.count(" yes") == len(list(rows(MON_3_JUNE_2019)))
