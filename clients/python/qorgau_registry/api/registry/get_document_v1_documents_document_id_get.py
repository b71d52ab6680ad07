from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_view import DocumentView
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    document_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/documents/{document_id}".format(document_id=quote(str(document_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentView | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[DocumentView | Problem]:
    """ Get Document

     The ETag is the version of the holder's file the document belongs to: the If-Match of
    its revocation.

    Args:
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentView | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    document_id: UUID,
    *,
    client: AuthenticatedClient,

) -> DocumentView | Problem | None:
    """ Get Document

     The ETag is the version of the holder's file the document belongs to: the If-Match of
    its revocation.

    Args:
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentView | Problem
     """


    return sync_detailed(
        document_id=document_id,
client=client,

    ).parsed

async def asyncio_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[DocumentView | Problem]:
    """ Get Document

     The ETag is the version of the holder's file the document belongs to: the If-Match of
    its revocation.

    Args:
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentView | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    document_id: UUID,
    *,
    client: AuthenticatedClient,

) -> DocumentView | Problem | None:
    """ Get Document

     The ETag is the version of the holder's file the document belongs to: the If-Match of
    its revocation.

    Args:
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentView | Problem
     """


    return (await asyncio_detailed(
        document_id=document_id,
client=client,

    )).parsed
