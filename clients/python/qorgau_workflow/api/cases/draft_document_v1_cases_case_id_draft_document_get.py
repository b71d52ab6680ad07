from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.decision_document import DecisionDocument
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    case_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cases/{case_id}/draft/document".format(case_id=quote(str(case_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DecisionDocument | Problem | None:
    if response.status_code == 200:
        response_200 = DecisionDocument.from_dict(response.json())



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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DecisionDocument | Problem]:
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

) -> Response[DecisionDocument | Problem]:
    """ The decision document the head signs (head)

     The draft as the decision will say it, in canonical JSON: the head's client signs these
    bytes, exactly as they come, with the head's own key (Ed25519, `ed25519:<key id>:<signature
    in base64url>`) and sends the signature to `POST .../signature`. The ETag is the case's
    version, for the If-Match of that signature.

    Args:
        case_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionDocument | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    case_id: str,
    *,
    client: AuthenticatedClient,

) -> DecisionDocument | Problem | None:
    """ The decision document the head signs (head)

     The draft as the decision will say it, in canonical JSON: the head's client signs these
    bytes, exactly as they come, with the head's own key (Ed25519, `ed25519:<key id>:<signature
    in base64url>`) and sends the signature to `POST .../signature`. The ETag is the case's
    version, for the If-Match of that signature.

    Args:
        case_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionDocument | Problem
     """


    return sync_detailed(
        case_id=case_id,
client=client,

    ).parsed

async def asyncio_detailed(
    case_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[DecisionDocument | Problem]:
    """ The decision document the head signs (head)

     The draft as the decision will say it, in canonical JSON: the head's client signs these
    bytes, exactly as they come, with the head's own key (Ed25519, `ed25519:<key id>:<signature
    in base64url>`) and sends the signature to `POST .../signature`. The ETag is the case's
    version, for the If-Match of that signature.

    Args:
        case_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionDocument | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    case_id: str,
    *,
    client: AuthenticatedClient,

) -> DecisionDocument | Problem | None:
    """ The decision document the head signs (head)

     The draft as the decision will say it, in canonical JSON: the head's client signs these
    bytes, exactly as they come, with the head's own key (Ed25519, `ed25519:<key id>:<signature
    in base64url>`) and sends the signature to `POST .../signature`. The ETag is the case's
    version, for the If-Match of that signature.

    Args:
        case_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionDocument | Problem
     """


    return (await asyncio_detailed(
        case_id=case_id,
client=client,

    )).parsed
