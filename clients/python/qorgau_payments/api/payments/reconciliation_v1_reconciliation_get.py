from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.reconciliation_report import ReconciliationReport
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    district: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["district"] = district


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reconciliation",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReconciliationReport | None:
    if response.status_code == 200:
        response_200 = ReconciliationReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReconciliationReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    district: str | Unset = UNSET,

) -> Response[Problem | ReconciliationReport]:
    """ Ordered, confirmed, returned and pending per envelope and district

    Args:
        date_from (datetime.date):
        date_to (datetime.date): not before date_from
        district (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReconciliationReport]
     """


    kwargs = _get_kwargs(
        date_from=date_from,
date_to=date_to,
district=district,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    district: str | Unset = UNSET,

) -> Problem | ReconciliationReport | None:
    """ Ordered, confirmed, returned and pending per envelope and district

    Args:
        date_from (datetime.date):
        date_to (datetime.date): not before date_from
        district (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReconciliationReport
     """


    return sync_detailed(
        client=client,
date_from=date_from,
date_to=date_to,
district=district,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    district: str | Unset = UNSET,

) -> Response[Problem | ReconciliationReport]:
    """ Ordered, confirmed, returned and pending per envelope and district

    Args:
        date_from (datetime.date):
        date_to (datetime.date): not before date_from
        district (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReconciliationReport]
     """


    kwargs = _get_kwargs(
        date_from=date_from,
date_to=date_to,
district=district,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    district: str | Unset = UNSET,

) -> Problem | ReconciliationReport | None:
    """ Ordered, confirmed, returned and pending per envelope and district

    Args:
        date_from (datetime.date):
        date_to (datetime.date): not before date_from
        district (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReconciliationReport
     """


    return (await asyncio_detailed(
        client=client,
date_from=date_from,
date_to=date_to,
district=district,

    )).parsed
