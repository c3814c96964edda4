from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_metric_points_response import ListMetricPointsResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    name: str,
    *,
    metric_name: None | str | Unset = UNSET,
    max_results: int | Unset = 100,
    next_token: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_metric_name: None | str | Unset
    if isinstance(metric_name, Unset):
        json_metric_name = UNSET
    else:
        json_metric_name = metric_name
    params["MetricName"] = json_metric_name

    params["MaxResults"] = max_results

    json_next_token: None | str | Unset
    if isinstance(next_token, Unset):
        json_next_token = UNSET
    else:
        json_next_token = next_token
    params["NextToken"] = json_next_token


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/training-jobs/{name}/metrics".format(name=quote(str(name), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListMetricPointsResponse | None:
    if response.status_code == 200:
        response_200 = ListMetricPointsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ListMetricPointsResponse]:
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
    metric_name: None | str | Unset = UNSET,
    max_results: int | Unset = 100,
    next_token: None | str | Unset = UNSET,

) -> Response[Error | ListMetricPointsResponse]:
    """ Training Job Metrics

     Every metric point a training job emitted, with its step and time, oldest first, by
    pages (optionally one metric's); what CloudWatch holds for a SageMaker training job.

    Args:
        name (str):
        metric_name (None | str | Unset):
        max_results (int | Unset):  Default: 100.
        next_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListMetricPointsResponse]
     """


    kwargs = _get_kwargs(
        name=name,
metric_name=metric_name,
max_results=max_results,
next_token=next_token,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    metric_name: None | str | Unset = UNSET,
    max_results: int | Unset = 100,
    next_token: None | str | Unset = UNSET,

) -> Error | ListMetricPointsResponse | None:
    """ Training Job Metrics

     Every metric point a training job emitted, with its step and time, oldest first, by
    pages (optionally one metric's); what CloudWatch holds for a SageMaker training job.

    Args:
        name (str):
        metric_name (None | str | Unset):
        max_results (int | Unset):  Default: 100.
        next_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListMetricPointsResponse
     """


    return sync_detailed(
        name=name,
client=client,
metric_name=metric_name,
max_results=max_results,
next_token=next_token,

    ).parsed

async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    metric_name: None | str | Unset = UNSET,
    max_results: int | Unset = 100,
    next_token: None | str | Unset = UNSET,

) -> Response[Error | ListMetricPointsResponse]:
    """ Training Job Metrics

     Every metric point a training job emitted, with its step and time, oldest first, by
    pages (optionally one metric's); what CloudWatch holds for a SageMaker training job.

    Args:
        name (str):
        metric_name (None | str | Unset):
        max_results (int | Unset):  Default: 100.
        next_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListMetricPointsResponse]
     """


    kwargs = _get_kwargs(
        name=name,
metric_name=metric_name,
max_results=max_results,
next_token=next_token,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    metric_name: None | str | Unset = UNSET,
    max_results: int | Unset = 100,
    next_token: None | str | Unset = UNSET,

) -> Error | ListMetricPointsResponse | None:
    """ Training Job Metrics

     Every metric point a training job emitted, with its step and time, oldest first, by
    pages (optionally one metric's); what CloudWatch holds for a SageMaker training job.

    Args:
        name (str):
        metric_name (None | str | Unset):
        max_results (int | Unset):  Default: 100.
        next_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListMetricPointsResponse
     """


    return (await asyncio_detailed(
        name=name,
client=client,
metric_name=metric_name,
max_results=max_results,
next_token=next_token,

    )).parsed
