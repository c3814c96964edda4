from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_tags_response import ListTagsResponse
from typing import cast



def _get_kwargs(
    *,
    resource_arn: str,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["ResourceArn"] = resource_arn


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tags",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListTagsResponse | None:
    if response.status_code == 200:
        response_200 = ListTagsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ListTagsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_arn: str,

) -> Response[Error | ListTagsResponse]:
    """ List Tags

     The tags of a tuning job or training job, by ARN (SageMaker's ListTags).

    Args:
        resource_arn (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTagsResponse]
     """


    kwargs = _get_kwargs(
        resource_arn=resource_arn,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    resource_arn: str,

) -> Error | ListTagsResponse | None:
    """ List Tags

     The tags of a tuning job or training job, by ARN (SageMaker's ListTags).

    Args:
        resource_arn (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTagsResponse
     """


    return sync_detailed(
        client=client,
resource_arn=resource_arn,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_arn: str,

) -> Response[Error | ListTagsResponse]:
    """ List Tags

     The tags of a tuning job or training job, by ARN (SageMaker's ListTags).

    Args:
        resource_arn (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTagsResponse]
     """


    kwargs = _get_kwargs(
        resource_arn=resource_arn,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resource_arn: str,

) -> Error | ListTagsResponse | None:
    """ List Tags

     The tags of a tuning job or training job, by ARN (SageMaker's ListTags).

    Args:
        resource_arn (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTagsResponse
     """


    return (await asyncio_detailed(
        client=client,
resource_arn=resource_arn,

    )).parsed
