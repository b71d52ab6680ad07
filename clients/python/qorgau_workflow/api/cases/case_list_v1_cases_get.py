from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.case_list_v1_cases_get_outcome import CaseListV1CasesGetOutcome
from ...models.case_list_v1_cases_get_outcome import check_case_list_v1_cases_get_outcome
from ...models.case_list_v1_cases_get_sort import CaseListV1CasesGetSort
from ...models.case_list_v1_cases_get_sort import check_case_list_v1_cases_get_sort
from ...models.case_list_v1_cases_get_status import CaseListV1CasesGetStatus
from ...models.case_list_v1_cases_get_status import check_case_list_v1_cases_get_status
from ...models.case_page import CasePage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: CaseListV1CasesGetStatus | Unset = UNSET,
    outcome: CaseListV1CasesGetOutcome | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    step: str | Unset = UNSET,
    overdue: bool | Unset = False,
    due_before: datetime.datetime | Unset = UNSET,
    due_after: datetime.datetime | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    sort: CaseListV1CasesGetSort | Unset = 'due',
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_outcome: str | Unset = UNSET
    if not isinstance(outcome, Unset):
        json_outcome = outcome

    params["outcome"] = json_outcome

    params["regulation_id"] = regulation_id

    params["step"] = step

    params["overdue"] = overdue

    json_due_before: str | Unset = UNSET
    if not isinstance(due_before, Unset):
        json_due_before = due_before.isoformat()
    params["due_before"] = json_due_before

    json_due_after: str | Unset = UNSET
    if not isinstance(due_after, Unset):
        json_due_after = due_after.isoformat()
    params["due_after"] = json_due_after

    params["district"] = district

    params["rural_district"] = rural_district

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cases",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CasePage | Problem | None:
    if response.status_code == 200:
        response_200 = CasePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CasePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: CaseListV1CasesGetStatus | Unset = UNSET,
    outcome: CaseListV1CasesGetOutcome | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    step: str | Unset = UNSET,
    overdue: bool | Unset = False,
    due_before: datetime.datetime | Unset = UNSET,
    due_after: datetime.datetime | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    sort: CaseListV1CasesGetSort | Unset = 'due',
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[CasePage | Problem]:
    """ Cases within the caller's jurisdiction, by due time

     Every case the caller may open in detail (the same jurisdiction: another district's cases
    never appear), filtered, with the total count; pages are stable because every order ends on
    the case id.

    Args:
        status (CaseListV1CasesGetStatus | Unset): open: not yet issued (in_progress or decided);
            decided: signed, waiting to be issued; issued (= closed): the result was handed over
        outcome (CaseListV1CasesGetOutcome | Unset):
        regulation_id (int | Unset):
        step (str | Unset): the id of the step the case waits at
        overdue (bool | Unset): only cases whose waiting step or overall term is past due Default:
            False.
        due_before (datetime.datetime | Unset): case due at or before this time
        due_after (datetime.datetime | Unset): case due at or after this time
        district (str | Unset): narrows the oblast department's view; others see their own only
        rural_district (str | Unset):
        sort (CaseListV1CasesGetSort | Unset): by the case's due time (default) or opening time;
            '-' for descending Default: 'due'.
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
outcome=outcome,
regulation_id=regulation_id,
step=step,
overdue=overdue,
due_before=due_before,
due_after=due_after,
district=district,
rural_district=rural_district,
sort=sort,
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
    status: CaseListV1CasesGetStatus | Unset = UNSET,
    outcome: CaseListV1CasesGetOutcome | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    step: str | Unset = UNSET,
    overdue: bool | Unset = False,
    due_before: datetime.datetime | Unset = UNSET,
    due_after: datetime.datetime | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    sort: CaseListV1CasesGetSort | Unset = 'due',
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> CasePage | Problem | None:
    """ Cases within the caller's jurisdiction, by due time

     Every case the caller may open in detail (the same jurisdiction: another district's cases
    never appear), filtered, with the total count; pages are stable because every order ends on
    the case id.

    Args:
        status (CaseListV1CasesGetStatus | Unset): open: not yet issued (in_progress or decided);
            decided: signed, waiting to be issued; issued (= closed): the result was handed over
        outcome (CaseListV1CasesGetOutcome | Unset):
        regulation_id (int | Unset):
        step (str | Unset): the id of the step the case waits at
        overdue (bool | Unset): only cases whose waiting step or overall term is past due Default:
            False.
        due_before (datetime.datetime | Unset): case due at or before this time
        due_after (datetime.datetime | Unset): case due at or after this time
        district (str | Unset): narrows the oblast department's view; others see their own only
        rural_district (str | Unset):
        sort (CaseListV1CasesGetSort | Unset): by the case's due time (default) or opening time;
            '-' for descending Default: 'due'.
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePage | Problem
     """


    return sync_detailed(
        client=client,
status=status,
outcome=outcome,
regulation_id=regulation_id,
step=step,
overdue=overdue,
due_before=due_before,
due_after=due_after,
district=district,
rural_district=rural_district,
sort=sort,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: CaseListV1CasesGetStatus | Unset = UNSET,
    outcome: CaseListV1CasesGetOutcome | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    step: str | Unset = UNSET,
    overdue: bool | Unset = False,
    due_before: datetime.datetime | Unset = UNSET,
    due_after: datetime.datetime | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    sort: CaseListV1CasesGetSort | Unset = 'due',
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[CasePage | Problem]:
    """ Cases within the caller's jurisdiction, by due time

     Every case the caller may open in detail (the same jurisdiction: another district's cases
    never appear), filtered, with the total count; pages are stable because every order ends on
    the case id.

    Args:
        status (CaseListV1CasesGetStatus | Unset): open: not yet issued (in_progress or decided);
            decided: signed, waiting to be issued; issued (= closed): the result was handed over
        outcome (CaseListV1CasesGetOutcome | Unset):
        regulation_id (int | Unset):
        step (str | Unset): the id of the step the case waits at
        overdue (bool | Unset): only cases whose waiting step or overall term is past due Default:
            False.
        due_before (datetime.datetime | Unset): case due at or before this time
        due_after (datetime.datetime | Unset): case due at or after this time
        district (str | Unset): narrows the oblast department's view; others see their own only
        rural_district (str | Unset):
        sort (CaseListV1CasesGetSort | Unset): by the case's due time (default) or opening time;
            '-' for descending Default: 'due'.
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
outcome=outcome,
regulation_id=regulation_id,
step=step,
overdue=overdue,
due_before=due_before,
due_after=due_after,
district=district,
rural_district=rural_district,
sort=sort,
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
    status: CaseListV1CasesGetStatus | Unset = UNSET,
    outcome: CaseListV1CasesGetOutcome | Unset = UNSET,
    regulation_id: int | Unset = UNSET,
    step: str | Unset = UNSET,
    overdue: bool | Unset = False,
    due_before: datetime.datetime | Unset = UNSET,
    due_after: datetime.datetime | Unset = UNSET,
    district: str | Unset = UNSET,
    rural_district: str | Unset = UNSET,
    sort: CaseListV1CasesGetSort | Unset = 'due',
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> CasePage | Problem | None:
    """ Cases within the caller's jurisdiction, by due time

     Every case the caller may open in detail (the same jurisdiction: another district's cases
    never appear), filtered, with the total count; pages are stable because every order ends on
    the case id.

    Args:
        status (CaseListV1CasesGetStatus | Unset): open: not yet issued (in_progress or decided);
            decided: signed, waiting to be issued; issued (= closed): the result was handed over
        outcome (CaseListV1CasesGetOutcome | Unset):
        regulation_id (int | Unset):
        step (str | Unset): the id of the step the case waits at
        overdue (bool | Unset): only cases whose waiting step or overall term is past due Default:
            False.
        due_before (datetime.datetime | Unset): case due at or before this time
        due_after (datetime.datetime | Unset): case due at or after this time
        district (str | Unset): narrows the oblast department's view; others see their own only
        rural_district (str | Unset):
        sort (CaseListV1CasesGetSort | Unset): by the case's due time (default) or opening time;
            '-' for descending Default: 'due'.
        limit (int | Unset): rows to return Default: 50.
        offset (int | Unset): rows to skip, at most 100000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePage | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
outcome=outcome,
regulation_id=regulation_id,
step=step,
overdue=overdue,
due_before=due_before,
due_after=due_after,
district=district,
rural_district=rural_district,
sort=sort,
limit=limit,
offset=offset,

    )).parsed
