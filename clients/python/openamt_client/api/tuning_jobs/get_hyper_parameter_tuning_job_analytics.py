from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.get_hyper_parameter_tuning_job_analytics_format_type_0 import GetHyperParameterTuningJobAnalyticsFormatType0
from ...models.tuning_job_analytics_response import TuningJobAnalyticsResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    name: str,
    *,
    format_: GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["accept"] = accept



    

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetHyperParameterTuningJobAnalyticsFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/hyper-parameter-tuning-jobs/{name}/analytics".format(name=quote(str(name), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TuningJobAnalyticsResponse | None:
    if response.status_code == 200:
        response_200 = TuningJobAnalyticsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TuningJobAnalyticsResponse]:
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
    format_: GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Response[Error | TuningJobAnalyticsResponse]:
    """ Tuning Job Analytics

     Every training job of a tuning job (tuned hyperparameters, final objective, status,
    times) and the best objective after each one ended (the SageMaker SDK's
    HyperParameterTuningJobAnalytics).

    Args:
        name (str):
        format_ (GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TuningJobAnalyticsResponse]
     """


    kwargs = _get_kwargs(
        name=name,
format_=format_,
accept=accept,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Error | TuningJobAnalyticsResponse | None:
    """ Tuning Job Analytics

     Every training job of a tuning job (tuned hyperparameters, final objective, status,
    times) and the best objective after each one ended (the SageMaker SDK's
    HyperParameterTuningJobAnalytics).

    Args:
        name (str):
        format_ (GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TuningJobAnalyticsResponse
     """


    return sync_detailed(
        name=name,
client=client,
format_=format_,
accept=accept,

    ).parsed

async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Response[Error | TuningJobAnalyticsResponse]:
    """ Tuning Job Analytics

     Every training job of a tuning job (tuned hyperparameters, final objective, status,
    times) and the best objective after each one ended (the SageMaker SDK's
    HyperParameterTuningJobAnalytics).

    Args:
        name (str):
        format_ (GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TuningJobAnalyticsResponse]
     """


    kwargs = _get_kwargs(
        name=name,
format_=format_,
accept=accept,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Error | TuningJobAnalyticsResponse | None:
    """ Tuning Job Analytics

     Every training job of a tuning job (tuned hyperparameters, final objective, status,
    times) and the best objective after each one ended (the SageMaker SDK's
    HyperParameterTuningJobAnalytics).

    Args:
        name (str):
        format_ (GetHyperParameterTuningJobAnalyticsFormatType0 | None | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TuningJobAnalyticsResponse
     """


    return (await asyncio_detailed(
        name=name,
client=client,
format_=format_,
accept=accept,

    )).parsed
