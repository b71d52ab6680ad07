from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.case_status import CaseStatus
from ...models.problem import Problem
from ...models.sign_in import SignIn
from typing import cast



def _get_kwargs(
    case_id: str,
    *,
    body: SignIn,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases/{case_id}/signature".format(case_id=quote(str(case_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CaseStatus | Problem | None:
    if response.status_code == 200:
        response_200 = CaseStatus.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CaseStatus | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: str,
    *,
    client: AuthenticatedClient,
    body: SignIn,
    if_match: str,

) -> Response[CaseStatus | Problem]:
    """ Sign the decision (head)

     `signature` is the head's own signature of `GET .../draft/document`: it must verify with
    a published key of the signing head, of the head's own organisation (422 naming
    `signature` otherwise). The decision carries it, and every consumer checks it again.

    Args:
        case_id (str):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (SignIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseStatus | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    case_id: str,
    *,
    client: AuthenticatedClient,
    body: SignIn,
    if_match: str,

) -> CaseStatus | Problem | None:
    """ Sign the decision (head)

     `signature` is the head's own signature of `GET .../draft/document`: it must verify with
    a published key of the signing head, of the head's own organisation (422 naming
    `signature` otherwise). The decision carries it, and every consumer checks it again.

    Args:
        case_id (str):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (SignIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseStatus | Problem
     """


    return sync_detailed(
        case_id=case_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    case_id: str,
    *,
    client: AuthenticatedClient,
    body: SignIn,
    if_match: str,

) -> Response[CaseStatus | Problem]:
    """ Sign the decision (head)

     `signature` is the head's own signature of `GET .../draft/document`: it must verify with
    a published key of the signing head, of the head's own organisation (422 naming
    `signature` otherwise). The decision carries it, and every consumer checks it again.

    Args:
        case_id (str):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (SignIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseStatus | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    case_id: str,
    *,
    client: AuthenticatedClient,
    body: SignIn,
    if_match: str,

) -> CaseStatus | Problem | None:
    """ Sign the decision (head)

     `signature` is the head's own signature of `GET .../draft/document`: it must verify with
    a published key of the signing head, of the head's own organisation (422 naming
    `signature` otherwise). The decision carries it, and every consumer checks it again.

    Args:
        case_id (str):
        if_match (str): the ETag of the version you last read, `W/"<version>"` (or `"<version>"`);
            a stale one is answered 409
        body (SignIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseStatus | Problem
     """


    return (await asyncio_detailed(
        case_id=case_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
