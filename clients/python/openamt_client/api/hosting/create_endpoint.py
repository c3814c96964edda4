from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_endpoint_request import CreateEndpointRequest
from ...models.create_endpoint_response import CreateEndpointResponse
from ...models.error import Error
from typing import cast



def _get_kwargs(
    *,
    body: CreateEndpointRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateEndpointResponse | Error | None:
    if response.status_code == 201:
        response_201 = CreateEndpointResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateEndpointResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,

) -> Response[CreateEndpointResponse | Error]:
    """ Create Endpoint

     Create an endpoint from a configuration (CreateEndpoint): `Creating`, then `InService`
    once its models are fetched and loaded (or `Failed` with a FailureReason).

    Args:
        body (CreateEndpointRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEndpointResponse | Error]
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
    body: CreateEndpointRequest,

) -> CreateEndpointResponse | Error | None:
    """ Create Endpoint

     Create an endpoint from a configuration (CreateEndpoint): `Creating`, then `InService`
    once its models are fetched and loaded (or `Failed` with a FailureReason).

    Args:
        body (CreateEndpointRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEndpointResponse | Error
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,

) -> Response[CreateEndpointResponse | Error]:
    """ Create Endpoint

     Create an endpoint from a configuration (CreateEndpoint): `Creating`, then `InService`
    once its models are fetched and loaded (or `Failed` with a FailureReason).

    Args:
        body (CreateEndpointRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEndpointResponse | Error]
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
    body: CreateEndpointRequest,

) -> CreateEndpointResponse | Error | None:
    """ Create Endpoint

     Create an endpoint from a configuration (CreateEndpoint): `Creating`, then `InService`
    once its models are fetched and loaded (or `Failed` with a FailureReason).

    Args:
        body (CreateEndpointRequest): See SageMaker's API reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEndpointResponse | Error
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
