"""The SLA dashboard: on time, late and open per district and regulation, drawn as SVG on the
server, with p50/p90 working days, each figure a way into the filtered queue."""

import re

import pytest
from playwright.sync_api import expect

from qorgau import scenarios as sc

pytestmark = pytest.mark.e2e
DISTRICT = "zhambyl"


def test_the_dashboard_draws_its_charts_and_drills_into_the_queue(api, desk, check):
    office = sc.front_office(DISTRICT)
    receipt = sc.submit(api, office, 1, sc.new_applicant(), "first_registration",
                        facts={"periods": sc.SEMEY_PERIODS})
    sc.forward(api, office, receipt["application_id"])
    sc.wait_case(api, sc.department(DISTRICT, "clerk"), receipt["application_id"])

    page = desk("oblast-dept/oblast-auditor").page
    page.goto("/sla")
    charts = page.locator("svg.chart")
    expect(charts).to_have_count(2)
    expect(charts.first.locator("rect").first).to_be_attached()
    expect(charts.first).to_have_attribute("role", "img")
    row = page.locator("table tbody tr", has_text=re.compile("Zhambyl"))
    expect(row.first).to_be_visible()
    check(page, "sla-1-dashboard")
    row.first.locator("td.num a").first.click()
    expect(page).to_have_url(re.compile(rf"/queue\?view=all&regulation_id=\d+&district={DISTRICT}"))
    expect(page.locator(f'a[href="/cases/{receipt["application_id"]}"]')).to_be_visible()
    check(page, "sla-2-drill-down")


def test_a_district_head_sees_the_dashboard_of_the_district(desk):
    page = desk(f"dd-{DISTRICT}/dd-{DISTRICT}-head").page
    page.goto("/sla")
    expect(page.locator("svg.chart")).to_have_count(2)
