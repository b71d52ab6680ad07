"""The work queue: the cases of my role within my jurisdiction, grouped by how soon they are due.

"Mine" is the workflow's inbox (what waits for my role, my person or nobody yet); "All" is the
case list of my jurisdiction. Rows show the working days left by the Kazakhstan calendar. The
filtered list can be exported as CSV; every export is audited.
"""

import asyncio
import csv
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import TypeAdapter

from .. import audit
from ..deadlines import GROUPS, group_of, working_days_left
from ..rendering import pages_of
from ..vocabulary import STEPS, label, regulation_name
from ..web import Caller, Who

router = APIRouter()
PAGE = 200
EXPORT_LIMIT = 5000
DATETIME = TypeAdapter(datetime)


@dataclass(frozen=True)
class Row:
    case_id: str
    regulation_id: int
    step_id: str | None
    due_at: datetime | None
    overdue: bool
    applicant: str | None
    waiting_since: datetime
    district: str | None
    registration_number: str | None
    group: str
    days_left: int | None
    channel: str | None = None


@dataclass(frozen=True)
class Filters:
    view: str = "mine"
    regulation_id: int | None = None
    step: str | None = None
    channel: str | None = None
    district: str | None = None
    overdue: bool = False
    sort: str = "due"

    @classmethod
    def of(cls, request: Request, who: Who) -> "Filters":
        q = request.query_params
        staff = who.role in ("office_clerk", "head", "responsible_executor")
        view = q.get("view") or ("mine" if staff else "all")
        regulation = q.get("regulation_id", "")
        return cls(view="mine" if view == "mine" and staff else "all",
                   regulation_id=int(regulation) if regulation.isdigit() else None,
                   step=q.get("step") or None, channel=q.get("channel") or None,
                   district=q.get("district") or None, overdue=q.get("overdue") == "1",
                   sort="waiting" if q.get("sort") == "waiting" else "due")

    def query(self) -> str:
        pairs = {"view": self.view, "regulation_id": self.regulation_id, "step": self.step,
                 "channel": self.channel, "district": self.district,
                 "overdue": "1" if self.overdue else None, "sort": self.sort}
        return "&".join(f"{k}={v}" for k, v in pairs.items() if v not in (None, ""))


def _when(value: Any) -> datetime | None:
    return DATETIME.validate_python(value) if value else None


def _row(item: dict[str, Any], now: datetime, inbox: bool) -> Row:
    due = _when(item.get("due_at") if inbox else item.get("current_due"))
    overdue = bool(item.get("overdue"))
    return Row(
        case_id=item["case_id"], regulation_id=item["regulation_id"],
        step_id=item.get("step_id") if inbox else item.get("current_step"), due_at=due,
        overdue=overdue, applicant=item.get("applicant_last_name"),
        waiting_since=DATETIME.validate_python(item["started_at"] if inbox
                                               else item["opened_at"]),
        district=item.get("district"), registration_number=item.get("registration_number"),
        group=group_of(due, overdue, now),
        days_left=working_days_left(due, now) if due else None)


async def rows_of(who: Who, f: Filters, limit: int = PAGE) -> list[Row]:
    if f.view == "mine":
        items = await who.api.inbox(limit=min(limit, PAGE))
        rows = [_row(i, who.now, inbox=True) for i in items]
        rows = [r for r in rows if (f.regulation_id is None or r.regulation_id == f.regulation_id)
                and (f.step is None or r.step_id == f.step)
                and (f.district is None or r.district == f.district)]
    else:
        rows, offset = [], 0
        while len(rows) < limit:
            page = await who.api.cases(status="open", regulation_id=f.regulation_id,
                                       step=f.step, district=f.district,
                                       overdue="true" if f.overdue else None,
                                       sort="opened" if f.sort == "waiting" else "due",
                                       limit=min(PAGE, limit - len(rows)), offset=offset)
            rows += [_row(i, who.now, inbox=False) for i in page["items"]]
            if page.get("next_offset") is None:
                break
            offset = page["next_offset"]
    if f.overdue:
        rows = [r for r in rows if r.group == "overdue"]
    if f.channel:
        rows = await _with_channel(who, rows, f.channel)
    key = (lambda r: r.waiting_since) if f.sort == "waiting" else (
        lambda r: (r.due_at is None, r.due_at or r.waiting_since))
    return sorted(rows, key=key)


async def _with_channel(who: Who, rows: list[Row], channel: str) -> list[Row]:
    """The case list does not carry the channel: read it from each case (bounded)."""
    gate = asyncio.Semaphore(8)

    async def channel_of(row: Row) -> Row:
        async with gate:
            detail = await who.api.case(row.case_id)
        return Row(**{**row.__dict__, "channel": detail.get("channel")})

    found = await asyncio.gather(*(channel_of(r) for r in rows))
    return [r for r in found if r.channel == channel]


@router.get("/queue", response_class=HTMLResponse)
async def queue(request: Request, who: Caller) -> HTMLResponse:
    f = Filters.of(request, who)
    rows = await rows_of(who, f)
    groups = {g: [r for r in rows if r.group == g] for g in GROUPS}
    values = dict(f=f, groups=groups, total=len(rows), steps=STEPS,
                  staff=who.role in ("office_clerk", "head", "responsible_executor"),
                  oblast=who.principal["kind"] == "oblast_department")
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "queue-list":
        return pages_of(request).fragment(request, "queue/queue.html", "list", **values)
    return pages_of(request).render(request, "queue/queue.html", **values)


@router.get("/queue.csv")
async def export(request: Request, who: Caller) -> Response:
    f = Filters.of(request, who)
    rows = await rows_of(who, f, limit=EXPORT_LIMIT)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["case_id", "registration_number", "regulation_id", "regulation", "step",
                     "district", "due_at", "working_days_left", "group", "waiting_since"])
    for r in rows:
        writer.writerow([r.case_id, r.registration_number or "", r.regulation_id,
                         regulation_name(r.regulation_id, who.today), label(STEPS, r.step_id),
                         r.district or "", r.due_at.isoformat() if r.due_at else "",
                         "" if r.days_left is None else r.days_left, r.group,
                         r.waiting_since.isoformat()])
    stamp = who.now.strftime("%Y%m%dT%H%M%SZ")
    filename = f"queue-{who.principal['organisation_id']}-{stamp}.csv"
    audit.record("queue.exported", who.principal, who.now, rows=len(rows), filename=filename,
                 filters=f.query())
    return Response(out.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
