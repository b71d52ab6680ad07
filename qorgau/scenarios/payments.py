"""Payment details, schedule and envelopes over the payments API."""

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from qorgau.scenarios.system import (
    ALMATY,
    DEMO_IBAN,
    ScenarioError,
    System,
    eventually,
)


def payments_of_case(s: System, who: str, case_id: str, district: str,
                     regulation_id: int) -> list[dict[str, Any]]:
    page = s.call("GET", "payments", f"/v1/payments?district={district}"
                  f"&regulation_id={regulation_id}&limit=500", who).json()
    return [p for p in page["items"] if p["case_id"] == case_id]


def wait_payment(s: System, who: str, case_id: str, district: str, regulation_id: int,
                 statuses: tuple[str, ...] | None = None, timeout: float = 60.0
                 ) -> dict[str, Any]:
    """The payment of a case, straight from its stream, once it is in one of `statuses`."""
    def probe() -> dict[str, Any] | None:
        found = payments_of_case(s, who, case_id, district, regulation_id)
        if not found:
            return None
        payment = payment_of(s, who, found[0]["payment_id"])
        return payment if statuses is None or payment["status"] in statuses else None

    wanted = f" {'/'.join(statuses)}" if statuses else ""
    return eventually(probe, f"payment of case {case_id}{wanted}", timeout)


def payment_of(s: System, who: str, payment_id: str) -> dict[str, Any]:
    return s.read("payments", payment_id, f"/v1/payments/{payment_id}", who).json()


def set_payment_details(s: System, who: str, payment_id: str,
                        iban: str = DEMO_IBAN) -> dict[str, Any]:
    if ("payments", payment_id) not in s.etags:
        payment_of(s, who, payment_id)
    return s.write("payments", payment_id, f"/v1/payments/{payment_id}/details", who,
                   {"route": {"kind": "iban", "iban": iban}}, method="PUT")


def next_payment_day(s: System, who: str, now: datetime | None = None) -> date:
    today = (now or datetime.now(ALMATY)).astimezone(ALMATY).date()
    month = today.replace(day=1)
    for _ in range(3):
        days = s.call("GET", "payments", f"/v1/schedule?year={month.year}&month={month.month}",
                      who).json()["payment_days"]
        later = [d for d in map(date.fromisoformat, days) if d >= today]
        if later:
            return later[0]
        month = (month + timedelta(days=32)).replace(day=1)
    raise ScenarioError("no payment day in the next three months")


def release_envelope(s: System, who: str, district: str,
                     schedule_date: date) -> dict[str, Any] | None:
    """Release the district's ready payments now; None when the release loop took them first."""
    answer = s.call("POST", "payments", "/v1/envelopes", who, (201, 409),
                    json={"district": district, "schedule_date": schedule_date.isoformat()},
                    headers={"Idempotency-Key": str(uuid.uuid4())})
    return answer.json() if answer.status_code == 201 else None


def pay(s: System, who: str, case_id: str, district: str, regulation_id: int,
        timeout: float = 60.0) -> dict[str, Any]:
    """Details if missing, an envelope to the treasury, and its confirmation."""
    payment = wait_payment(s, who, case_id, district, regulation_id,
                           ("awaiting_details", "ready", "ordered", "confirmed"), timeout)
    if payment["status"] == "awaiting_details":
        payment = set_payment_details(s, who, payment["payment_id"])
    if payment["status"] == "ready":
        release_envelope(s, who, district, next_payment_day(s, who))
    return wait_payment(s, who, case_id, district, regulation_id, ("confirmed",), timeout)
