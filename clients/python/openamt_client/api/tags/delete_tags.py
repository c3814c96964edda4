from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from typing import cast



def _get_kwargs(
    *,
    resource_arn: str,
    tag_keys: list[str],

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["ResourceArn"] = resource_arn

    json_tag_keys = tag_keys


    params["TagKeys"] = json_tag_keys


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/tags",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    tag_keys: list[str],

) -> Response[Any | Error]:
    """ Delete Tags

     Delete tags by key from a tuning job or training job (DeleteTags); unknown keys are
    ignored.

    Args:
        resource_arn (str):
        tag_keys (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
     """


    kwargs = _get_kwargs(
        resource_arn=resource_arn,
tag_keys=tag_keys,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    resource_arn: str,
    tag_keys: list[str],

) -> Any | Error | None:
    """ Delete Tags

     Delete tags by key from a tuning job or training job (DeleteTags); unknown keys are
    ignored.

    Args:
        resource_arn (str):
        tag_keys (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
     """


    return sync_detailed(
        client=client,
resource_arn=resource_arn,
tag_keys=tag_keys,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_arn: str,
    tag_keys: list[str],

) -> Response[Any | Error]:
    """ Delete Tags

     Delete tags by key from a tuning job or training job (DeleteTags); unknown keys are
    ignored.

    Args:
        resource_arn (str):
        tag_keys (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
     """


    kwargs = _get_kwargs(
        resource_arn=resource_arn,
tag_keys=tag_keys,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resource_arn: str,
    tag_keys: list[str],

) -> Any | Error | None:
    """ Delete Tags

     Delete tags by key from a tuning job or training job (DeleteTags); unknown keys are
    ignored.

    Args:
        resource_arn (str):
        tag_keys (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
     """


    return (await asyncio_detailed(
        client=client,
resource_arn=resource_arn,
tag_keys=tag_keys,

    )).parsed
