"""A WHERE clause built from optional filters, every value a numbered parameter.

Column names are code constants, never caller input; values always travel as parameters.
"""

from collections.abc import Iterable


class Where:
    """`Where(now)` keeps `now` as $1; each `param` is the next number.

    >>> where = Where()
    >>> where.equal("status", "open"); where.equal("district", None)
    >>> where.sql, where.args
    ('status = $1', ['open'])
    """

    def __init__(self, *leading: object) -> None:
        self.args: list[object] = list(leading)
        self.clauses: list[str] = []

    def param(self, value: object) -> str:
        self.args.append(value)
        return f"${len(self.args)}"

    def add(self, clause: str) -> None:
        self.clauses.append(clause)

    def equal(self, column: str, value: object | None) -> None:
        """`column = value`, or nothing when the filter is not given (None)."""
        if value is not None:
            self.add(f"{column} = {self.param(value)}")

    def equal_all(self, pairs: Iterable[tuple[str, object | None]]) -> None:
        for column, value in pairs:
            self.equal(column, value)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) or "TRUE"

    def page(self, limit: int, offset: int) -> str:
        """`LIMIT $n OFFSET $m` for the statement's end."""
        return f"LIMIT {self.param(limit)} OFFSET {self.param(offset)}"
