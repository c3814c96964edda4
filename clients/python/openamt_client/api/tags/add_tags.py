from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.add_tags_request import AddTagsRequest
from ...models.add_tags_response import AddTagsResponse
from ...models.error import Error
from typing import cast



def _get_kwargs(
    *,
    body: AddTagsRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tags",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddTagsResponse | Error | None:
    if response.status_code == 200:
        response_200 = AddTagsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddTagsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddTagsRequest,

) -> Response[AddTagsResponse | Error]:
    """ Add Tags

     Add tags to a tuning job or training job, or replace a tag's value (AddTags). Tags added
    to a tuning job reach the training jobs it launches from then on.

    Args:
        body (AddTagsRequest): The body of AddTags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTagsResponse | Error]
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
    body: AddTagsRequest,

) -> AddTagsResponse | Error | None:
    """ Add Tags

     Add tags to a tuning job or training job, or replace a tag's value (AddTags). Tags added
    to a tuning job reach the training jobs it launches from then on.

    Args:
        body (AddTagsRequest): The body of AddTags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTagsResponse | Error
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddTagsRequest,

) -> Response[AddTagsResponse | Error]:
    """ Add Tags

     Add tags to a tuning job or training job, or replace a tag's value (AddTags). Tags added
    to a tuning job reach the training jobs it launches from then on.

    Args:
        body (AddTagsRequest): The body of AddTags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTagsResponse | Error]
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
    body: AddTagsRequest,

) -> AddTagsResponse | Error | None:
    """ Add Tags

     Add tags to a tuning job or training job, or replace a tag's value (AddTags). Tags added
    to a tuning job reach the training jobs it launches from then on.

    Args:
        body (AddTagsRequest): The body of AddTags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTagsResponse | Error
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
