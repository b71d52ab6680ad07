from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.application_view import ApplicationView
from ...models.problem import Problem
from ...models.reg_10_submission import Reg10Submission
from ...models.reg_11_information_submission import Reg11InformationSubmission
from ...models.reg_11_notification_submission import Reg11NotificationSubmission
from ...models.reg_12_submission import Reg12Submission
from ...models.reg_13_submission import Reg13Submission
from ...models.reg_14_submission import Reg14Submission
from ...models.reg_15_submission import Reg15Submission
from ...models.reg_16_submission import Reg16Submission
from ...models.reg_17_certificate_submission import Reg17CertificateSubmission
from ...models.reg_17_duplicate_submission import Reg17DuplicateSubmission
from ...models.reg_18_submission import Reg18Submission
from ...models.reg_1_duplicate_submission import Reg1DuplicateSubmission
from ...models.reg_1_first_registration_submission import Reg1FirstRegistrationSubmission
from ...models.reg_2_submission import Reg2Submission
from ...models.reg_3_submission import Reg3Submission
from ...models.reg_4_submission import Reg4Submission
from ...models.reg_5_submission import Reg5Submission
from ...models.reg_6_submission import Reg6Submission
from ...models.reg_7_submission import Reg7Submission
from ...models.reg_8_submission import Reg8Submission
from ...models.reg_9_submission import Reg9Submission
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission | Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission | Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission | Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission | Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission | Reg8Submission | Reg9Submission,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications",
    }

    
    if isinstance(body, Reg1FirstRegistrationSubmission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg1DuplicateSubmission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg2Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg3Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg4Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg5Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg6Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg7Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg8Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg9Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg10Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg11NotificationSubmission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg11InformationSubmission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg12Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg13Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg14Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg15Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg16Submission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg17CertificateSubmission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Reg17DuplicateSubmission):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplicationView | Problem | None:
    if response.status_code == 201:
        response_201 = ApplicationView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApplicationView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission | Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission | Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission | Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission | Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission | Reg8Submission | Reg9Submission,
    idempotency_key: str | Unset = UNSET,

) -> Response[ApplicationView | Problem]:
    """ Submit a package: a receipt, or a refusal receipt naming what is missing

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission |
            Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission |
            Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission |
            Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission |
            Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission |
            Reg8Submission | Reg9Submission): A package for any regulation. The document shows one
            submission per regulation and
                sub-service (`SUBMISSIONS`), each with its typed `facts`; the route reads the
            regulation and
                checks the facts against that model, naming the wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationView | Problem]
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
    body: Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission | Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission | Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission | Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission | Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission | Reg8Submission | Reg9Submission,
    idempotency_key: str | Unset = UNSET,

) -> ApplicationView | Problem | None:
    """ Submit a package: a receipt, or a refusal receipt naming what is missing

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission |
            Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission |
            Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission |
            Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission |
            Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission |
            Reg8Submission | Reg9Submission): A package for any regulation. The document shows one
            submission per regulation and
                sub-service (`SUBMISSIONS`), each with its typed `facts`; the route reads the
            regulation and
                checks the facts against that model, naming the wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationView | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission | Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission | Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission | Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission | Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission | Reg8Submission | Reg9Submission,
    idempotency_key: str | Unset = UNSET,

) -> Response[ApplicationView | Problem]:
    """ Submit a package: a receipt, or a refusal receipt naming what is missing

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission |
            Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission |
            Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission |
            Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission |
            Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission |
            Reg8Submission | Reg9Submission): A package for any regulation. The document shows one
            submission per regulation and
                sub-service (`SUBMISSIONS`), each with its typed `facts`; the route reads the
            regulation and
                checks the facts against that model, naming the wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationView | Problem]
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
    body: Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission | Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission | Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission | Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission | Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission | Reg8Submission | Reg9Submission,
    idempotency_key: str | Unset = UNSET,

) -> ApplicationView | Problem | None:
    """ Submit a package: a receipt, or a refusal receipt naming what is missing

    Args:
        idempotency_key (str | Unset): any 1 to 128 visible ASCII characters, new for each
            request: a retry with the same key and body gets the first answer again
        body (Reg10Submission | Reg11InformationSubmission | Reg11NotificationSubmission |
            Reg12Submission | Reg13Submission | Reg14Submission | Reg15Submission | Reg16Submission |
            Reg17CertificateSubmission | Reg17DuplicateSubmission | Reg18Submission |
            Reg1DuplicateSubmission | Reg1FirstRegistrationSubmission | Reg2Submission |
            Reg3Submission | Reg4Submission | Reg5Submission | Reg6Submission | Reg7Submission |
            Reg8Submission | Reg9Submission): A package for any regulation. The document shows one
            submission per regulation and
                sub-service (`SUBMISSIONS`), each with its typed `facts`; the route reads the
            regulation and
                checks the facts against that model, naming the wrong field as `facts.<path>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationView | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
