"""The organisation directory, read: who accepts which regulation where, and whom a package
goes to by default. A front office finds its providers here instead of typing their ids."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import ConfigDict, Field

from contracts.catalogue import Regulation, catalogue_for
from contracts.directory import Directory, Organisation, channel_for
from contracts.identity import OrganisationKind
from contracts.intake_events import ACCEPTING_KINDS
from contracts.people import OrganisationRef
from contracts.timestamps import ZONE, LocalTimes
from eventkit.authz import require
from eventkit.identity import Principal
from eventkit.problem_docs import problem_responses
from eventkit.problems import NotFound
from eventkit.requests import now_of

from .api import READING_ROLES

Reader = Annotated[Principal, Depends(require(READING_ROLES, ACCEPTING_KINDS))]
router = APIRouter(prefix="/v1", tags=["organisations"])


class Accepts(LocalTimes):
    regulation_id: int
    channel: str = Field(description="the channel the organisation accepts it through")
    default_provider: OrganisationRef | None = Field(
        description="where a package it accepts goes when the operator names nobody (for an "
        "applicant of its own place)")


class OrganisationView(LocalTimes):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "organisation_id": "gfc-talgar", "kind": "state_corporation",
        "name": "State Corporation \"Government for Citizens\", Talgar district office",
        "district": "talgar", "rural_district": None,
        "accepts": [{"regulation_id": 1, "channel": "state_corporation",
                     "default_provider": {"organisation_id": "dd-talgar",
                                          "kind": "district_department", "district": "talgar",
                                          "rural_district": None}}]}]})

    organisation_id: str
    kind: OrganisationKind
    name: str
    district: str | None
    rural_district: str | None
    accepts: list[Accepts]


def _directory(request: Request) -> Directory:
    directory: Directory = request.app.state.directory
    return directory


def _regulations(now: datetime) -> list[Regulation]:
    return list(catalogue_for(now.astimezone(ZONE).date()).regulations)


def view_of(directory: Directory, org: Organisation, regulations: list[Regulation],
            only: int | None = None) -> OrganisationView:
    accepts = []
    for regulation in regulations:
        channel = channel_for(regulation, org.kind)
        if channel is None or not org.may_accept(regulation) or only not in (None, regulation.id):
            continue
        sub = regulation.sub_services[0].id if regulation.sub_services else None
        default = directory.default_provider(regulation, org.ref, channel, sub, org.district,
                                             org.rural_district)
        if default is not None and org.district is None and default.district is not None:
            default = None  # an oblast-wide office's provider depends on the applicant's place
        accepts.append(Accepts(regulation_id=regulation.id, channel=channel,
                               default_provider=default.ref if default else None))
    return OrganisationView(organisation_id=org.organisation_id, kind=org.kind, name=org.name,
                            district=org.district, rural_district=org.rural_district,
                            accepts=accepts)


@router.get("/organisations", response_model=list[OrganisationView],
            responses=problem_responses(401, 403, 422),
            summary="Organisations of the directory: who accepts which regulation where")
async def list_organisations(
    request: Request, principal: Reader,
    regulation_id: Annotated[int | None, Query(ge=1, le=18, description="only those that "
                                               "accept this regulation")] = None,
    district: Annotated[str | None, Query(max_length=32, description="only those serving "
                                          "an applicant of this district")] = None,
    rural_district: Annotated[str | None, Query(max_length=32)] = None,
    kind: OrganisationKind | None = None,
) -> list[OrganisationView]:
    directory, regulations = _directory(request), _regulations(now_of(request))
    found = []
    for org in directory.organisations:
        if kind not in (None, org.kind) or not org.serves(district, rural_district):
            continue
        view = view_of(directory, org, regulations, regulation_id)
        if regulation_id is None or view.accepts:
            found.append(view)
    return found


@router.get("/organisations/{organisation_id}", response_model=OrganisationView,
            responses=problem_responses(401, 403, 404, 422),
            summary="One organisation of the directory")
async def get_organisation(
    request: Request, principal: Reader,
    organisation_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")],
) -> OrganisationView:
    directory = _directory(request)
    org = directory.get(organisation_id)
    if org is None:
        raise NotFound("no such organisation")
    return view_of(directory, org, _regulations(now_of(request)))
