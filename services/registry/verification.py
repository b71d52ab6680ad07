"""Public verification, no login: by code (the QR link) or by number plus the holder's IIN.

Answers the minimum (status, kind, number, issue date, masked name), never an IIN. Every
lookup, found or not, is an audited event; clients are rate-limited.
"""

from datetime import date
from typing import Annotated
from uuid import uuid4
from zoneinfo import ZoneInfo

import asyncpg
from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from contracts.identity import Actor, OrganisationKind, Producer, Role
from contracts.iin import IinStr, mask_iin
from contracts.registry_events import DocumentKind, VerificationLookedUp
from eventkit import store
from eventkit.problem_docs import problem_responses
from eventkit.problems import ProblemError
from eventkit.store import Metadata

from . import queries
from .api import now_of
from .domain import TITLES
from .views import VerificationView, mask_name

router = APIRouter(prefix="/v1/verify", tags=["verification"])
LOCAL = ZoneInfo("Asia/Almaty")
PUBLIC = Producer(organisation_id="public", kind=OrganisationKind.PUBLIC)
ANONYMOUS = Actor(person_id="anonymous", role=Role.SYSTEM)


class TooManyRequests(ProblemError):
    status, title, type_suffix = 429, "Too Many Requests", "rate-limited"


def client_of(request: Request) -> str:
    # behind a proxy, uvicorn --proxy-headers (trusted hosts only) puts the real address here
    return request.client.host if request.client else "unknown"


async def rate_limited(request: Request) -> None:
    wait = request.app.state.verify_limiter.take(client_of(request))
    if wait > 0:
        seconds = max(1, round(wait))
        raise TooManyRequests(detail=f"too many lookups; retry in {seconds} s",
                              headers={"Retry-After": str(seconds)})


LIMITED = [Depends(rate_limited)]
ANSWERS = problem_responses(422, 429)


class NumberQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, json_schema_extra={
        "examples": [{"number": "dd-talgar-2026-000041", "holder_iin": "580314300214"}]})

    number: str = Field(min_length=1, max_length=64)
    holder_iin: IinStr


def answer_of(row: asyncpg.Record | None, today: date) -> VerificationView:
    if row is None or row["status"] == "requested":
        return VerificationView(status="unknown")
    status = {"issued": "valid", "replaced": "replaced", "revoked": "revoked"}[row["status"]]
    if status == "valid" and row["valid_until"] is not None and row["valid_until"] < today:
        status = "expired"
    kind = DocumentKind(row["kind"])
    return VerificationView(
        status=status, kind=kind, title=TITLES[kind], number=row["number"],
        issue_date=row["issued_at"].astimezone(LOCAL).date(),
        holder=mask_name(row["last_name"], row["first_name"]), valid_until=row["valid_until"],
    )


async def audited(
    request: Request, conn: asyncpg.Connection, row, answer: VerificationView, method: str,
    number: str | None = None, iin: str | None = None,
) -> VerificationView:
    now = now_of(request)
    lookup_id = str(uuid4())
    event = VerificationLookedUp(
        lookup_id=lookup_id, method=method, answer=answer.status,
        document_id=str(row["document_id"]) if row is not None else None, number_asked=number,
        holder_iin_masked=mask_iin(iin) if iin else None, client=client_of(request),
        looked_up_at=now,
    )
    meta = Metadata(producer=PUBLIC, actor=ANONYMOUS, occurred_at=now, correlation_id=uuid4())
    # one stream per lookup: concurrent lookups never contend for a stream version
    await store.append(conn, f"verification-{lookup_id}", 0, [event], meta)
    return answer


@router.get("/{code}", response_model=VerificationView, responses=ANSWERS, dependencies=LIMITED)
async def verify_by_code(
    request: Request, code: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{16,64}$")]
) -> VerificationView:
    async with request.app.state.pool.acquire() as conn:
        row = await queries.by_code(conn, code)
        answer = answer_of(row, now_of(request).astimezone(LOCAL).date())
        return await audited(request, conn, row, answer, "code")


@router.post("", response_model=VerificationView, responses=ANSWERS, dependencies=LIMITED)
async def verify_by_number(request: Request, query: NumberQuery) -> VerificationView:
    """A wrong IIN answers `unknown`, exactly as an unknown number does."""
    async with request.app.state.pool.acquire() as conn:
        row = await queries.by_number(conn, query.number, query.holder_iin)
        answer = answer_of(row, now_of(request).astimezone(LOCAL).date())
        return await audited(request, conn, row, answer, "number", query.number,
                             query.holder_iin)
