"""Who may call what: bearer authentication, role and kind checks, and jurisdiction.

Outside its jurisdiction a caller gets 404, not 403: a village akim must not learn that a case
exists in another district, only that it cannot see one.
"""

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Annotated, Any

import structlog
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from contracts.identity import OrganisationKind, Role
from eventkit.identity import DISTRICT_KINDS, InvalidToken, Principal, TokenVerifier
from eventkit.problem_docs import answers
from eventkit.problems import Forbidden, NotFound, Unauthorized
from eventkit.sql import Where

ANY_ROLE = frozenset(Role)
ANY_KIND = frozenset(OrganisationKind)
# organisations whose jurisdiction is the whole oblast
OBLAST_KINDS = frozenset({OrganisationKind.OBLAST_DEPARTMENT, OrganisationKind.TREASURY})

log = structlog.get_logger(__name__)

# documents the scheme in OpenAPI; errors are ours (auto_error would answer in FastAPI's shape)
_bearer = HTTPBearer(auto_error=False)

Admitted = tuple[frozenset[Role], frozenset[OrganisationKind]]
_ADMITTED: dict[Callable[..., Awaitable[Principal]], Admitted] = {}


def admitted(dependency: Callable[..., Any]) -> Admitted | None:
    """The roles and kinds a `require` dependency admits (None for any other callable): what a
    tool that calls every route as a legitimate caller needs to know."""
    return _ADMITTED.get(dependency)


def require(
    roles: Iterable[Role], kinds: Iterable[OrganisationKind]
) -> Callable[..., Awaitable[Principal]]:
    """A dependency that authenticates the caller and admits only `roles` within `kinds`."""
    allowed_roles, allowed_kinds = frozenset(roles), frozenset(kinds)
    if not allowed_roles or not allowed_kinds:
        raise ValueError("name the roles and kinds allowed (ANY_ROLE / ANY_KIND for all)")

    @answers(401, 403)
    async def principal(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
        if credentials is None:
            raise Unauthorized("a bearer token is required")
        verifier: TokenVerifier | None = getattr(request.app.state, "token_verifier", None)
        if verifier is None:  # no public key configured: nobody can be recognised here
            log.warning("token_verifier_missing", path=request.url.path)
            raise Unauthorized("this service has no key to verify tokens with")
        try:
            caller = verifier.verify(credentials.credentials)
        except InvalidToken as error:
            log.info("token_rejected", reason=str(error), path=request.url.path)
            raise Unauthorized(str(error), invalid_token=True) from error
        if caller.role not in allowed_roles or caller.kind not in allowed_kinds:
            log.info("caller_forbidden", role=caller.role, kind=caller.kind, path=request.url.path)
            raise Forbidden(f"role {caller.role} of a {caller.kind} may not do this")
        request.state.principal = caller
        return caller

    _ADMITTED[principal] = (allowed_roles, allowed_kinds)
    return principal


def principal_dep(roles: Iterable[Role], kinds: Iterable[OrganisationKind]) -> Any:
    """`OperatorDep = principal_dep({Role.OPERATOR}, {OrganisationKind.STATE_CORPORATION})`."""
    return Annotated[Principal, Depends(require(roles, kinds))]


@dataclass(frozen=True)
class Jurisdiction:
    """Where a caller may look: everywhere, a district, a rural district, plus its own records."""

    everywhere: bool
    district: str | None
    rural_district: str | None
    organisation_id: str | None

    @classmethod
    def of(cls, principal: Principal) -> "Jurisdiction":
        if principal.kind is OrganisationKind.PUBLIC:
            return cls(False, None, None, None)
        placed = principal.kind in DISTRICT_KINDS
        rural = principal.kind is OrganisationKind.RURAL_AKIM
        return cls(
            everywhere=principal.kind in OBLAST_KINDS,
            district=principal.district if placed else None,
            rural_district=principal.rural_district if rural else None,
            organisation_id=principal.organisation_id,
        )

    def can_see(
        self, district: str | None, rural_district: str | None, organisation_id: str | None = None
    ) -> bool:
        if self.everywhere:
            return True
        if self.organisation_id is not None and organisation_id == self.organisation_id:
            return True  # what an organisation submitted stays visible to it, wherever it went
        if self.district is None or district != self.district:
            return False
        return self.rural_district is None or rural_district == self.rural_district

    def sql(
        self,
        district_column: str = "district",
        rural_column: str = "rural_district",
        organisation_column: str | None = "organisation_id",
        first_param: int = 1,
    ) -> tuple[str, list[object]]:
        """The same rule as a WHERE fragment for list queries: `(clause, args)`."""
        where = Where(*([None] * (first_param - 1)))
        clause = self.clause(where, district_column, rural_column, organisation_column)
        return clause, where.args[first_param - 1:]

    def clause(
        self,
        where: Where,
        district_column: str = "district",
        rural_column: str = "rural_district",
        organisation_column: str | None = "organisation_id",
    ) -> str:
        """The rule as a fragment of `where`, its values added as `where`'s parameters."""
        if self.everywhere:
            return "TRUE"
        clauses: list[str] = []
        if organisation_column is not None and self.organisation_id is not None:
            clauses.append(f"{organisation_column} = {where.param(self.organisation_id)}")
        if self.district is not None:
            place = f"{district_column} = {where.param(self.district)}"
            if self.rural_district is not None:
                place += f" AND {rural_column} = {where.param(self.rural_district)}"
            clauses.append(f"({place})")
        return "(" + " OR ".join(clauses) + ")" if clauses else "FALSE"


def can_see(
    principal: Principal,
    district: str | None,
    rural_district: str | None,
    organisation_id: str | None = None,
) -> bool:
    return Jurisdiction.of(principal).can_see(district, rural_district, organisation_id)


def ensure_visible(
    principal: Principal,
    district: str | None,
    rural_district: str | None,
    organisation_id: str | None = None,
    *,
    what: str = "resource",
) -> None:
    """Raise NotFound (404, the same as for a missing one) when the caller may not see it."""
    if not can_see(principal, district, rural_district, organisation_id):
        raise NotFound(f"{what} not found")
