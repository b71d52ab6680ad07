from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.register_entry_view import RegisterEntryView
from typing import cast
from uuid import UUID



def _get_kwargs(
    holder_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/register/{holder_id}".format(holder_id=quote(str(holder_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RegisterEntryView | None:
    if response.status_code == 200:
        response_200 = RegisterEntryView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RegisterEntryView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    holder_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | RegisterEntryView]:
    """ Get Register Entry

    Args:
        holder_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegisterEntryView]
     """


    kwargs = _get_kwargs(
        holder_id=holder_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    holder_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Problem | RegisterEntryView | None:
    """ Get Register Entry

    Args:
        holder_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegisterEntryView
     """


    return sync_detailed(
        holder_id=holder_id,
client=client,

    ).parsed

async def asyncio_detailed(
    holder_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | RegisterEntryView]:
    """ Get Register Entry

    Args:
        holder_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegisterEntryView]
     """


    kwargs = _get_kwargs(
        holder_id=holder_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    holder_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Problem | RegisterEntryView | None:
    """ Get Register Entry

    Args:
        holder_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegisterEntryView
     """


    return (await asyncio_detailed(
        holder_id=holder_id,
client=client,

    )).parsed
