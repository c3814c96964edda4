from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_model_request import CreateModelRequest
from ...models.create_model_response import CreateModelResponse
from ...models.error import Error
from typing import cast



def _get_kwargs(
    *,
    body: CreateModelRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/models",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateModelResponse | Error | None:
    if response.status_code == 201:
        response_201 = CreateModelResponse.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateModelResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelRequest,

) -> Response[CreateModelResponse | Error]:
    """ Create Model

     Register a model for hosting (SageMaker's CreateModel): an image and the model data, e.g.
    a training job's `ModelArtifacts.S3ModelArtifacts` as `PrimaryContainer.ModelDataUrl`.

    Args:
        body (CreateModelRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModelResponse | Error]
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
    body: CreateModelRequest,

) -> CreateModelResponse | Error | None:
    """ Create Model

     Register a model for hosting (SageMaker's CreateModel): an image and the model data, e.g.
    a training job's `ModelArtifacts.S3ModelArtifacts` as `PrimaryContainer.ModelDataUrl`.

    Args:
        body (CreateModelRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModelResponse | Error
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelRequest,

) -> Response[CreateModelResponse | Error]:
    """ Create Model

     Register a model for hosting (SageMaker's CreateModel): an image and the model data, e.g.
    a training job's `ModelArtifacts.S3ModelArtifacts` as `PrimaryContainer.ModelDataUrl`.

    Args:
        body (CreateModelRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModelResponse | Error]
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
    body: CreateModelRequest,

) -> CreateModelResponse | Error | None:
    """ Create Model

     Register a model for hosting (SageMaker's CreateModel): an image and the model data, e.g.
    a training job's `ModelArtifacts.S3ModelArtifacts` as `PrimaryContainer.ModelDataUrl`.

    Args:
        body (CreateModelRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModelResponse | Error
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
