from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_training_job_request import CreateTrainingJobRequest
from ...models.create_training_job_response import CreateTrainingJobResponse
from ...models.error import Error
from typing import cast



def _get_kwargs(
    *,
    body: CreateTrainingJobRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/training-jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateTrainingJobResponse | Error | None:
    if response.status_code == 201:
        response_201 = CreateTrainingJobResponse.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())



        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateTrainingJobResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTrainingJobRequest,

) -> Response[CreateTrainingJobResponse | Error]:
    """ Create Training Job

     Create a training job of its own (SageMaker's CreateTrainingJob, what `estimator.fit()`
    sends) and start it.

    Args:
        body (CreateTrainingJobRequest): The body of CreateTrainingJob: a training job of its own
            (no tuning job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTrainingJobResponse | Error]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTrainingJobRequest,

) -> CreateTrainingJobResponse | Error | None:
    """ Create Training Job

     Create a training job of its own (SageMaker's CreateTrainingJob, what `estimator.fit()`
    sends) and start it.

    Args:
        body (CreateTrainingJobRequest): The body of CreateTrainingJob: a training job of its own
            (no tuning job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTrainingJobResponse | Error
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTrainingJobRequest,

) -> Response[CreateTrainingJobResponse | Error]:
    """ Create Training Job

     Create a training job of its own (SageMaker's CreateTrainingJob, what `estimator.fit()`
    sends) and start it.

    Args:
        body (CreateTrainingJobRequest): The body of CreateTrainingJob: a training job of its own
            (no tuning job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTrainingJobResponse | Error]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTrainingJobRequest,

) -> CreateTrainingJobResponse | Error | None:
    """ Create Training Job

     Create a training job of its own (SageMaker's CreateTrainingJob, what `estimator.fit()`
    sends) and start it.

    Args:
        body (CreateTrainingJobRequest): The body of CreateTrainingJob: a training job of its own
            (no tuning job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTrainingJobResponse | Error
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
