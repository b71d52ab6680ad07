"""The whole loop over the broker: decision on `workflow.cases` → assignment → the release loop
puts it in an envelope on `payments.orders` → the treasury simulator answers on
`treasury.answers` → confirmed or returned, and the reconciliation adds up."""

import asyncio
from contextlib import asynccontextmanager
from uuid import uuid4

import httpx
import pytest

from contracts import topics
from eventkit import kafka
from eventkit.clock import FrozenClock
from eventkit.settings import ServiceSettings
from qorgau.treasury.simulator import Options, run
from services.payments.app import PaymentsSettings, create_app
from services.payments.domain.decisions import payment_id_for
from tests.integration.payments.conftest import NOW
from tests.integration.payments.factories import EXTREME_1949_1965, OTHER_IBAN, decision, person
from tests.support.cases import with_opening
from tests.support.keys import SIMULATOR_KEYS
from tests.support.polling import eventually

pytestmark = pytest.mark.integration


CLOSED = "KZ86125KZT5004100100"
TIMEOUT_S = 45.0  # the treasury answers through the broker, after its own delay


@asynccontextmanager
async def running(fresh_database, kafka_bootstrap, keypair):
    settings = ServiceSettings(DATABASE_URL=fresh_database, KAFKA_BOOTSTRAP_SERVERS=kafka_bootstrap,
                               JWT_PUBLIC_KEY=keypair[1])
    app = create_app(settings, clock=FrozenClock(NOW), options=PaymentsSettings(
        PAYMENTS_RELEASE_INTERVAL_S=0.2))
    stop = asyncio.Event()
    options = Options(return_share=0.0, delay_s=0.1, group_id=f"sim-{uuid4().hex[:8]}",
                      closed_accounts=frozenset({CLOSED}), **SIMULATOR_KEYS)
    simulator = asyncio.create_task(run(kafka_bootstrap, options, stop))
    try:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                client.app = app  # type: ignore[attr-defined]
                yield client
    finally:
        stop.set()
        await asyncio.wait_for(simulator, 10)


async def publish(bootstrap: str, *envelopes) -> None:
    producer = kafka.producer(bootstrap, "test-workflow")
    await producer.start()
    try:
        for decided in envelopes:
            for envelope in with_opening(decided):
                await producer.send_and_wait(topics.WORKFLOW_CASES, envelope.to_json(),
                                             key=envelope.stream_id.encode())
    finally:
        await producer.stop()


def _status(client, token, payment_id, *wanted):
    async def check():
        answer = await client.get(f"/v1/payments/{payment_id}", headers=token())
        return answer.json() if answer.status_code == 200 and \
            answer.json()["status"] in wanted else None

    return check


def _listed(client, token, status, payment_id):
    async def check():
        page = await client.get("/v1/payments", headers=token(), params={"status": status})
        return [p for p in page.json()["items"] if p["payment_id"] == str(payment_id)]

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
        paid = await eventually(_status(client, token, payment_id_for(good), "confirmed"),
                                TIMEOUT_S, "the good payment confirmed")
        assert paid["amount"] == "349594.12" and paid["bank_reference"].startswith("TR20250305")

        returned = await eventually(_status(client, token, payment_id_for(bounced), "returned"),
                                    TIMEOUT_S, "the bounced payment returned")
        assert returned["attempts"] == 1
        # a release round over a read model that knows of the return: run here, so it has
        # certainly run (the timer runs too), and it orders nothing — a returned payment waits
        await eventually(_listed(client, token, "returned", payment_id_for(bounced)), TIMEOUT_S,
                         "the return in the read model the release reads")
        [release] = client.app.state.runtime.spec.timers
        assert await release.tick(client.app.state.pool, NOW) == 0
        current = await client.get(f"/v1/payments/{payment_id_for(bounced)}", headers=token())
        assert current.json()["status"] == "returned"
        corrected = await client.put(
            f"/v1/payments/{payment_id_for(bounced)}/details",
            json={"route": {"kind": "iban", "iban": OTHER_IBAN}},
            headers={**token(), "If-Match": current.headers["ETag"]})
        assert corrected.status_code == 200
        settled = await eventually(_status(client, token, payment_id_for(bounced), "confirmed"),
                                   TIMEOUT_S, "the corrected payment confirmed")
        assert settled["attempts"] == 2  # sent again once, in a later envelope

        async def reconciled():
            report = (await client.get("/v1/reconciliation", headers=token(), params={
                "date_from": "2025-03-05", "date_to": "2025-03-05"})).json()
            return report if report["total"]["confirmed"]["count"] == 2 else None

        report = await eventually(reconciled, TIMEOUT_S, "both payments reconciled")
        total = report["total"]
        assert total["balanced"] and report["districts"]["talgar"] == total
        # three orders in all: two first sends and one re-send; the bounced one counted returned
        assert [total[k]["count"] for k in ("ordered", "confirmed", "returned", "pending")] == [
            3, 2, 1, 0]
        assert all(line["reconciliation"]["ordered"] == line["control"]
                   for line in report["envelopes"])
