"""The command path's raw baseline: a FastAPI route that takes the same JSON body and does one
INSERT, served by the same uvicorn command line, pool and settings as a service.

`python -m uvicorn --factory bench.rawapp:create_app` with DATABASE_URL set.
"""

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Body, FastAPI, Request
from fastapi.responses import JSONResponse

from eventkit.db import create_pool
from eventkit.settings import ServiceSettings


def create_app() -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings = ServiceSettings()
        pool = await create_pool(os.environ["DATABASE_URL"], settings.db_pool_min,
                                 settings.db_pool_max)
        async with pool.acquire() as conn:
            await conn.execute("CREATE TABLE IF NOT EXISTS raw_submissions"
                               " (id bigserial PRIMARY KEY, body jsonb NOT NULL)")
        app.state.pool = pool
        try:
            yield
        finally:
            await pool.close()

    app = FastAPI(lifespan=lifespan)

    @app.post("/raw", status_code=201)
    async def raw(request: Request, body: dict[str, Any] = Body(...)) -> JSONResponse:
        async with request.app.state.pool.acquire() as conn:
            row_id = await conn.fetchval(
                "INSERT INTO raw_submissions (body) VALUES ($1::jsonb) RETURNING id",
                json.dumps(body))
        return JSONResponse({"id": row_id}, status_code=201)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
