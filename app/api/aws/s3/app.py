"""The S3 door as an ASGI application: route, authenticate, parse, run, answer.

It owns the whole exchange (the guard hands it the raw scope, receive and send): bodies are
streamed to disk as they arrive and objects streamed back from disk, so memory stays bounded
whatever the size. Errors are S3's XML document with its status; a HEAD's carry no body.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from anyio import to_thread
from starlette.types import Message, Receive, Scope, Send

from app.api import limits
from app.api.aws.s3 import protocol, routing
from app.api.aws.s3.errors import S3Error, status_of
from app.api.aws.s3.handlers import Context, load
from app.api.aws.s3.handlers.objects import FileBody
from app.api.aws.s3.model import match, parse_query
from app.api.aws.s3.sigv4 import SignedRequest, Verified, is_hex_sha256, verify
from app.api.aws.s3.xmlcodec import error_document
from app.config import Settings
from app.objects import ObjectError, ObjectStore
from app.objects.multipart import Uploads

log = logging.getLogger(__name__)
SEND_CHUNK = 1024 * 1024
# Bodies parsed as XML (DeleteObjects' 1000 keys, Complete's 10,000 parts) are read whole,
# up to this much.
MAX_XML_BYTES = 4 * 1024 * 1024


AUTH_FAILURES = frozenset(
    {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "RequestTimeTooSkewed",
     "AuthorizationHeaderMalformed", "AuthorizationQueryParametersError"}
)  # fmt: skip


@dataclass(frozen=True)
class _OperationRoute:
    path: str


class S3App:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = ObjectStore(settings.local_s3_dir)
        self.uploads = Uploads(self.store)
        self.handlers = load()
        # What a killed process left half-written; a day old is surely no one's any more.
        self.store.sweep_staged(older_than=24 * 3600)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = scope.setdefault("state", {})
        request_id = state.get("request_id") or uuid.uuid4().hex
        method = scope["method"]
        bucket, key = routing.bucket_and_key(scope)
        resource = "/" + "/".join(p for p in (bucket, key) if p)
        receive, send = _closing_when_unread(scope, receive, send)
        try:
            await self._serve(scope, receive, send, bucket, key, request_id)
        except limits.ClientGone:
            return
        except ObjectError as error:
            if error.code in AUTH_FAILURES:
                # As the guard logs its refusals: who, what and why, never a secret.
                client = scope.get("client") or ("?", 0)
                log.warning("refused S3 %s %s from %s: %s (%s), access key %s", method,
                            resource, client[0], error.code, error.message,
                            error.fields.get("AWSAccessKeyId", "-"))  # fmt: skip
            fields = {**error.fields, "Resource": resource, "RequestId": request_id}
            await _send_error(send, method, status_of(error), error.code, error.message, fields,
                              request_id)  # fmt: skip
        except Exception:
            log.exception("S3 %s %s failed", method, resource)
            fields = {"Resource": resource, "RequestId": request_id}
            message = "We encountered an internal error. Please try again."
            await _send_error(send, method, 500, "InternalError", message, fields, request_id)

    async def _serve(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        bucket: str | None,
        key: str | None,
        request_id: str,
    ) -> None:
        method = scope["method"]
        if self.settings.s3_endpoint_url:
            # Decision: the door serves the store that s3:// resolves to in this process, the
            # data directory's; with OPENAMT_S3_ENDPOINT_URL set, s3:// lives elsewhere, and
            # an object written here would be one no training job reads.
            raise S3Error(
                "NotImplemented",
                "openamt's S3 door is off: this openamt keeps s3:// at OPENAMT_S3_ENDPOINT_URL "
                f"({self.settings.s3_endpoint_url}); send S3 requests there "
                "(AWS_ENDPOINT_URL_S3).",
            )
        headers = [
            (k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in scope.get("headers", [])
        ]
        joined: dict[str, str] = {}
        for name, value in headers:
            joined[name] = f"{joined[name]},{value}" if name in joined else value
        query = parse_query(scope.get("query_string", b""))
        target = "key" if key else ("bucket" if bucket else "service")
        operation, known = match(method, target, query, set(joined))
        # Prometheus counts requests by route template (app/observe/prometheus.py): S3's is
        # its operation, never the bucket or key.
        scope["route"] = _OperationRoute(f"s3:{operation.name if operation else 'unknown'}")
        if operation is None:
            if known:
                raise S3Error(
                    "MethodNotAllowed", "The specified method is not allowed against this resource."
                )
            raise S3Error(
                "NotImplemented",
                "A header or query you provided implies functionality that is not implemented.",
            )

        verified: Verified | None = None
        if self.settings.auth_enabled:
            signed = SignedRequest(
                method=method,
                host=joined.get("host", ""),
                raw_path=(scope.get("raw_path") or scope["path"].encode()).decode("latin-1"),
                raw_query=scope.get("query_string", b"").decode("latin-1"),
                headers=headers,
                host_bucket=routing.virtual_host_bucket(scope),
            )
            verified = await to_thread.run_sync(verify, signed, self.settings.credentials)
            scope["state"]["principal"] = verified.key_id

        handler = self.handlers.get(operation.name)
        if handler is None:
            raise S3Error("NotImplemented", f"{operation.name} is not implemented by openamt.")
        uri = {"Bucket": bucket or "", "Key": key or ""}
        values = protocol.parse_input(operation, protocol.Incoming(uri, query, headers))
        if not protocol.streaming_payload(operation):
            payload = await _read_small(scope, receive, joined)
            parsed = protocol.parse_payload(operation, payload)
            if parsed is not None:
                values[parsed[0]] = parsed[1]
        ctx = Context(self.store, self.uploads, self.settings, receive, joined, verified)
        result = await handler(ctx, values)
        await self._answer(send, method, operation, result, request_id)

    async def _answer(
        self, send: Send, method: str, operation: Any, result: protocol.Result, request_id: str
    ) -> None:
        values = result.values
        status = result.status or operation.http.get("responseCode", 200)
        file_body = values.pop("Body", None)
        headers = protocol.output_headers(operation, values)
        document = None if status == 304 else protocol.output_body(operation, values)
        raw = [(b"x-amz-request-id", request_id.encode())]
        # A value from the request's query (response-content-disposition=...) may hold CR or
        # LF: never a header split in two.
        raw += [(k.encode("latin-1"), _header_safe(v)) for k, v in headers]
        names = {k.lower() for k, _ in headers}
        if document is not None:
            raw.append((b"content-type", b"application/xml"))
            raw.append((b"content-length", str(len(document)).encode()))
        elif "content-length" not in names:
            raw.append((b"content-length", b"0"))
        await send({"type": "http.response.start", "status": status, "headers": raw})
        if method == "HEAD" or status == 304:
            await send({"type": "http.response.body", "body": b""})
            return
        if isinstance(file_body, FileBody):
            await _send_file(send, file_body)
            return
        await send({"type": "http.response.body", "body": document or b""})


def _header_safe(value: str) -> bytes:
    """Header values go back as the bytes they came in (request headers are read as latin-1,
    so x-amz-meta-* bytes round-trip unchanged); text from elsewhere (a query) as UTF-8."""
    text = value.replace("\r", " ").replace("\n", " ").replace("\x00", " ")
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _closing_when_unread(scope: Scope, receive: Receive, send: Send) -> tuple[Receive, Send]:
    """Answer with `Connection: close` when the request's body was not read to its end (an
    error found from the headers alone). Under `Expect: 100-continue` the client never sends
    that body; were the connection kept, the server would take its next request for it."""
    declared = routing.header(scope, b"content-length")
    chunked = "chunked" in (routing.header(scope, b"transfer-encoding") or "").lower()
    done = not chunked and (declared is None or declared.strip() in ("", "0"))

    async def tracking_receive() -> Message:
        nonlocal done
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            done = True
        return message

    async def closing_send(message: Message) -> None:
        if message["type"] == "http.response.start" and not done:
            message = {
                **message,
                "headers": [*message.get("headers", []), (b"connection", b"close")],
            }
        await send(message)

    return tracking_receive, closing_send


async def _send_file(send: Send, file_body: FileBody) -> None:
    stream = file_body.stream
    if stream is None or file_body.length == 0:
        if stream is not None:
            stream.close()
        await send({"type": "http.response.body", "body": b""})
        return
    try:
        await to_thread.run_sync(stream.seek, file_body.start)
        left = file_body.length
        while left > 0:
            chunk = await to_thread.run_sync(stream.read, min(SEND_CHUNK, left))
            if not chunk:
                break  # truncated under us: the client sees a short body, as with any server
            left -= len(chunk)
            await send({"type": "http.response.body", "body": chunk, "more_body": left > 0})
        if left > 0:
            await send({"type": "http.response.body", "body": b""})
    finally:
        stream.close()


async def _read_small(scope: Scope, receive: Receive, headers: dict[str, str]) -> bytes:
    """A body parsed whole (XML), bounded, checked against a hex x-amz-content-sha256."""
    try:
        data = await limits.read_body(scope, receive, MAX_XML_BYTES)
    except limits.BodyTooLarge:
        raise S3Error("MaxMessageLengthExceeded", "Your request was too big.") from None
    declared_hash = headers.get("x-amz-content-sha256")
    if is_hex_sha256(declared_hash) and hashlib.sha256(data).hexdigest() != declared_hash:
        raise S3Error(
            "XAmzContentSHA256Mismatch",
            "The provided 'x-amz-content-sha256' header does not match what was computed.",
        )
    return data


async def _send_error(
    send: Send,
    method: str,
    status: int,
    code: str,
    message: str,
    fields: dict[str, str],
    request_id: str,
) -> None:
    document = b"" if method == "HEAD" or status == 304 else error_document(code, message, fields)
    headers = [
        (b"x-amz-request-id", request_id.encode()),
        (b"content-type", b"application/xml"),
        (b"content-length", str(len(document)).encode()),
    ]
    try:
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": document})
    except Exception:  # the response had already started: nothing more can be said
        log.debug("S3 error after the response started: %s", code)
