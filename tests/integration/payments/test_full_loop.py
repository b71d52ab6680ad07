"""The whole loop over the broker: decision on `workflow.cases` → assignment → the release loop
puts it in an envelope on `payments.orders` → the treasury simulator answers on
`treasury.answers` → confirmed or returned, and the reconciliation adds up."""

import asyncio
import time
from contextlib import asynccontextmanager
from uuid import uuid4

import httpx
import pytest

from contracts import topics
from eventkit import kafka
from eventkit.settings import ServiceSettings
from services.payments.app import PaymentsSettings, create_app
from services.payments.handlers import payment_id_for
from services.treasury.simulator import Options, run
from tests.integration.payments.conftest import NOW
from tests.integration.payments.factories import EXTREME_1949_1965, OTHER_IBAN, decision, person

pytestmark = pytest.mark.integration


CLOSED = "KZ86125KZT5004100100"


@asynccontextmanager
async def running(fresh_database, kafka_bootstrap, keypair):
    settings = ServiceSettings(DATABASE_URL=fresh_database, KAFKA_BOOTSTRAP_SERVERS=kafka_bootstrap,
                               JWT_PUBLIC_KEY=keypair[1])
    app = create_app(settings, clock=lambda: NOW, options=PaymentsSettings(
        PAYMENTS_RELEASE_INTERVAL_S=0.2))
    stop = asyncio.Event()
    options = Options(return_share=0.0, delay_s=0.1, group_id=f"sim-{uuid4().hex[:8]}",
                      closed_accounts=frozenset({CLOSED}))
    simulator = asyncio.create_task(run(kafka_bootstrap, options, stop))
    try:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                yield client
    finally:
        stop.set()
        await asyncio.wait_for(simulator, 10)


async def publish(bootstrap: str, *envelopes) -> None:
    producer = kafka.producer(bootstrap, "test-workflow")
    await producer.start()
    try:
        for envelope in envelopes:
            await producer.send_and_wait(topics.WORKFLOW_CASES, envelope.to_json(),
                                         key=envelope.stream_id.encode())
    finally:
        await producer.stop()


async def until(check, timeout: float = 45.0):
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached before the deadline")
        await asyncio.sleep(0.2)


def _status(client, token, payment_id, *wanted):
    async def check():
        answer = await client.get(f"/v1/payments/{payment_id}", headers=token())
        return answer.json() if answer.status_code == 200 and \
            answer.json()["status"] in wanted else None

    return check


def _payout(iban: str) -> dict:
    return {**EXTREME_1949_1965, "payout": {"kind": "bank_account", "iban": iban}}


async def test_decisions_are_paid_returned_resent_once_and_reconciled(
        fresh_database, kafka_bootstrap, keypair, token):
    good, bounced = f"loop-{uuid4().hex[:8]}", f"back-{uuid4().hex[:8]}"
    async with running(fresh_database, kafka_bootstrap, keypair) as client:
        await publish(kafka_bootstrap,
                      decision(good, person(), payload=_payout(OTHER_IBAN)),
                      decision(bounced, person("900202400028"), payload=_payout(CLOSED)))
        paid = await until(_status(client, token, payment_id_for(good), "confirmed"))
        assert paid["amount"] == "349594.12" and paid["bank_reference"].startswith("TR20250305")

        returned = await until(_status(client, token, payment_id_for(bounced), "returned"))
        assert returned["attempts"] == 1
        await asyncio.sleep(1.0)  # several release rounds pass: a returned payment waits
        current = await client.get(f"/v1/payments/{payment_id_for(bounced)}", headers=token())
        assert current.json()["status"] == "returned"
        corrected = await client.put(
            f"/v1/payments/{payment_id_for(bounced)}/details",
            json={"route": {"kind": "iban", "iban": OTHER_IBAN}},
            headers={**token(), "If-Match": current.headers["ETag"]})
        assert corrected.status_code == 200
        settled = await until(_status(client, token, payment_id_for(bounced), "confirmed"))
        assert settled["attempts"] == 2  # sent again once, in a later envelope

        async def reconciled():
            report = (await client.get("/v1/reconciliation", headers=token(), params={
                "date_from": "2025-03-05", "date_to": "2025-03-05"})).json()
            return report if report["total"]["confirmed"]["count"] == 2 else None

        report = await until(reconciled)
        total = report["total"]
        assert total["balanced"] and report["districts"]["talgar"] == total
        # three orders in all: two first sends and one re-send; the bounced one counted returned
        assert [total[k]["count"] for k in ("ordered", "confirmed", "returned", "pending")] == [
            3, 2, 1, 0]
        assert all(line["reconciliation"]["ordered"] == line["control"]
                   for line in report["envelopes"])
