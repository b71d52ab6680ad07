"""Plain numbered SQL migrations: eventkit's own, then the service's, each applied once."""

from importlib import resources
from importlib.resources.abc import Traversable

from eventkit.db import Connection

_LOCK_ID = 7_201_803  # advisory lock: several instances starting at once migrate one at a time


def _sql_files(package: str) -> list[Traversable]:
    folder = resources.files(package)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)


async def migrate(conn: Connection, *packages: str) -> list[str]:
    """Apply every not-yet-applied file of `eventkit.migrations` and then of `packages`."""
    applied: list[str] = []
    # locked first: two instances creating the table at once collide even with IF NOT EXISTS
    await conn.execute("SELECT pg_advisory_lock($1)", _LOCK_ID)
    try:
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {r["name"] for r in await conn.fetch("SELECT name FROM schema_migrations")}
        for package in ("eventkit.migrations", *packages):
            for file in _sql_files(package):
                name = f"{package}/{file.name}"
                if name in done:
                    continue
                async with conn.transaction():
                    await conn.execute(file.read_text())
                    await conn.execute("INSERT INTO schema_migrations (name) VALUES ($1)", name)
                applied.append(name)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", _LOCK_ID)
    return applied
