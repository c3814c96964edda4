"""The gate in front of both doors: body size, then authentication, then JSON depth.

Pure ASGI: the body is read once (bounded), checked, and replayed to the app, so both the
REST routes and the AWS door parse exactly the bytes whose signature was verified.
"""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api import auth, limits
from app.api.aws import routing
from app.api.aws.protocols import PROTOCOLS
from app.api.aws.s3.app import S3App
from app.api.aws.s3.routing import is_s3_request
from app.api.errors import error_response
from app.config import Settings
from app.serving.host import MAX_INVOCATION_BYTES

log = logging.getLogger(__name__)

# Open without credentials: a load balancer's probes and the API's own documentation.
OPEN_PATHS = frozenset(
    {"/healthz", "/readyz", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
)
AWS_PATH = "/"
# Asked for by a browser: refused with 401 and a Basic challenge, so the browser asks its
# user for a token (as the password) instead of showing AWS's 403.
BASIC_CHALLENGE = 'Basic realm="openamt", charset="UTF-8"'


def is_browser_page(method: str, path: str) -> bool:
    """openamt's pages and the Optuna dashboard (GET / is the page; POST / the AWS door)."""
    return (
        (path == "/" and method in ("GET", "HEAD"))
        or path.startswith("/ui/")
        or path == "/dashboard"
        or path.startswith("/dashboard/")
    )


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


class RequestGuard:
    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.s3 = S3App(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # S3 streams its bodies (objects of any size) and does its own SigV4: it gets the raw
        # exchange, before the 1 MiB body read below.
        if scope["type"] == "http" and is_s3_request(scope):
            await self.s3(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        protocol = routing.protocol_of(scope["method"], path, _headers(scope))
        if protocol is None and path == AWS_PATH and scope["method"] == "POST":
            protocol = "json"  # what the AWS door answers a POST / that names no protocol
        aws = protocol is not None
        browser = is_browser_page(scope["method"], path)

        async def refuse(status: int, code: str, message: str, *, challenge: bool = False) -> None:
            response: Response
            if protocol is not None:  # the AWS protocol's own error shape
                request_id = scope.get("state", {}).get("request_id", "")
                answer = PROTOCOLS[protocol].error(None, code, message, status, request_id)
                response = Response(answer.body, status_code=status, headers=answer.headers)
            else:
                response = error_response(status, code, message)
            if challenge:
                response.status_code = 401
                response.headers["WWW-Authenticate"] = BASIC_CHALLENGE
            await response(scope, receive, send)

        invocation = path.startswith("/endpoints/") and path.endswith("/invocations")
        # An invocation's body is the model's input, up to the runtime's 6 MiB, not JSON.
        limit = max(self.settings.max_body_bytes, MAX_INVOCATION_BYTES) if invocation else None
        try:
            body = await limits.read_body(scope, receive, limit or self.settings.max_body_bytes)
        except limits.BodyTooLarge as error:
            if invocation:
                await refuse(413, "ValidationError", str(error))
            else:
                await refuse(413, "RequestEntityTooLargeException", str(error))
            return
        except limits.ClientGone:
            return

        if self.settings.auth_enabled and path not in OPEN_PATHS:
            request = auth.RawRequest(
                method=scope["method"],
                raw_path=scope.get("raw_path") or path.encode(),
                query=scope.get("query_string", b""),
                headers=list(scope.get("headers", [])),
                body=body,
            )
            try:
                principal = auth.authenticate(
                    request,
                    credentials=self.settings.credentials,
                    bearer_tokens=self.settings.bearer_tokens,
                    allow_bearer=not aws,
                )
            except auth.AuthFailure as failure:
                # Never the secret, the token or the signature: who, what and why.
                client = scope.get("client") or ("?", 0)
                log.warning(
                    "refused %s %s from %s: %s (%s), access key %s",
                    scope["method"], path, client[0], failure.code, failure.message,
                    failure.key_id or "-",
                )  # fmt: skip
                await refuse(failure.status, failure.code, failure.message, challenge=browser)
                return
            scope.setdefault("state", {})["principal"] = principal

        # JSON's depth; a CBOR body is bounded by its decoder, a form has no depth.
        deep = (
            not invocation
            and protocol not in ("cbor", "query")
            and (
                await run_in_threadpool(limits.too_deep, body)
                if len(body) > 64 * 1024
                else limits.too_deep(body)
            )
        )
        if deep:
            await refuse(
                400,
                "ValidationException",
                f"body: JSON nested deeper than {limits.MAX_JSON_DEPTH} levels is refused",
            )
            return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: only http.disconnect is left to come

        await self.app(scope, replay, send)
