from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.details_in import DetailsIn
from ...models.payment_out import PaymentOut
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    payment_id: UUID,
    *,
    body: DetailsIn,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/payments/{payment_id}/details".format(payment_id=quote(str(payment_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaymentOut | Problem | None:
    if response.status_code == 200:
        response_200 = PaymentOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaymentOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DetailsIn,
    if_match: str,

) -> Response[PaymentOut | Problem]:
    """ Set or correct where the payment goes (required before it can be ordered)

    Args:
        payment_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (DetailsIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentOut | Problem]
     """


    kwargs = _get_kwargs(
        payment_id=payment_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DetailsIn,
    if_match: str,

) -> PaymentOut | Problem | None:
    """ Set or correct where the payment goes (required before it can be ordered)

    Args:
        payment_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (DetailsIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentOut | Problem
     """


    return sync_detailed(
        payment_id=payment_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DetailsIn,
    if_match: str,

) -> Response[PaymentOut | Problem]:
    """ Set or correct where the payment goes (required before it can be ordered)

    Args:
        payment_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (DetailsIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentOut | Problem]
     """


    kwargs = _get_kwargs(
        payment_id=payment_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DetailsIn,
    if_match: str,

) -> PaymentOut | Problem | None:
    """ Set or correct where the payment goes (required before it can be ordered)

    Args:
        payment_id (UUID):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (DetailsIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentOut | Problem
     """


    return (await asyncio_detailed(
        payment_id=payment_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
