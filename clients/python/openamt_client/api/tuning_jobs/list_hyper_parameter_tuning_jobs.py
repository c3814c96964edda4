from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_hyper_parameter_tuning_jobs_sort_by_type_0 import ListHyperParameterTuningJobsSortByType0
from ...models.list_hyper_parameter_tuning_jobs_sort_order_type_0 import ListHyperParameterTuningJobsSortOrderType0
from ...models.list_hyper_parameter_tuning_jobs_status_equals_type_0 import ListHyperParameterTuningJobsStatusEqualsType0
from ...models.list_tuning_jobs_response import ListTuningJobsResponse
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    sort_by: ListHyperParameterTuningJobsSortByType0 | None | Unset = UNSET,
    status_equals: ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset = UNSET,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_order: ListHyperParameterTuningJobsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,
    last_modified_time_after: datetime.datetime | None | Unset = UNSET,
    last_modified_time_before: datetime.datetime | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, ListHyperParameterTuningJobsSortByType0):
        json_sort_by = sort_by.value
    else:
        json_sort_by = sort_by
    params["SortBy"] = json_sort_by

    json_status_equals: None | str | Unset
    if isinstance(status_equals, Unset):
        json_status_equals = UNSET
    elif isinstance(status_equals, ListHyperParameterTuningJobsStatusEqualsType0):
        json_status_equals = status_equals.value
    else:
        json_status_equals = status_equals
    params["StatusEquals"] = json_status_equals

    params["MaxResults"] = max_results

    json_next_token: None | str | Unset
    if isinstance(next_token, Unset):
        json_next_token = UNSET
    else:
        json_next_token = next_token
    params["NextToken"] = json_next_token

    json_sort_order: None | str | Unset
    if isinstance(sort_order, Unset):
        json_sort_order = UNSET
    elif isinstance(sort_order, ListHyperParameterTuningJobsSortOrderType0):
        json_sort_order = sort_order.value
    else:
        json_sort_order = sort_order
    params["SortOrder"] = json_sort_order

    json_name_contains: None | str | Unset
    if isinstance(name_contains, Unset):
        json_name_contains = UNSET
    else:
        json_name_contains = name_contains
    params["NameContains"] = json_name_contains

    json_creation_time_after: None | str | Unset
    if isinstance(creation_time_after, Unset):
        json_creation_time_after = UNSET
    elif isinstance(creation_time_after, datetime.datetime):
        json_creation_time_after = creation_time_after.isoformat()
    else:
        json_creation_time_after = creation_time_after
    params["CreationTimeAfter"] = json_creation_time_after

    json_creation_time_before: None | str | Unset
    if isinstance(creation_time_before, Unset):
        json_creation_time_before = UNSET
    elif isinstance(creation_time_before, datetime.datetime):
        json_creation_time_before = creation_time_before.isoformat()
    else:
        json_creation_time_before = creation_time_before
    params["CreationTimeBefore"] = json_creation_time_before

    json_last_modified_time_after: None | str | Unset
    if isinstance(last_modified_time_after, Unset):
        json_last_modified_time_after = UNSET
    elif isinstance(last_modified_time_after, datetime.datetime):
        json_last_modified_time_after = last_modified_time_after.isoformat()
    else:
        json_last_modified_time_after = last_modified_time_after
    params["LastModifiedTimeAfter"] = json_last_modified_time_after

    json_last_modified_time_before: None | str | Unset
    if isinstance(last_modified_time_before, Unset):
        json_last_modified_time_before = UNSET
    elif isinstance(last_modified_time_before, datetime.datetime):
        json_last_modified_time_before = last_modified_time_before.isoformat()
    else:
        json_last_modified_time_before = last_modified_time_before
    params["LastModifiedTimeBefore"] = json_last_modified_time_before


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/hyper-parameter-tuning-jobs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListTuningJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListTuningJobsResponse.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())



        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ListTuningJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListHyperParameterTuningJobsSortByType0 | None | Unset = UNSET,
    status_equals: ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset = UNSET,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_order: ListHyperParameterTuningJobsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,
    last_modified_time_after: datetime.datetime | None | Unset = UNSET,
    last_modified_time_before: datetime.datetime | None | Unset = UNSET,

) -> Response[Error | ListTuningJobsResponse]:
    """ List Tuning Jobs

     Tuning jobs, filtered and sorted (SageMaker's ListHyperParameterTuningJobs).

    Args:
        sort_by (ListHyperParameterTuningJobsSortByType0 | None | Unset):
        status_equals (ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_order (ListHyperParameterTuningJobsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):
        last_modified_time_after (datetime.datetime | None | Unset):
        last_modified_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTuningJobsResponse]
     """


    kwargs = _get_kwargs(
        sort_by=sort_by,
status_equals=status_equals,
max_results=max_results,
next_token=next_token,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,
last_modified_time_after=last_modified_time_after,
last_modified_time_before=last_modified_time_before,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListHyperParameterTuningJobsSortByType0 | None | Unset = UNSET,
    status_equals: ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset = UNSET,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_order: ListHyperParameterTuningJobsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,
    last_modified_time_after: datetime.datetime | None | Unset = UNSET,
    last_modified_time_before: datetime.datetime | None | Unset = UNSET,

) -> Error | ListTuningJobsResponse | None:
    """ List Tuning Jobs

     Tuning jobs, filtered and sorted (SageMaker's ListHyperParameterTuningJobs).

    Args:
        sort_by (ListHyperParameterTuningJobsSortByType0 | None | Unset):
        status_equals (ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_order (ListHyperParameterTuningJobsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):
        last_modified_time_after (datetime.datetime | None | Unset):
        last_modified_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTuningJobsResponse
     """


    return sync_detailed(
        client=client,
sort_by=sort_by,
status_equals=status_equals,
max_results=max_results,
next_token=next_token,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,
last_modified_time_after=last_modified_time_after,
last_modified_time_before=last_modified_time_before,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListHyperParameterTuningJobsSortByType0 | None | Unset = UNSET,
    status_equals: ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset = UNSET,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_order: ListHyperParameterTuningJobsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,
    last_modified_time_after: datetime.datetime | None | Unset = UNSET,
    last_modified_time_before: datetime.datetime | None | Unset = UNSET,

) -> Response[Error | ListTuningJobsResponse]:
    """ List Tuning Jobs

     Tuning jobs, filtered and sorted (SageMaker's ListHyperParameterTuningJobs).

    Args:
        sort_by (ListHyperParameterTuningJobsSortByType0 | None | Unset):
        status_equals (ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_order (ListHyperParameterTuningJobsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):
        last_modified_time_after (datetime.datetime | None | Unset):
        last_modified_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTuningJobsResponse]
     """


    kwargs = _get_kwargs(
        sort_by=sort_by,
status_equals=status_equals,
max_results=max_results,
next_token=next_token,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,
last_modified_time_after=last_modified_time_after,
last_modified_time_before=last_modified_time_before,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListHyperParameterTuningJobsSortByType0 | None | Unset = UNSET,
    status_equals: ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset = UNSET,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_order: ListHyperParameterTuningJobsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,
    last_modified_time_after: datetime.datetime | None | Unset = UNSET,
    last_modified_time_before: datetime.datetime | None | Unset = UNSET,

) -> Error | ListTuningJobsResponse | None:
    """ List Tuning Jobs

     Tuning jobs, filtered and sorted (SageMaker's ListHyperParameterTuningJobs).

    Args:
        sort_by (ListHyperParameterTuningJobsSortByType0 | None | Unset):
        status_equals (ListHyperParameterTuningJobsStatusEqualsType0 | None | Unset):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_order (ListHyperParameterTuningJobsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):
        last_modified_time_after (datetime.datetime | None | Unset):
        last_modified_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTuningJobsResponse
     """


    return (await asyncio_detailed(
        client=client,
sort_by=sort_by,
status_equals=status_equals,
max_results=max_results,
next_token=next_token,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,
last_modified_time_after=last_modified_time_after,
last_modified_time_before=last_modified_time_before,

    )).parsed
