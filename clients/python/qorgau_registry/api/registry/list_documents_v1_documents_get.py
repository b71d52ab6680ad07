from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_page import DocumentPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    kind: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["status"] = status

    params["overdue"] = overdue

    params["kind"] = kind

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/documents",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentPage | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    kind: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[DocumentPage | Problem]:
    """ List Documents

    Args:
        status (str | Unset):
        overdue (bool | Unset):
        kind (str | Unset): a document kind: semey_certificate
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentPage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
overdue=overdue,
kind=kind,
limit=limit,
offset=offset,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    kind: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> DocumentPage | Problem | None:
    """ List Documents

    Args:
        status (str | Unset):
        overdue (bool | Unset):
        kind (str | Unset): a document kind: semey_certificate
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentPage | Problem
     """


    return sync_detailed(
        client=client,
status=status,
overdue=overdue,
kind=kind,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    kind: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[DocumentPage | Problem]:
    """ List Documents

    Args:
        status (str | Unset):
        overdue (bool | Unset):
        kind (str | Unset): a document kind: semey_certificate
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentPage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
overdue=overdue,
kind=kind,
limit=limit,
offset=offset,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    kind: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> DocumentPage | Problem | None:
    """ List Documents

    Args:
        status (str | Unset):
        overdue (bool | Unset):
        kind (str | Unset): a document kind: semey_certificate
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
overdue=overdue,
kind=kind,
limit=limit,
offset=offset,

    )).parsed
