from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    name: str,
    *,
    start_byte: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["StartByte"] = start_byte


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/training-jobs/{name}/logs".format(name=quote(str(name), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
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
    start_byte: int | Unset = 0,

) -> Response[Error | str]:
    """ Training Job Logs

     Everything the training job printed (stdout and stderr), as it was written (UTF-8 text
    from the job). `StartByte` skips what a follower already has: `openamt logs --follow`
    asks for the bytes after those it printed.

    Args:
        name (str):
        start_byte (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
     """


    kwargs = _get_kwargs(
        name=name,
start_byte=start_byte,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    start_byte: int | Unset = 0,

) -> Error | str | None:
    """ Training Job Logs

     Everything the training job printed (stdout and stderr), as it was written (UTF-8 text
    from the job). `StartByte` skips what a follower already has: `openamt logs --follow`
    asks for the bytes after those it printed.

    Args:
        name (str):
        start_byte (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
     """


    return sync_detailed(
        name=name,
client=client,
start_byte=start_byte,

    ).parsed

async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    start_byte: int | Unset = 0,

) -> Response[Error | str]:
    """ Training Job Logs

     Everything the training job printed (stdout and stderr), as it was written (UTF-8 text
    from the job). `StartByte` skips what a follower already has: `openamt logs --follow`
    asks for the bytes after those it printed.

    Args:
        name (str):
        start_byte (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
     """


    kwargs = _get_kwargs(
        name=name,
start_byte=start_byte,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    start_byte: int | Unset = 0,

) -> Error | str | None:
    """ Training Job Logs

     Everything the training job printed (stdout and stderr), as it was written (UTF-8 text
    from the job). `StartByte` skips what a follower already has: `openamt logs --follow`
    asks for the bytes after those it printed.

    Args:
        name (str):
        start_byte (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
     """


    return (await asyncio_detailed(
        name=name,
client=client,
start_byte=start_byte,

    )).parsed
