from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_training_jobs_for_hyper_parameter_tuning_job_sort_by_type_0 import ListTrainingJobsForHyperParameterTuningJobSortByType0
from ...models.list_training_jobs_for_hyper_parameter_tuning_job_sort_order_type_0 import ListTrainingJobsForHyperParameterTuningJobSortOrderType0
from ...models.list_training_jobs_for_hyper_parameter_tuning_job_status_equals_type_0 import ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0
from ...models.list_training_jobs_for_tuning_job_response import ListTrainingJobsForTuningJobResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    name: str,
    *,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    status_equals: ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None | Unset = UNSET,
    sort_by: ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset = UNSET,
    sort_order: ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["MaxResults"] = max_results

    json_next_token: None | str | Unset
    if isinstance(next_token, Unset):
        json_next_token = UNSET
    else:
        json_next_token = next_token
    params["NextToken"] = json_next_token

    json_status_equals: None | str | Unset
    if isinstance(status_equals, Unset):
        json_status_equals = UNSET
    elif isinstance(status_equals, ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0):
        json_status_equals = status_equals.value
    else:
        json_status_equals = status_equals
    params["StatusEquals"] = json_status_equals

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, ListTrainingJobsForHyperParameterTuningJobSortByType0):
        json_sort_by = sort_by.value
    else:
        json_sort_by = sort_by
    params["SortBy"] = json_sort_by

    json_sort_order: None | str | Unset
    if isinstance(sort_order, Unset):
        json_sort_order = UNSET
    elif isinstance(sort_order, ListTrainingJobsForHyperParameterTuningJobSortOrderType0):
        json_sort_order = sort_order.value
    else:
        json_sort_order = sort_order
    params["SortOrder"] = json_sort_order


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/hyper-parameter-tuning-jobs/{name}/training-jobs".format(name=quote(str(name), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListTrainingJobsForTuningJobResponse | None:
    if response.status_code == 200:
        response_200 = ListTrainingJobsForTuningJobResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ListTrainingJobsForTuningJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    status_equals: ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None | Unset = UNSET,
    sort_by: ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset = UNSET,
    sort_order: ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset = UNSET,

) -> Response[Error | ListTrainingJobsForTuningJobResponse]:
    """ List Training Jobs For Tuning Job

     The training jobs a tuning job launched (ListTrainingJobsForHyperParameterTuningJob).

    Args:
        name (str):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        status_equals (ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None |
            Unset):
        sort_by (ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset):
        sort_order (ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTrainingJobsForTuningJobResponse]
     """


    kwargs = _get_kwargs(
        name=name,
max_results=max_results,
next_token=next_token,
status_equals=status_equals,
sort_by=sort_by,
sort_order=sort_order,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    status_equals: ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None | Unset = UNSET,
    sort_by: ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset = UNSET,
    sort_order: ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset = UNSET,

) -> Error | ListTrainingJobsForTuningJobResponse | None:
    """ List Training Jobs For Tuning Job

     The training jobs a tuning job launched (ListTrainingJobsForHyperParameterTuningJob).

    Args:
        name (str):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        status_equals (ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None |
            Unset):
        sort_by (ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset):
        sort_order (ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTrainingJobsForTuningJobResponse
     """


    return sync_detailed(
        name=name,
client=client,
max_results=max_results,
next_token=next_token,
status_equals=status_equals,
sort_by=sort_by,
sort_order=sort_order,

    ).parsed

async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    status_equals: ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None | Unset = UNSET,
    sort_by: ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset = UNSET,
    sort_order: ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset = UNSET,

) -> Response[Error | ListTrainingJobsForTuningJobResponse]:
    """ List Training Jobs For Tuning Job

     The training jobs a tuning job launched (ListTrainingJobsForHyperParameterTuningJob).

    Args:
        name (str):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        status_equals (ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None |
            Unset):
        sort_by (ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset):
        sort_order (ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTrainingJobsForTuningJobResponse]
     """


    kwargs = _get_kwargs(
        name=name,
max_results=max_results,
next_token=next_token,
status_equals=status_equals,
sort_by=sort_by,
sort_order=sort_order,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    status_equals: ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None | Unset = UNSET,
    sort_by: ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset = UNSET,
    sort_order: ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset = UNSET,

) -> Error | ListTrainingJobsForTuningJobResponse | None:
    """ List Training Jobs For Tuning Job

     The training jobs a tuning job launched (ListTrainingJobsForHyperParameterTuningJob).

    Args:
        name (str):
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        status_equals (ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0 | None |
            Unset):
        sort_by (ListTrainingJobsForHyperParameterTuningJobSortByType0 | None | Unset):
        sort_order (ListTrainingJobsForHyperParameterTuningJobSortOrderType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTrainingJobsForTuningJobResponse
     """


    return (await asyncio_detailed(
        name=name,
client=client,
max_results=max_results,
next_token=next_token,
status_equals=status_equals,
sort_by=sort_by,
sort_order=sort_order,

    )).parsed
