"""The payments API through the real app and database: details, release, reconciliation."""

from decimal import Decimal
from functools import partial
from uuid import uuid4

import pytest

from contracts import topics
from contracts import treasury_events as t
from contracts.identity import OrganisationKind, Role
from eventkit.projections import ProjectionRunner
from services.payments.domain.decisions import payment_id_for
from services.payments.projections import PAYMENTS
from tests.integration.payments.conftest import NOW
from tests.integration.payments.factories import (
    OTHER_IBAN,
    VALID_IBAN,
    decision,
    deliver,
    person,
    treasury_answer,
)

pytestmark = pytest.mark.integration
DISTRICT = OrganisationKind.DISTRICT_DEPARTMENT


async def _assigned(client, case_id: str, iin: str = "850101300015", district="talgar"):
    pool = client.app.state.pool
    await deliver(pool, decision(case_id, person(iin), district=district))
    await ProjectionRunner(pool, [PAYMENTS]).catch_up()
    return payment_id_for(case_id)


async def _project(client):
    await ProjectionRunner(client.app.state.pool, [PAYMENTS]).catch_up()


async def _set_iban(client, token, payment_id, iban=VALID_IBAN, headers=None):
    current = await client.get(f"/v1/payments/{payment_id}", headers=token())
    return await client.put(
        f"/v1/payments/{payment_id}/details",
        json={"route": {"kind": "iban", "iban": iban}},
        headers={**token(), "If-Match": current.headers["ETag"], **(headers or {})},
    )


async def test_details_are_required_before_a_payment_can_be_ordered(client, token):
    payment_id = await _assigned(client, "d1")
    body = (await client.get(f"/v1/payments/{payment_id}", headers=token())).json()
    assert (body["status"], body["amount"]) == ("awaiting_details", "349594.12")
    release = {"district": "talgar", "schedule_date": "2025-03-05"}
    assert (await client.post("/v1/envelopes", json=release, headers=token())).status_code == 409
    answer = await _set_iban(client, token, payment_id)
    assert answer.status_code == 200
    assert answer.json()["status"] == "ready" and answer.headers["ETag"] == 'W/"2"'


async def test_setting_details_needs_if_match_and_a_current_version(client, token):
    payment_id = await _assigned(client, "d2")
    url = f"/v1/payments/{payment_id}/details"
    route = {"route": {"kind": "iban", "iban": VALID_IBAN}}
    assert (await client.put(url, json=route, headers=token())).status_code == 428
    stale = await client.put(url, json=route, headers={**token(), "If-Match": 'W/"7"'})
    assert stale.status_code == 409


async def test_a_stale_if_match_does_not_tell_an_outsider_the_payment_exists(client, token):
    payment_id = await _assigned(client, "d2b")
    route = {"route": {"kind": "iban", "iban": VALID_IBAN}}
    outsider = {**token(DISTRICT, Role.PAYMENTS_OFFICER, "ile"), "If-Match": 'W/"7"'}
    answer = await client.put(f"/v1/payments/{payment_id}/details", json=route, headers=outsider)
    assert answer.status_code == 404
    unknown = await client.put(f"/v1/payments/{uuid4()}/details", json=route,
                               headers={**token(), "If-Match": 'W/"1"'})
    assert unknown.status_code == 404


async def test_an_iban_with_a_wrong_checksum_is_refused_naming_the_field(client, token):
    payment_id = await _assigned(client, "d3")
    answer = await _set_iban(client, token, payment_id, iban="KZ87125KZT5004100100")
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "route.iban"
    assert "KZ87125KZT5004100100" not in answer.text


async def test_a_penitentiary_control_account_is_a_route(client, token):
    payment_id = await _assigned(client, "d4")
    current = await client.get(f"/v1/payments/{payment_id}", headers=token())
    route = {"kind": "penitentiary", "institution_name": "Institution LA-155/14",
             "institution_bin": "010140000143", "control_account_iban": OTHER_IBAN}
    answer = await client.put(f"/v1/payments/{payment_id}/details", json={"route": route},
                              headers={**token(), "If-Match": current.headers["ETag"]})
    assert answer.status_code == 200 and answer.json()["route"]["kind"] == "penitentiary"


async def test_release_is_idempotent_and_refuses_days_off_schedule(client, token):
    payment_id = await _assigned(client, "r1")
    await _set_iban(client, token, payment_id)
    await _project(client)
    off_schedule = {"district": "talgar", "schedule_date": "2025-03-06"}
    assert (await client.post("/v1/envelopes", json=off_schedule,
                              headers=token())).status_code == 422
    body = {"district": "talgar", "schedule_date": "2025-03-05"}
    headers = {**token(), "Idempotency-Key": "release-talgar-0305"}
    first = await client.post("/v1/envelopes", json=body, headers=headers)
    assert first.status_code == 201
    assert first.json()["control"] == {"count": 1, "sum": "349594.12"}
    again = await client.post("/v1/envelopes", json=body, headers=headers)
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    assert await client.app.state.pool.fetchval(
        "SELECT count(*) FROM events WHERE event_type = 'payments.EnvelopeReleased'") == 1


async def test_reconciliation_adds_up_per_envelope_and_district(client, token):
    ids = [await _assigned(client, f"k{i}", iin) for i, iin in
           enumerate(["850101300015", "900202400028", "780303300012"])]
    for payment_id in ids:
        await _set_iban(client, token, payment_id)
    await _project(client)
    released = await client.post("/v1/envelopes", headers=token(),
                                 json={"district": "talgar", "schedule_date": "2025-03-05"})
    envelope_id = released.json()["envelope_id"]
    pool = client.app.state.pool
    confirm = t.PaymentConfirmed(payment_id=ids[0], envelope_id=envelope_id, bank_reference="B1",
                                 amount=Decimal("349594.12"), confirmed_at=NOW)
    give_back = t.PaymentReturned(payment_id=ids[1], envelope_id=envelope_id,
                                  reason="account_closed", returned_at=NOW)
    for version, answer in enumerate([confirm, give_back], start=2):
        await deliver(pool, treasury_answer(answer, envelope_id, version), topics.TREASURY_ANSWERS)
    await _project(client)
    report = (await client.get("/v1/reconciliation", headers=token(),
                               params={"date_from": "2025-03-01", "date_to": "2025-03-31"})).json()
    [line] = report["envelopes"]
    tally = line["reconciliation"]
    assert tally["balanced"] and line["control"] == tally["ordered"]
    assert [tally[k]["count"] for k in ("confirmed", "returned", "pending")] == [1, 1, 1]
    assert report["districts"]["talgar"] == tally == report["total"]


async def test_the_schedule_moves_a_payment_day_off_to_the_next_working_day(client, token):
    answer = await client.get("/v1/schedule", params={"year": 2025, "month": 10}, headers=token())
    # 5 October 2025 is a Sunday: paid on Monday the 6th; the 20th is a Monday
    # (5 January 2025 would not do: a Sunday made a working day by a transfer act)
    assert answer.json()["payment_days"] == ["2025-10-06", "2025-10-20"]


# --- jurisdiction: every endpoint x role x kind x own/other district ---------------------------

CALLERS = {
    "oblast officer": (OrganisationKind.OBLAST_DEPARTMENT, Role.PAYMENTS_OFFICER, None),
    "own district officer": (DISTRICT, Role.PAYMENTS_OFFICER, "talgar"),
    "other district officer": (DISTRICT, Role.PAYMENTS_OFFICER, "ile"),
    "own district auditor": (DISTRICT, Role.AUDITOR, "talgar"),
    "other district head": (DISTRICT, Role.HEAD, "ile"),
    "district clerk": (DISTRICT, Role.OFFICE_CLERK, "talgar"),
    "front office operator": (OrganisationKind.STATE_CORPORATION, Role.OPERATOR, "talgar"),
    "treasury": (OrganisationKind.TREASURY, Role.TREASURY, None),
    "village akim": (OrganisationKind.RURAL_AKIM, Role.HEAD, "talgar"),
}
# expected status per endpoint, in CALLERS order
MATRIX = {
    "read payment": [200, 200, 404, 200, 404, 403, 403, 403, 403],
    "set details": [200, 200, 404, 403, 403, 403, 403, 403, 403],
    "release": [409, 409, 404, 403, 403, 403, 403, 403, 403],
    "list payments": [1, 1, 0, 1, 0, 403, 403, 403, 403],
    "reconciliation": [200, 200, 200, 200, 200, 403, 403, 403, 403],
}


@pytest.mark.parametrize("endpoint", list(MATRIX))
async def test_jurisdiction_matrix(client, token, endpoint):
    payment_id = await _assigned(client, f"j-{endpoint}")
    for (name, (kind, role, district)), expected in zip(CALLERS.items(), MATRIX[endpoint],
                                                       strict=True):
        who = partial(token, kind, role, district)
        got = await _call(client, who, endpoint, payment_id)
        assert got == expected, f"{endpoint} by {name}: {got} != {expected}"


async def _call(client, who, endpoint: str, payment_id) -> int:
    if endpoint == "read payment":
        return (await client.get(f"/v1/payments/{payment_id}", headers=who())).status_code
    if endpoint == "set details":
        # the If-Match an outsider could not have read: send a current one anyway
        version = (await client.app.state.pool.fetchval(
            "SELECT count(*) FROM events WHERE stream_id = $1", f"payment-{payment_id}"))
        answer = await client.put(
            f"/v1/payments/{payment_id}/details", headers={**who(), "If-Match": f'"{version}"'},
            json={"route": {"kind": "iban", "iban": VALID_IBAN if version % 2 else OTHER_IBAN}})
        return answer.status_code
    if endpoint == "release":
        # nothing is ready in that test (409) for those who may release at all
        answer = await client.post("/v1/envelopes", headers=who(),
                                   json={"district": "talgar", "schedule_date": "2025-03-20"})
        return answer.status_code
    if endpoint == "list payments":
        answer = await client.get("/v1/payments", headers=who())
        return len(answer.json()["items"]) if answer.status_code == 200 else answer.status_code
    answer = await client.get("/v1/reconciliation", headers=who(),
                              params={"date_from": "2025-03-01", "date_to": "2025-03-31"})
    return answer.status_code


async def test_a_missing_token_is_401(client):
    assert (await client.get(f"/v1/payments/{uuid4()}")).status_code == 401
