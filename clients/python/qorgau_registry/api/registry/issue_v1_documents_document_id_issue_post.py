from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.issued_view import IssuedView
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    document_id: UUID,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/documents/{document_id}/issue".format(document_id=quote(str(document_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IssuedView | Problem | None:
    if response.status_code == 200:
        response_200 = IssuedView.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IssuedView | Problem]:
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
    idempotency_key: str | Unset = UNSET,

) -> Response[IssuedView | Problem]:
    """ Issue

     Takes the next number of the officer's organisation and a fresh verification code.

    Args:
        document_id (UUID):
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssuedView | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> IssuedView | Problem | None:
    """ Issue

     Takes the next number of the officer's organisation and a fresh verification code.

    Args:
        document_id (UUID):
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssuedView | Problem
     """


    return sync_detailed(
        document_id=document_id,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[IssuedView | Problem]:
    """ Issue

     Takes the next number of the officer's organisation and a fresh verification code.

    Args:
        document_id (UUID):
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssuedView | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> IssuedView | Problem | None:
    """ Issue

     Takes the next number of the officer's organisation and a fresh verification code.

    Args:
        document_id (UUID):
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssuedView | Problem
     """


    return (await asyncio_detailed(
        document_id=document_id,
client=client,
idempotency_key=idempotency_key,

    )).parsed
