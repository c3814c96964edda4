from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_models_response import ListModelsResponse
from ...models.list_models_sort_by_type_0 import ListModelsSortByType0
from ...models.list_models_sort_order_type_0 import ListModelsSortOrderType0
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_by: ListModelsSortByType0 | None | Unset = UNSET,
    sort_order: ListModelsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["MaxResults"] = max_results

    json_next_token: None | str | Unset
    if isinstance(next_token, Unset):
        json_next_token = UNSET
    else:
        json_next_token = next_token
    params["NextToken"] = json_next_token

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, ListModelsSortByType0):
        json_sort_by = sort_by.value
    else:
        json_sort_by = sort_by
    params["SortBy"] = json_sort_by

    json_sort_order: None | str | Unset
    if isinstance(sort_order, Unset):
        json_sort_order = UNSET
    elif isinstance(sort_order, ListModelsSortOrderType0):
        json_sort_order = sort_order.value
    else:
        json_sort_order = sort_order
    params["SortOrder"] = json_sort_order

    json_name_contains: None | str | Unset
    if isinstance(name_contains, Unset):
        json_name_contains = UNSET
    else:
        json_name_contains = name_contains
    params["NameContains"] = json_name_contains

    json_creation_time_after: None | str | Unset
    if isinstance(creation_time_after, Unset):
        json_creation_time_after = UNSET
    elif isinstance(creation_time_after, datetime.datetime):
        json_creation_time_after = creation_time_after.isoformat()
    else:
        json_creation_time_after = creation_time_after
    params["CreationTimeAfter"] = json_creation_time_after

    json_creation_time_before: None | str | Unset
    if isinstance(creation_time_before, Unset):
        json_creation_time_before = UNSET
    elif isinstance(creation_time_before, datetime.datetime):
        json_creation_time_before = creation_time_before.isoformat()
    else:
        json_creation_time_before = creation_time_before
    params["CreationTimeBefore"] = json_creation_time_before


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListModelsResponse | None:
    if response.status_code == 200:
        response_200 = ListModelsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ListModelsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_by: ListModelsSortByType0 | None | Unset = UNSET,
    sort_order: ListModelsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,

) -> Response[Error | ListModelsResponse]:
    """ List Models

     Models, newest first by default (ListModels).

    Args:
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_by (ListModelsSortByType0 | None | Unset):
        sort_order (ListModelsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListModelsResponse]
     """


    kwargs = _get_kwargs(
        max_results=max_results,
next_token=next_token,
sort_by=sort_by,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_by: ListModelsSortByType0 | None | Unset = UNSET,
    sort_order: ListModelsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,

) -> Error | ListModelsResponse | None:
    """ List Models

     Models, newest first by default (ListModels).

    Args:
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_by (ListModelsSortByType0 | None | Unset):
        sort_order (ListModelsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListModelsResponse
     """


    return sync_detailed(
        client=client,
max_results=max_results,
next_token=next_token,
sort_by=sort_by,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_by: ListModelsSortByType0 | None | Unset = UNSET,
    sort_order: ListModelsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,

) -> Response[Error | ListModelsResponse]:
    """ List Models

     Models, newest first by default (ListModels).

    Args:
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_by (ListModelsSortByType0 | None | Unset):
        sort_order (ListModelsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListModelsResponse]
     """


    kwargs = _get_kwargs(
        max_results=max_results,
next_token=next_token,
sort_by=sort_by,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = 10,
    next_token: None | str | Unset = UNSET,
    sort_by: ListModelsSortByType0 | None | Unset = UNSET,
    sort_order: ListModelsSortOrderType0 | None | Unset = UNSET,
    name_contains: None | str | Unset = UNSET,
    creation_time_after: datetime.datetime | None | Unset = UNSET,
    creation_time_before: datetime.datetime | None | Unset = UNSET,

) -> Error | ListModelsResponse | None:
    """ List Models

     Models, newest first by default (ListModels).

    Args:
        max_results (int | Unset):  Default: 10.
        next_token (None | str | Unset):
        sort_by (ListModelsSortByType0 | None | Unset):
        sort_order (ListModelsSortOrderType0 | None | Unset):
        name_contains (None | str | Unset):
        creation_time_after (datetime.datetime | None | Unset):
        creation_time_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListModelsResponse
     """


    return (await asyncio_detailed(
        client=client,
max_results=max_results,
next_token=next_token,
sort_by=sort_by,
sort_order=sort_order,
name_contains=name_contains,
creation_time_after=creation_time_after,
creation_time_before=creation_time_before,

    )).parsed
