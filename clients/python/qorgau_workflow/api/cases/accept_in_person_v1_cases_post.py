from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.case_status import CaseStatus
from ...models.problem import Problem
from ...models.reg_10_accepted_in_person import Reg10AcceptedInPerson
from ...models.reg_11_information_accepted_in_person import Reg11InformationAcceptedInPerson
from ...models.reg_11_notification_accepted_in_person import Reg11NotificationAcceptedInPerson
from ...models.reg_12_accepted_in_person import Reg12AcceptedInPerson
from ...models.reg_13_accepted_in_person import Reg13AcceptedInPerson
from ...models.reg_14_accepted_in_person import Reg14AcceptedInPerson
from ...models.reg_15_accepted_in_person import Reg15AcceptedInPerson
from ...models.reg_16_accepted_in_person import Reg16AcceptedInPerson
from ...models.reg_17_certificate_accepted_in_person import Reg17CertificateAcceptedInPerson
from ...models.reg_17_duplicate_accepted_in_person import Reg17DuplicateAcceptedInPerson
from ...models.reg_18_accepted_in_person import Reg18AcceptedInPerson
from ...models.reg_1_duplicate_accepted_in_person import Reg1DuplicateAcceptedInPerson
from ...models.reg_1_first_registration_accepted_in_person import Reg1FirstRegistrationAcceptedInPerson
from ...models.reg_2_accepted_in_person import Reg2AcceptedInPerson
from ...models.reg_3_accepted_in_person import Reg3AcceptedInPerson
from ...models.reg_4_accepted_in_person import Reg4AcceptedInPerson
from ...models.reg_5_accepted_in_person import Reg5AcceptedInPerson
from ...models.reg_6_accepted_in_person import Reg6AcceptedInPerson
from ...models.reg_7_accepted_in_person import Reg7AcceptedInPerson
from ...models.reg_8_accepted_in_person import Reg8AcceptedInPerson
from ...models.reg_9_accepted_in_person import Reg9AcceptedInPerson
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson | Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson | Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson | Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson | Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson | Reg9AcceptedInPerson,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases",
    }

    
    if isinstance(body, Reg1FirstRegistrationAcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg1DuplicateAcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg2AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg3AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg4AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg5AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg6AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg7AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg8AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg9AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg10AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg11NotificationAcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg11InformationAcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg12AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg13AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg14AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg15AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg16AcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg17CertificateAcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg17DuplicateAcceptedInPerson):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CaseStatus | Problem | None:
    if response.status_code == 201:
        response_201 = CaseStatus.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

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
    *,
    client: AuthenticatedClient,
    body: Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson | Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson | Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson | Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson | Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson | Reg9AcceptedInPerson,
    idempotency_key: str | Unset = UNSET,

) -> Response[CaseStatus | Problem]:
    """ Accept an application in person

     The provider's clerk accepts a package at its own office; the case opens at step 1.

    Send an `Idempotency-Key`: a retry answers the first case again.

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson |
            Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson |
            Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson |
            Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson
            | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson |
            Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson
            | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson |
            Reg9AcceptedInPerson): An application accepted at the provider's own office (no front
            office in between). The
                document shows one shape per regulation and sub-service (`ACCEPTED`), each with its
            typed
                `facts`; the route reads the regulation and checks the facts against that model,
            naming the
                wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseStatus | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson | Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson | Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson | Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson | Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson | Reg9AcceptedInPerson,
    idempotency_key: str | Unset = UNSET,

) -> CaseStatus | Problem | None:
    """ Accept an application in person

     The provider's clerk accepts a package at its own office; the case opens at step 1.

    Send an `Idempotency-Key`: a retry answers the first case again.

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson |
            Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson |
            Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson |
            Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson
            | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson |
            Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson
            | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson |
            Reg9AcceptedInPerson): An application accepted at the provider's own office (no front
            office in between). The
                document shows one shape per regulation and sub-service (`ACCEPTED`), each with its
            typed
                `facts`; the route reads the regulation and checks the facts against that model,
            naming the
                wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseStatus | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson | Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson | Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson | Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson | Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson | Reg9AcceptedInPerson,
    idempotency_key: str | Unset = UNSET,

) -> Response[CaseStatus | Problem]:
    """ Accept an application in person

     The provider's clerk accepts a package at its own office; the case opens at step 1.

    Send an `Idempotency-Key`: a retry answers the first case again.

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson |
            Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson |
            Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson |
            Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson
            | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson |
            Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson
            | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson |
            Reg9AcceptedInPerson): An application accepted at the provider's own office (no front
            office in between). The
                document shows one shape per regulation and sub-service (`ACCEPTED`), each with its
            typed
                `facts`; the route reads the regulation and checks the facts against that model,
            naming the
                wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseStatus | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson | Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson | Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson | Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson | Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson | Reg9AcceptedInPerson,
    idempotency_key: str | Unset = UNSET,

) -> CaseStatus | Problem | None:
    """ Accept an application in person

     The provider's clerk accepts a package at its own office; the case opens at step 1.

    Send an `Idempotency-Key`: a retry answers the first case again.

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10AcceptedInPerson | Reg11InformationAcceptedInPerson |
            Reg11NotificationAcceptedInPerson | Reg12AcceptedInPerson | Reg13AcceptedInPerson |
            Reg14AcceptedInPerson | Reg15AcceptedInPerson | Reg16AcceptedInPerson |
            Reg17CertificateAcceptedInPerson | Reg17DuplicateAcceptedInPerson | Reg18AcceptedInPerson
            | Reg1DuplicateAcceptedInPerson | Reg1FirstRegistrationAcceptedInPerson |
            Reg2AcceptedInPerson | Reg3AcceptedInPerson | Reg4AcceptedInPerson | Reg5AcceptedInPerson
            | Reg6AcceptedInPerson | Reg7AcceptedInPerson | Reg8AcceptedInPerson |
            Reg9AcceptedInPerson): An application accepted at the provider's own office (no front
            office in between). The
                document shows one shape per regulation and sub-service (`ACCEPTED`), each with its
            typed
                `facts`; the route reads the regulation and checks the facts against that model,
            naming the
                wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseStatus | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
