from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.endpoint_update import EndpointUpdate
from ...models.error import Error
from ...models.update_endpoint_response import UpdateEndpointResponse
from typing import cast



def _get_kwargs(
    name: str,
    *,
    body: EndpointUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/endpoints/{name}".format(name=quote(str(name), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UpdateEndpointResponse | None:
    if response.status_code == 200:
        response_200 = UpdateEndpointResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | UpdateEndpointResponse]:
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
    body: EndpointUpdate,

) -> Response[Error | UpdateEndpointResponse]:
    """ Update Endpoint

     Deploy another endpoint configuration to an endpoint (UpdateEndpoint): `Updating` while
    the new models load (the current ones keep serving), then `InService` with the new
    configuration; a failed update keeps the old one, with a FailureReason.

    Args:
        name (str):
        body (EndpointUpdate): The body of `PUT /v1/endpoints/{name}` (UpdateEndpoint without the
            name, which is in the
            path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateEndpointResponse]
     """


    kwargs = _get_kwargs(
        name=name,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EndpointUpdate,

) -> Error | UpdateEndpointResponse | None:
    """ Update Endpoint

     Deploy another endpoint configuration to an endpoint (UpdateEndpoint): `Updating` while
    the new models load (the current ones keep serving), then `InService` with the new
    configuration; a failed update keeps the old one, with a FailureReason.

    Args:
        name (str):
        body (EndpointUpdate): The body of `PUT /v1/endpoints/{name}` (UpdateEndpoint without the
            name, which is in the
            path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateEndpointResponse
     """


    return sync_detailed(
        name=name,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EndpointUpdate,

) -> Response[Error | UpdateEndpointResponse]:
    """ Update Endpoint

     Deploy another endpoint configuration to an endpoint (UpdateEndpoint): `Updating` while
    the new models load (the current ones keep serving), then `InService` with the new
    configuration; a failed update keeps the old one, with a FailureReason.

    Args:
        name (str):
        body (EndpointUpdate): The body of `PUT /v1/endpoints/{name}` (UpdateEndpoint without the
            name, which is in the
            path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateEndpointResponse]
     """


    kwargs = _get_kwargs(
        name=name,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EndpointUpdate,

) -> Error | UpdateEndpointResponse | None:
    """ Update Endpoint

     Deploy another endpoint configuration to an endpoint (UpdateEndpoint): `Updating` while
    the new models load (the current ones keep serving), then `InService` with the new
    configuration; a failed update keeps the old one, with a FailureReason.

    Args:
        name (str):
        body (EndpointUpdate): The body of `PUT /v1/endpoints/{name}` (UpdateEndpoint without the
            name, which is in the
            path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateEndpointResponse
     """


    return (await asyncio_detailed(
        name=name,
client=client,
body=body,

    )).parsed
