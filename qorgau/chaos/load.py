"""Steady reg. 1 load through the public APIs: each flow a front office's package, forwarded to
the district department, which registers, assigns, decides (compensation to an account), signs
and issues; a payments officer releases the district's ready payments to the treasury every few
seconds. Every request goes through `Client`, so a flow waits out whatever is down."""

import asyncio
import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from eventkit.periodic import sleep_or_stop
from eventkit.signing import KeyRing
from qorgau.chaos.client import Client, GaveUp
from qorgau.scenarios.system import (
    ALMATY,
    DEMO_IBAN,
    FULL_PACKAGE,
    SEMEY_PERIODS,
    department,
    department_ref,
    front_office,
    new_applicant,
)

DECISION = {"recognition": {"periods": SEMEY_PERIODS},
            "payout": {"kind": "bank_account", "iban": DEMO_IBAN}}
# a case's next step -> (who acts, path, body)
STEPS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "register": ("clerk", "/registration", {}),
    "assign_executor": ("head", "/executor", {}),  # the person is filled in below
    "decide": ("executor", "/draft", {"outcome": "approved", "regulation_id": 1,
                                      "sub_service": "first_registration",
                                      "payload": DECISION}),
    "send_for_signature": ("executor", "/draft/sending", {}),
    "sign_result": ("head", "/signature", {}),  # the signature is filled in below
    "issue_result": ("executor", "/result", {"summary": "decision issued"}),
}


@dataclass
class Ledger:
    """What the users were told, to hold the logs to."""

    accepted: dict[str, str] = field(default_factory=dict)  # application id -> applicant IIN
    forwarded: set[str] = field(default_factory=set)
    issued: set[str] = field(default_factory=set)  # cases decided, signed and issued
    failed: list[str] = field(default_factory=list)  # flows that gave up, and why
    started: int = 0
    skipped: int = 0  # flows due while `concurrency` were in flight: the rate not held


class Load:
    def __init__(self, client: Client, district: str = "talgar", rate_per_s: float = 1.0,
                 concurrency: int = 24, seed: int = 0,
                 signing_keys: Path | None = None) -> None:
        self.client, self.district, self.rate_per_s = client, district, rate_per_s
        # the heads' own keys, as their signing clients hold them (the dev stack's people/)
        self.heads = KeyRing.load(signing_keys) if signing_keys else KeyRing([])
        self.concurrency, self.rng = concurrency, random.Random(seed)
        self.ledger = Ledger()
        self.office = front_office(district)
        self.released = 0  # envelopes released

    def who(self, person: str) -> str:
        return department(self.district, person)

    async def run(self, stop: asyncio.Event) -> None:
        """Start flows at the rate until `stop`, then let those in flight finish."""
        running: set[asyncio.Task[None]] = set()
        next_at = time.monotonic()
        while not stop.is_set():
            if len(running) < self.concurrency:
                task = asyncio.create_task(self.flow())
                running.add(task)
                task.add_done_callback(running.discard)
            else:
                self.ledger.skipped += 1
            next_at += 1 / self.rate_per_s
            await sleep_or_stop(stop, max(next_at - time.monotonic(), 0))
        await asyncio.gather(*running)

    async def flow(self) -> None:
        self.ledger.started += 1
        try:
            case_id = await self.submit()
            await self.forward(case_id)
            await self.wait_case(case_id)
            await self.decide(case_id)
        except GaveUp as error:
            self.ledger.failed.append(str(error))

    async def submit(self) -> str:
        applicant = new_applicant(self.rng)
        body = {"regulation_id": 1, "sub_service": "first_registration", "applicant": applicant,
                "documents": FULL_PACKAGE, "facts": {"periods": SEMEY_PERIODS}}
        answer = await self.client.call("POST", "intake", "/v1/applications", self.office,
                                        (200, 201), {"Idempotency-Key": str(uuid.uuid4())}, body)
        case_id: str = answer.json()["application_id"]
        self.ledger.accepted[case_id] = applicant["iin"]
        return case_id

    async def forward(self, case_id: str) -> None:
        path = f"/v1/applications/{case_id}"
        while True:
            view = await self.client.call("GET", "intake", path, self.office, (200, 404))
            if view.status_code == 404:
                await asyncio.sleep(0.2)
                continue
            if view.json()["status"] != "accepted":
                break  # forwarded: by the try before the one that got no answer, perhaps
            answer = await self.client.call(
                "POST", "intake", f"{path}/forward", self.office, (200, 409, 412),
                {"If-Match": view.headers["ETag"]}, {"provider": department_ref(self.district)})
            if answer.status_code == 200:
                break
        self.ledger.forwarded.add(case_id)

    async def wait_case(self, case_id: str, timeout_s: float = 180.0) -> None:
        deadline = time.monotonic() + timeout_s
        path = f"/v1/cases/{case_id}"
        while (await self.client.call("GET", "workflow", path, self.who("clerk"),
                                      (200, 404))).status_code == 404:
            if time.monotonic() > deadline:
                raise GaveUp(f"case {case_id} not opened in {timeout_s:.0f} s")
            await asyncio.sleep(0.3)

    async def decide(self, case_id: str) -> None:
        path = f"/v1/cases/{case_id}"
        for _ in range(60):
            view = await self.client.call("GET", "workflow", path, self.who("clerk"))
            case = view.json()
            step = (case.get("current_step") or {}).get("step_id")
            if case["status"] == "closed" or step is None:
                self.ledger.issued.add(case_id)
                return
            if step not in STEPS:
                raise GaveUp(f"case {case_id}: no walk for step {step}")
            person, action, body = STEPS[step]
            if step == "assign_executor":
                body = {"person_id": self.who("executor").split("/", 1)[1]}
            if step == "sign_result":
                signature = await self.head_signature(case_id)
                if signature is None:
                    continue  # signed meanwhile (a try that got no answer went through)
                body = {"signature": signature}
            await self.client.call("POST", "workflow", path + action, self.who(person),
                                   (200, 409, 412), {"If-Match": view.headers["ETag"]}, body)
        raise GaveUp(f"case {case_id} did not close")

    async def head_signature(self, case_id: str) -> str | None:
        """The head signs the decision document the workflow gives with their own key (None:
        the case no longer waits for a signature)."""
        head = self.who("head")
        document = await self.client.call(
            "GET", "workflow", f"/v1/cases/{case_id}/draft/document", head, (200, 409))
        if document.status_code == 409:
            return None
        organisation_id, _, person_id = head.partition("/")
        return self.heads.sign(organisation_id, document.content, datetime.now(UTC),
                               person_id=person_id)

    async def release_every(self, seconds: float, stop: asyncio.Event) -> None:
        """The payments officer sends the district's ready payments to the treasury."""
        day = await self.payment_day()
        while not stop.is_set():
            try:
                day = await self.release(day)
            except GaveUp as error:
                self.ledger.failed.append(f"release: {error}")
            await sleep_or_stop(stop, seconds)

    async def release(self, day: date | None = None) -> date:
        """One envelope of the district's ready payments, if any; the payment day it used."""
        day = day or await self.payment_day()
        answer = await self.client.call(
            "POST", "payments", "/v1/envelopes", self.who("payments"), (201, 409, 422),
            {"Idempotency-Key": str(uuid.uuid4())},
            {"district": self.district, "schedule_date": day.isoformat()})
        self.released += answer.status_code == 201
        return await self.payment_day() if answer.status_code == 422 else day  # it passed

    async def payment_day(self) -> date:
        today = datetime.now(ALMATY).date()
        month = today.replace(day=1)
        for _ in range(3):
            answer = await self.client.call(
                "GET", "payments", f"/v1/schedule?year={month.year}&month={month.month}",
                self.who("payments"))
            later = [d for d in map(date.fromisoformat, answer.json()["payment_days"])
                     if d >= today]
            if later:
                return later[0]
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        raise GaveUp("no payment day in the next three months")
