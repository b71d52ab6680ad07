"""Read models kept as rows by key: one handler, written once, run two ways.

A projection that declares its tables as `Table`s gets a `Rows` in its handlers instead of SQL:
`get` a row by key, `put` a whole row, `delete` it. Live, `SqlRows` turns each call into one
statement on the projection's batched connection. On a rebuild the tables start empty, so
`MemoryRows` folds the rows in memory and `flush` writes them set-wise (COPY, then one upsert
and one delete per table), many events to one statement. The same handler decides every row
both ways, so a rebuild gives what live projection gave.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import Any, Protocol

import asyncpg

from eventkit.db import Connection

Row = dict[str, Any]
Key = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    """A read-model table as a projection keeps it: its columns and the key among them."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.key or not set(self.key) <= set(self.columns):
            raise ValueError(f"table {self.name}: the key must be among the columns")

    def key_of(self, row: Row) -> Key:
        return self._key_getter(row)

    def values(self, row: Row) -> tuple[Any, ...]:
        return self._values_getter(row)

    @cached_property
    def _key_getter(self) -> Callable[[Row], Key]:
        return _getter(self.key)

    @cached_property
    def _values_getter(self) -> Callable[[Row], tuple[Any, ...]]:
        return _getter(self.columns)

    @cached_property
    def _matching(self) -> str:
        return " AND ".join(f"{c} = ${n}" for n, c in enumerate(self.key, start=1))

    @cached_property
    def select_sql(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.name} WHERE {self._matching}"

    @cached_property
    def delete_sql(self) -> str:
        return f"DELETE FROM {self.name} WHERE {self._matching}"

    def upsert_sql(self, source: str | None = None) -> str:
        """Insert or replace whole rows: one row of parameters, or every row of `source`."""
        columns = ", ".join(self.columns)
        rest = [c for c in self.columns if c not in self.key]
        on_conflict = (
            "DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in rest) if rest
            else "DO NOTHING"
        )
        rows = (f"SELECT {columns} FROM {source}" if source else
                "VALUES (" + ", ".join(f"${n}" for n in range(1, len(self.columns) + 1)) + ")")
        return (f"INSERT INTO {self.name} ({columns}) {rows}"
                f" ON CONFLICT ({', '.join(self.key)}) {on_conflict}")


def _getter(names: tuple[str, ...]) -> Callable[[Row], tuple[Any, ...]]:
    """The named values of a row as a tuple, whatever their number (a fold calls it per event)."""
    if len(names) == 1:
        only = names[0]
        return lambda row: (row[only],)
    return itemgetter(*names)


class Rows(Protocol):
    """What a row projection's handler reads and writes through."""

    async def get(self, table: Table, *key: object) -> Row | None: ...

    async def put(self, table: Table, row: Row) -> None: ...

    async def delete(self, table: Table, *key: object) -> None: ...


class Statements(Protocol):
    """The part of a projection's connection `SqlRows` needs (`projections.Writes` has it)."""

    async def execute(self, sql: str, *args: object) -> None: ...

    async def fetchrow(self, sql: str, *args: object) -> asyncpg.Record | None: ...


class SqlRows:
    """Live: every call one statement, in the order the handler made them."""

    def __init__(self, db: Statements) -> None:
        self._db = db

    async def get(self, table: Table, *key: object) -> Row | None:
        found = await self._db.fetchrow(table.select_sql, *key)
        return None if found is None else dict(found)

    async def put(self, table: Table, row: Row) -> None:
        await self._db.execute(table.upsert_sql(), *table.values(row))

    async def delete(self, table: Table, *key: object) -> None:
        await self._db.execute(table.delete_sql, *key)


_ABSENT: Any = object()  # not held, as opposed to held as deleted (None)


class MemoryRows:
    """A rebuild's rows, folded in memory over tables that start empty, written by `flush`.

    Rows a flush wrote stay known, so a handler reads them without a query, until more than
    `max_rows` are held: then they are let go and a row not held is read from its table.
    """

    def __init__(self, conn: Connection, tables: Iterable[Table], max_rows: int = 500_000) -> None:
        self._conn, self._max_rows = conn, max_rows
        self._tables = {t.name: t for t in tables}
        self._held: dict[str, dict[Key, Row | None]] = {name: {} for name in self._tables}
        self._dirty: dict[str, set[Key]] = {name: set() for name in self._tables}
        self._stored: set[str] = set()  # tables an earlier flush wrote rows to
        self._complete = True  # every row that exists is held (nothing let go yet)

    def _check(self, table: Table) -> None:
        if self._tables.get(table.name) is not table:
            raise KeyError(f"{table.name} is not a table of this projection")

    async def get(self, table: Table, *key: object) -> Row | None:
        self._check(table)
        held = self._held[table.name]
        row = held.get(key, _ABSENT)
        if row is _ABSENT:
            if self._complete or table.name not in self._stored:
                return None  # no such row: every row that exists is held, or none was written
            found = await self._conn.fetchrow(table.select_sql, *key)
            row = held[key] = None if found is None else dict(found)
        # a copy: a handler that changes what it read without `put` changes nothing, as live
        return None if row is None else dict(row)

    async def put(self, table: Table, row: Row) -> None:
        self._check(table)
        key = table.key_of(row)
        name = table.name
        self._held[name][key] = dict(zip(table.columns, table.values(row), strict=True))
        self._dirty[name].add(key)

    async def delete(self, table: Table, *key: object) -> None:
        self._check(table)
        self._held[table.name][key] = None
        self._dirty[table.name].add(key)

    async def flush(self) -> int:
        """Write what changed since the last flush, set-wise; in the caller's transaction."""
        written = 0
        for name, dirty in self._dirty.items():
            if dirty:
                written += await self._write(self._tables[name], dirty)
                dirty.clear()
        if sum(len(held) for held in self._held.values()) > self._max_rows:
            for held in self._held.values():
                held.clear()
            self._complete = False
        return written

    async def _write(self, table: Table, dirty: set[Key]) -> int:
        held = self._held[table.name]
        rows = [table.values(row) for key in dirty if (row := held[key]) is not None]
        if table.name not in self._stored:
            # still empty: the rows go straight in, and a row deleted was never written
            await self._conn.copy_records_to_table(table.name, records=rows,
                                                   columns=list(table.columns))
            self._stored.add(table.name)
            return len(rows)
        gone = [key for key in dirty if held[key] is None]
        if gone:
            await self._stage(table, "gone", table.key, gone)
            matching = " AND ".join(f"t.{c} = g.{c}" for c in table.key)
            await self._conn.execute(f"DELETE FROM {table.name} t USING pg_temp._gone_{table.name}"
                                     f" g WHERE {matching}")
        if rows:
            source = await self._stage(table, "rows", table.columns, rows)
            await self._conn.execute(table.upsert_sql(source))
        return len(rows) + len(gone)

    async def _stage(self, table: Table, what: str, columns: Sequence[str],
                     records: list[tuple[Any, ...]]) -> str:
        stage = f"_{what}_{table.name}"
        await self._conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DROP AS"
            f" SELECT {', '.join(columns)} FROM {table.name} WITH NO DATA")
        await self._conn.copy_records_to_table(stage, records=records, columns=list(columns),
                                               schema_name="pg_temp")
        return f"pg_temp.{stage}"
