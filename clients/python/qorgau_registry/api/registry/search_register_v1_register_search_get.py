from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.search_page import SearchPage
from ...models.search_register_v1_register_search_get_by import check_search_register_v1_register_search_get_by
from ...models.search_register_v1_register_search_get_by import SearchRegisterV1RegisterSearchGetBy
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    by: SearchRegisterV1RegisterSearchGetBy,
    q: str,
    limit: int | Unset = 20,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_by: str = by
    params["by"] = json_by

    params["q"] = q

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/register/search",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SearchPage | None:
    if response.status_code == 200:
        response_200 = SearchPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    by: SearchRegisterV1RegisterSearchGetBy,
    q: str,
    limit: int | Unset = 20,

) -> Response[Problem | SearchPage]:
    """ Search Register

     Documents of the caller's jurisdiction by their holder's name or their number (an IIN
    is searched with `POST /v1/register/search`: it never travels in a URL). What to search for
    is required: the register is never listed whole here. IINs come masked.

    Args:
        by (SearchRegisterV1RegisterSearchGetBy): `name`: the beginnings of the holder's names, in
            any order and case; `number`: a certificate's number
        q (str): what to search for (spaces alone find nothing)
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchPage]
     """


    kwargs = _get_kwargs(
        by=by,
q=q,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    by: SearchRegisterV1RegisterSearchGetBy,
    q: str,
    limit: int | Unset = 20,

) -> Problem | SearchPage | None:
    """ Search Register

     Documents of the caller's jurisdiction by their holder's name or their number (an IIN
    is searched with `POST /v1/register/search`: it never travels in a URL). What to search for
    is required: the register is never listed whole here. IINs come masked.

    Args:
        by (SearchRegisterV1RegisterSearchGetBy): `name`: the beginnings of the holder's names, in
            any order and case; `number`: a certificate's number
        q (str): what to search for (spaces alone find nothing)
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchPage
     """


    return sync_detailed(
        client=client,
by=by,
q=q,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    by: SearchRegisterV1RegisterSearchGetBy,
    q: str,
    limit: int | Unset = 20,

) -> Response[Problem | SearchPage]:
    """ Search Register

     Documents of the caller's jurisdiction by their holder's name or their number (an IIN
    is searched with `POST /v1/register/search`: it never travels in a URL). What to search for
    is required: the register is never listed whole here. IINs come masked.

    Args:
        by (SearchRegisterV1RegisterSearchGetBy): `name`: the beginnings of the holder's names, in
            any order and case; `number`: a certificate's number
        q (str): what to search for (spaces alone find nothing)
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchPage]
     """


    kwargs = _get_kwargs(
        by=by,
q=q,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    by: SearchRegisterV1RegisterSearchGetBy,
    q: str,
    limit: int | Unset = 20,

) -> Problem | SearchPage | None:
    """ Search Register

     Documents of the caller's jurisdiction by their holder's name or their number (an IIN
    is searched with `POST /v1/register/search`: it never travels in a URL). What to search for
    is required: the register is never listed whole here. IINs come masked.

    Args:
        by (SearchRegisterV1RegisterSearchGetBy): `name`: the beginnings of the holder's names, in
            any order and case; `number`: a certificate's number
        q (str): what to search for (spaces alone find nothing)
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchPage
     """


    return (await asyncio_detailed(
        client=client,
by=by,
q=q,
limit=limit,

    )).parsed
