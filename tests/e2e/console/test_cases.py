"""The work queue, the case page and its decisions.

The scene is set through the services' APIs (a package accepted and forwarded); the screens are
then used in the browser: the queue groups and counts working days, filters and exports, the case
page offers only what the caller may do, refuses a stale write clearly, keeps maker and checker
apart, and shows the timeline from the case's events.
"""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from qorgau import scenarios as sc
from tests.e2e.console import walk

pytestmark = pytest.mark.e2e
DISTRICT = "zhambyl"


def forwarded_case(api: sc.System) -> str:
    office = sc.front_office(DISTRICT)
    receipt = sc.submit(api, office, 1, sc.new_applicant(), "first_registration",
                        facts={"periods": sc.SEMEY_PERIODS})
    sc.forward(api, office, receipt["application_id"])
    sc.wait_case(api, sc.department(DISTRICT, "clerk"), receipt["application_id"])
    return str(receipt["application_id"])


def test_the_queue_groups_cases_filters_and_exports(api, desk, check, target):
    case_id = forwarded_case(api)
    page = desk(walk.department(DISTRICT, "clerk")).page
    page.goto("/queue")
    row = page.locator(f'tr:has(a[href="/cases/{case_id}"])')
    expect(row).to_be_visible()
    # registering is due within 30 office minutes: today, or (after hours) soon or overdue
    section = page.locator(f'section:has(a[href="/cases/{case_id}"]) h2')
    expect(section).to_have_id(re.compile("group-(today|soon|overdue|later)"))
    expect(row.locator("td.num")).to_have_text(re.compile(r"^\d+$|.+"))
    check(page, "queue-1-mine")
    page.locator("#view").select_option("all")
    page.locator("#regulation_id").select_option("1")
    page.locator("#sort").select_option("waiting")
    page.locator(".filters button").click()
    expect(page).to_have_url(re.compile(r"view=all.*regulation_id=1.*sort=waiting"))
    expect(row).to_be_visible()
    check(page, "queue-2-filtered")
    page.locator("#regulation_id").select_option("2")
    page.locator(".filters button").click()
    expect(page.locator(f'a[href="/cases/{case_id}"]')).to_have_count(0)
    page.locator("#regulation_id").select_option("1")
    page.locator("#channel").select_option("state_corporation")
    page.locator(".filters button").click()
    expect(row).to_be_visible()
    with page.expect_download() as download:
        page.locator('a[href^="/queue.csv"]').click()
    body = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert any(r["case_id"] == case_id for r in rows)
    assert all(r["regulation_id"] == "1" for r in rows)
    assert download.value.suggested_filename.startswith(f"queue-dd-{DISTRICT}-")
    # no service records exports: the console's own audit line says who took what
    log = target.home / "logs" / "console.log"
    if log.exists():  # the stack's console (a console started by hand logs elsewhere)
        lines = [line for line in log.read_text().splitlines() if "queue.exported" in line]
        assert lines and f'"person": "dd-{DISTRICT}-clerk"' in lines[-1]
        assert case_id not in lines[-1]  # what was exported is counted, not copied


def test_a_stale_write_is_refused_and_says_what_changed(api, desk, check, browser, target):
    case_id = forwarded_case(api)
    clerk = desk(walk.department(DISTRICT, "clerk"))
    clerk.page.goto(f"/cases/{case_id}")
    expect(clerk.page.locator("#action-register")).to_be_visible()
    # meanwhile the same case is registered from another PC
    sc.register_case(api, sc.department(DISTRICT, "clerk"), case_id)
    clerk.page.locator("#action-register button[type=submit]").click()
    conflict = clerk.page.locator(".error-summary")
    expect(conflict).to_be_visible()
    expect(conflict.locator("li").first).to_contain_text("dd-" + DISTRICT + "-clerk")
    expect(clerk.page.locator("#action-register")).to_have_count(0)  # not offered again
    check(clerk.page, "case-2-conflict")


def test_decisions_maker_and_checker_return_and_refuse(api, desk, check):
    case_id = forwarded_case(api)
    clerk = desk(walk.department(DISTRICT, "clerk")).page
    clerk.goto(f"/cases/{case_id}")
    walk.act(clerk, "register")
    head = desk(walk.department(DISTRICT, "head")).page
    head.goto(f"/cases/{case_id}")
    walk.act(head, "assign")
    executor = desk(walk.department(DISTRICT, "executor")).page
    executor.goto(f"/cases/{case_id}")
    expect(executor.locator("#action-draft")).to_be_visible()
    expect(executor.locator("#period-0-from_year")).to_have_value("1949")  # from the facts
    check(executor, "case-3-draft")
    walk.act(executor, "draft")
    expect(executor.locator("#action-sign")).to_have_count(0)
    head.goto(f"/cases/{case_id}")
    expect(head.locator("#action-sign")).to_be_visible()
    head.locator("#comment").fill("attach the archive answer")
    walk.act(head, "return")
    executor.goto(f"/cases/{case_id}")
    executor.locator("#outcome-refused").check()
    executor.locator("#reason").select_option("not_confirmed")
    executor.locator("#reason_text").fill("the archive did not confirm the residence")
    walk.act(executor, "draft")
    head.goto(f"/cases/{case_id}")
    walk.act(head, "sign")
    executor.goto(f"/cases/{case_id}")
    walk.act(executor, "issue")
    expect(executor.get_by_test_id("case-status")).to_have_attribute("data-status", "closed")
    timeline = executor.locator(".timeline li")
    # opened, registered, assigned, drafted, returned, drafted, signed, issued
    expect(timeline).to_have_count(8)
    expect(timeline.nth(4)).to_contain_text("attach the archive answer")
    expect(timeline.nth(6)).to_contain_text("dd-" + DISTRICT + "-head")
    check(executor, "case-1-closed-with-timeline")


def test_nothing_is_offered_to_someone_who_does_not_hold_the_step(api, desk):
    case_id = forwarded_case(api)
    page = desk(walk.department(DISTRICT, "executor")).page
    page.goto(f"/cases/{case_id}")
    expect(page.get_by_test_id("current-step")).to_be_visible()
    expect(page.locator("form.action-form")).to_have_count(0)
