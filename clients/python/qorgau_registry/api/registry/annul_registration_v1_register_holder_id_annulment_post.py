from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.annulled_view import AnnulledView
from ...models.annulment_request import AnnulmentRequest
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    holder_id: UUID,
    *,
    body: AnnulmentRequest,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/register/{holder_id}/annulment".format(holder_id=quote(str(holder_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnnulledView | Problem | None:
    if response.status_code == 200:
        response_200 = AnnulledView.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnnulledView | Problem]:
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
    body: AnnulmentRequest,
    if_match: str,

) -> Response[AnnulledView | Problem]:
    """ Annul Registration

     The registration decision was annulled: the entry closes, its certificates are revoked.

    If-Match is the register entry's ETag (`GET /v1/register/{holder_id}`): without it 428, a
    stale one 409 (someone changed the file since).

    Args:
        holder_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (AnnulmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnulledView | Problem]
     """


    kwargs = _get_kwargs(
        holder_id=holder_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    holder_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnnulmentRequest,
    if_match: str,

) -> AnnulledView | Problem | None:
    """ Annul Registration

     The registration decision was annulled: the entry closes, its certificates are revoked.

    If-Match is the register entry's ETag (`GET /v1/register/{holder_id}`): without it 428, a
    stale one 409 (someone changed the file since).

    Args:
        holder_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (AnnulmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnulledView | Problem
     """


    return sync_detailed(
        holder_id=holder_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    holder_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnnulmentRequest,
    if_match: str,

) -> Response[AnnulledView | Problem]:
    """ Annul Registration

     The registration decision was annulled: the entry closes, its certificates are revoked.

    If-Match is the register entry's ETag (`GET /v1/register/{holder_id}`): without it 428, a
    stale one 409 (someone changed the file since).

    Args:
        holder_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (AnnulmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnulledView | Problem]
     """


    kwargs = _get_kwargs(
        holder_id=holder_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    holder_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnnulmentRequest,
    if_match: str,

) -> AnnulledView | Problem | None:
    """ Annul Registration

     The registration decision was annulled: the entry closes, its certificates are revoked.

    If-Match is the register entry's ETag (`GET /v1/register/{holder_id}`): without it 428, a
    stale one 409 (someone changed the file since).

    Args:
        holder_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (AnnulmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnulledView | Problem
     """


    return (await asyncio_detailed(
        holder_id=holder_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
