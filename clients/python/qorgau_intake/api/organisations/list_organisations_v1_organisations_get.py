from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.organisation_kind import check_organisation_kind
from ...models.organisation_kind import OrganisationKind
from ...models.organisation_view import OrganisationView
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    regulation_id: int | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    kind: OrganisationKind | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["regulation_id"] = regulation_id

    params["district"] = district

    params["rural_district"] = rural_district

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organisations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[OrganisationView] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = OrganisationView.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[OrganisationView]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    regulation_id: int | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    kind: OrganisationKind | Unset = UNSET,

) -> Response[Problem | list[OrganisationView]]:
    """ Organisations of the directory: who accepts which regulation where

    Args:
        regulation_id (int | Unset): only those that accept this regulation
        district (str | Unset): only those serving an applicant of this district
        rural_district (str | Unset):
        kind (OrganisationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OrganisationView]]
     """


    kwargs = _get_kwargs(
        regulation_id=regulation_id,
district=district,
rural_district=rural_district,
kind=kind,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    regulation_id: int | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    kind: OrganisationKind | Unset = UNSET,

) -> Problem | list[OrganisationView] | None:
    """ Organisations of the directory: who accepts which regulation where

    Args:
        regulation_id (int | Unset): only those that accept this regulation
        district (str | Unset): only those serving an applicant of this district
        rural_district (str | Unset):
        kind (OrganisationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OrganisationView]
     """


    return sync_detailed(
        client=client,
regulation_id=regulation_id,
district=district,
rural_district=rural_district,
kind=kind,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    regulation_id: int | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    kind: OrganisationKind | Unset = UNSET,

) -> Response[Problem | list[OrganisationView]]:
    """ Organisations of the directory: who accepts which regulation where

    Args:
        regulation_id (int | Unset): only those that accept this regulation
        district (str | Unset): only those serving an applicant of this district
        rural_district (str | Unset):
        kind (OrganisationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OrganisationView]]
     """


    kwargs = _get_kwargs(
        regulation_id=regulation_id,
district=district,
rural_district=rural_district,
kind=kind,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    regulation_id: int | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    kind: OrganisationKind | Unset = UNSET,

) -> Problem | list[OrganisationView] | None:
    """ Organisations of the directory: who accepts which regulation where

    Args:
        regulation_id (int | Unset): only those that accept this regulation
        district (str | Unset): only those serving an applicant of this district
        rural_district (str | Unset):
        kind (OrganisationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OrganisationView]
     """


    return (await asyncio_detailed(
        client=client,
regulation_id=regulation_id,
district=district,
rural_district=rural_district,
kind=kind,

    )).parsed
