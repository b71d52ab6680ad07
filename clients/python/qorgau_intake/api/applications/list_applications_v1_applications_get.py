from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.application_page import ApplicationPage
from ...models.list_applications_v1_applications_get_channel import check_list_applications_v1_applications_get_channel
from ...models.list_applications_v1_applications_get_channel import ListApplicationsV1ApplicationsGetChannel
from ...models.list_applications_v1_applications_get_status import check_list_applications_v1_applications_get_status
from ...models.list_applications_v1_applications_get_status import ListApplicationsV1ApplicationsGetStatus
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: ListApplicationsV1ApplicationsGetStatus | Unset = UNSET,
    channel: ListApplicationsV1ApplicationsGetChannel | Unset = UNSET,
    district: str | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel

    params["channel"] = json_channel

    params["district"] = district

    params["regulation_id"] = regulation_id

    json_due_before: str | Unset = UNSET
    if not isinstance(due_before, Unset):
        json_due_before = due_before.isoformat()
    params["due_before"] = json_due_before

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applications",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplicationPage | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationPage.from_dict(response.json())



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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApplicationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListApplicationsV1ApplicationsGetStatus | Unset = UNSET,
    channel: ListApplicationsV1ApplicationsGetChannel | Unset = UNSET,
    district: str | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[ApplicationPage | Problem]:
    """ Applications inside the caller's jurisdiction, newest first

    Args:
        status (ListApplicationsV1ApplicationsGetStatus | Unset):
        channel (ListApplicationsV1ApplicationsGetChannel | Unset):
        district (str | Unset):
        regulation_id (int | Unset):
        due_before (datetime.datetime | Unset): result due at or before this time
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
channel=channel,
district=district,
regulation_id=regulation_id,
due_before=due_before,
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
    status: ListApplicationsV1ApplicationsGetStatus | Unset = UNSET,
    channel: ListApplicationsV1ApplicationsGetChannel | Unset = UNSET,
    district: str | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> ApplicationPage | Problem | None:
    """ Applications inside the caller's jurisdiction, newest first

    Args:
        status (ListApplicationsV1ApplicationsGetStatus | Unset):
        channel (ListApplicationsV1ApplicationsGetChannel | Unset):
        district (str | Unset):
        regulation_id (int | Unset):
        due_before (datetime.datetime | Unset): result due at or before this time
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPage | Problem
     """


    return sync_detailed(
        client=client,
status=status,
channel=channel,
district=district,
regulation_id=regulation_id,
due_before=due_before,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListApplicationsV1ApplicationsGetStatus | Unset = UNSET,
    channel: ListApplicationsV1ApplicationsGetChannel | Unset = UNSET,
    district: str | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[ApplicationPage | Problem]:
    """ Applications inside the caller's jurisdiction, newest first

    Args:
        status (ListApplicationsV1ApplicationsGetStatus | Unset):
        channel (ListApplicationsV1ApplicationsGetChannel | Unset):
        district (str | Unset):
        regulation_id (int | Unset):
        due_before (datetime.datetime | Unset): result due at or before this time
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
channel=channel,
district=district,
regulation_id=regulation_id,
due_before=due_before,
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
    status: ListApplicationsV1ApplicationsGetStatus | Unset = UNSET,
    channel: ListApplicationsV1ApplicationsGetChannel | Unset = UNSET,
    district: str | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> ApplicationPage | Problem | None:
    """ Applications inside the caller's jurisdiction, newest first

    Args:
        status (ListApplicationsV1ApplicationsGetStatus | Unset):
        channel (ListApplicationsV1ApplicationsGetChannel | Unset):
        district (str | Unset):
        regulation_id (int | Unset):
        due_before (datetime.datetime | Unset): result due at or before this time
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
channel=channel,
district=district,
regulation_id=regulation_id,
due_before=due_before,
limit=limit,
offset=offset,

    )).parsed
