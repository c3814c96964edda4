"""What every client command shares: the endpoint and credentials, one HTTP client for the
REST door, and errors as one line with an exit code scripts can trust."""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Callable
from typing import Annotated, Any, NoReturn, ParamSpec, TypeVar

import httpx
import typer

DEFAULT_ENDPOINT = "http://127.0.0.1:8000"
# Exit codes: 0 ok; 1 not found, a failed job (with --wait), a refused or failed request;
# 2 usage (typer's own code for a bad option, and ours for a bad job file or request body).
NOT_FOUND_OR_FAILED = 1
USAGE = 2


class Output(enum.StrEnum):
    table = "table"
    json = "json"


Endpoint = Annotated[
    str,
    typer.Option("--endpoint", envvar="OPENAMT_ENDPOINT", help="openamt's URL.", show_default=True),
]
Token = Annotated[
    str | None,
    typer.Option(
        "--token",
        envvar="OPENAMT_TOKEN",
        help="A bearer token the server accepts (one of its OPENAMT_API_TOKENS).",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Output, typer.Option("--output", "-o", help="table for people, json for scripts.")
]


class CliError(Exception):
    """Ends the command with one line on stderr and an exit code."""

    def __init__(self, message: str, code: int = NOT_FOUND_OR_FAILED) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = NOT_FOUND_OR_FAILED) -> NoReturn:
    raise CliError(message, code)


P = ParamSpec("P")
R = TypeVar("R")


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Every failure a user can cause ends as `openamt: <message>`, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except CliError as error:
            message, code = str(error), error.code
        except httpx.TimeoutException:
            message, code = "the server did not answer in time", NOT_FOUND_OR_FAILED
        except httpx.HTTPError as error:
            try:
                url = error.request.url
                where = f" at {url.scheme}://{url.netloc.decode()}"
            except RuntimeError:  # httpx raises it for an error without a request
                where = ""
            message, code = f"cannot reach openamt{where}: {error}", NOT_FOUND_OR_FAILED
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        typer.echo(f"openamt: {message}", err=True)
        raise typer.Exit(code)

    return wrapper


class Api:
    """The REST door (/v1/...), answering parsed JSON or raising CliError."""

    def __init__(self, endpoint: str, token: str | None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=endpoint.rstrip("/"), headers=headers, timeout=30)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self.http.request(method, f"/v1{path}", **kwargs)
        if response.is_success:
            return response
        try:
            body = response.json()
            kind, message = body.get("__type", ""), body.get("message", "")
        except (ValueError, AttributeError):
            kind, message = "", response.text.strip()[:200]
        text = f"{kind}: {message}" if kind else f"HTTP {response.status_code}: {message}"
        # A request the server refused as malformed is a usage error; the rest (not found,
        # in use, limits, authentication) are failures.
        fail(text, USAGE if kind == "ValidationException" else NOT_FOUND_OR_FAILED)

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params={k: v for k, v in params.items() if v}).json()

    def paginate(self, path: str, key: str, limit: int | None = None, **params: Any) -> list[Any]:
        """Every item of a list operation, following NextToken (at most `limit`)."""
        items: list[Any] = []
        token = None
        while limit is None or len(items) < limit:
            page = self.get(path, MaxResults=100, NextToken=token, **params)
            items += page[key]
            token = page.get("NextToken")
            if not token:
                break
        return items if limit is None else items[:limit]


def print_json(value: Any) -> None:
    typer.echo(json.dumps(value, indent=2, default=str))
