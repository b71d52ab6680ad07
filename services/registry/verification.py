"""Public verification, no login: by code (the QR link) or by number plus the holder's IIN.

Answers the minimum (status, kind, number, issue date, masked name), never an IIN. Every
lookup, found or not, is an audited event; clients are rate-limited.
"""

from typing import Annotated, Literal
from uuid import uuid4

import asyncpg
from fastapi import APIRouter, Depends, Path, Request

from eventkit.consistency import read_your_writes
from eventkit.db import Connection
from eventkit.identity import InvalidToken, TokenVerifier
from eventkit.problem_docs import problem_responses
from eventkit.problems import ProblemError
from eventkit.requests import now_of

from . import commanding, queries
from .domain import RecordLookup
from .schemas import NumberQuery, VerificationView
from .views import LOCAL, answer_of

router = APIRouter(prefix="/v1/verify", tags=["verification"])


class TooManyRequests(ProblemError):
    status, title, type_suffix = 429, "Too Many Requests", "rate-limited"


def client_of(request: Request) -> str:
    # the peer's address: uvicorn runs without proxy headers unless FORWARDED_ALLOW_IPS names
    # the proxies it trusts (deploy/Dockerfile), so a client cannot pick its own X-Forwarded-For
    return request.client.host if request.client else "unknown"


def limit_key(request: Request) -> str:
    """Whose bucket a lookup takes from: a signed-in caller's own (by its identity, wherever it
    calls from), an anonymous one its address's. A token that does not verify is no identity:
    its bearer counts as anonymous, so inventing tokens opens no new bucket."""
    verifier: TokenVerifier | None = getattr(request.app.state, "token_verifier", None)
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if verifier is not None and scheme.lower() == "bearer" and token:
        try:
            caller = verifier.verify(token.strip())
        except InvalidToken:
            pass
        else:
            return f"caller:{caller.organisation_id}/{caller.person_id}"
    return f"address:{client_of(request)}"


async def rate_limited(request: Request) -> None:
    wait = request.app.state.verify_limiter.take(limit_key(request))
    if wait > 0:
        seconds = max(1, round(wait))
        raise TooManyRequests(detail=f"too many lookups; retry in {seconds} s",
                              headers={"Retry-After": str(seconds)})


# rate-limited; and read once the read models reached the log's head, so a certificate issued
# a moment ago verifies as valid, never as unknown
LIMITED = [Depends(rate_limited), Depends(read_your_writes)]
ANSWERS = problem_responses(422, 429, 503)


async def answered(
    request: Request, conn: Connection, row: asyncpg.Record | None,
    method: Literal["code", "number"], number: str | None = None, iin: str | None = None,
) -> VerificationView:
    """The answer for `row`, recorded (with the masked IIN asked, never the IIN) first."""
    now = now_of(request)
    answer = answer_of(row, now.astimezone(LOCAL).date())
    await commanding.record_lookup(conn, RecordLookup(
        lookup_id=str(uuid4()), method=method, answer=answer.status, client=client_of(request),
        now=now, document_id=str(row["document_id"]) if row is not None else None,
        number_asked=number, holder_iin=iin,
    ))
    return answer


@router.get("/{code}", response_model=VerificationView, responses=ANSWERS, dependencies=LIMITED)
async def verify_by_code(
    request: Request, code: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{16,64}$")]
) -> VerificationView:
    async with request.app.state.pool.acquire() as conn:
        row = await queries.by_code(conn, code)
        return await answered(request, conn, row, "code")


@router.post("", response_model=VerificationView, responses=ANSWERS, dependencies=LIMITED)
async def verify_by_number(request: Request, query: NumberQuery) -> VerificationView:
    """A wrong IIN answers `unknown`, exactly as an unknown number does."""
    async with request.app.state.pool.acquire() as conn:
        row = await queries.by_number(conn, query.number, query.holder_iin)
        return await answered(request, conn, row, "number", query.number, query.holder_iin)
