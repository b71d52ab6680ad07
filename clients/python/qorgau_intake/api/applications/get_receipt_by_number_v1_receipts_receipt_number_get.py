from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.receipt_view import ReceiptView
from typing import cast



def _get_kwargs(
    receipt_number: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/receipts/{receipt_number}".format(receipt_number=quote(str(receipt_number), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReceiptView | None:
    if response.status_code == 200:
        response_200 = ReceiptView.from_dict(response.json())



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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReceiptView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | ReceiptView]:
    """ A receipt by its number (found as soon as it is issued)

     Another office's receipt answers as a missing one does: the same 404, word for word, so
    receipt numbers (sequential per office) cannot be probed.

    Args:
        receipt_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptView]
     """


    kwargs = _get_kwargs(
        receipt_number=receipt_number,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    receipt_number: str,
    *,
    client: AuthenticatedClient,

) -> Problem | ReceiptView | None:
    """ A receipt by its number (found as soon as it is issued)

     Another office's receipt answers as a missing one does: the same 404, word for word, so
    receipt numbers (sequential per office) cannot be probed.

    Args:
        receipt_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptView
     """


    return sync_detailed(
        receipt_number=receipt_number,
client=client,

    ).parsed

async def asyncio_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | ReceiptView]:
    """ A receipt by its number (found as soon as it is issued)

     Another office's receipt answers as a missing one does: the same 404, word for word, so
    receipt numbers (sequential per office) cannot be probed.

    Args:
        receipt_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptView]
     """


    kwargs = _get_kwargs(
        receipt_number=receipt_number,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    receipt_number: str,
    *,
    client: AuthenticatedClient,

) -> Problem | ReceiptView | None:
    """ A receipt by its number (found as soon as it is issued)

     Another office's receipt answers as a missing one does: the same 404, word for word, so
    receipt numbers (sequential per office) cannot be probed.

    Args:
        receipt_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptView
     """


    return (await asyncio_detailed(
        receipt_number=receipt_number,
client=client,

    )).parsed
