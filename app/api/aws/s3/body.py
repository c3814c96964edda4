"""Request bodies streamed to a staged file: plain or `aws-chunked`, digested on the way.

Nothing is held whole in memory: bytes arrive from ASGI, are decoded (aws-chunked framing
removed, chunk signatures checked), and written to the staged file in ~1 MiB batches in a
worker thread while MD5 (the ETag), the checksums the client named, and SHA-256 (when the
request declared a hex `x-amz-content-sha256`) are computed. At the end every digest the
client sent is compared, in headers (`Content-MD5`, `x-amz-checksum-*`) or in the aws-chunked
trailer; any mismatch raises, and the caller discards the staged file: nothing is stored.

`Expect: 100-continue`: uvicorn answers "100 Continue" on the first `receive()`, so a request
refused before its body is read (auth, a missing bucket) never has its body sent at all.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from typing import BinaryIO

from starlette.types import Receive

from app.api.aws.s3.errors import S3Error
from app.api.aws.s3.sigv4 import ChunkSigner, Verified, is_hex_sha256
from app.api.limits import ClientGone
from app.objects import Staged, checksums

MAX_OBJECT_BYTES = 5 * 1024**3  # S3's largest single PUT (and part)
BATCH_BYTES = 1024 * 1024
MAX_CHUNK_LINE = 4096


@dataclass
class Received:
    size: int
    md5: str  # hex
    checksums: dict[str, str] = field(default_factory=dict)  # algorithm -> base64


@dataclass
class BodyPlan:
    """How one request's body is to be read and checked (from its headers)."""

    headers: dict[str, str]
    verified: Verified | None
    algorithms: list[str]  # checksums to compute (named in headers, the trailer or the SDK)

    @property
    def content_sha256(self) -> str | None:
        return self.headers.get("x-amz-content-sha256")

    @property
    def chunked(self) -> bool:
        encoding = self.headers.get("content-encoding", "")
        return "aws-chunked" in encoding or (self.content_sha256 or "").startswith("STREAMING-")

    @property
    def declared_size(self) -> int | None:
        name = "x-amz-decoded-content-length" if self.chunked else "content-length"
        text = self.headers.get(name)
        if text is None:
            return None
        try:
            return int(text)
        except ValueError:
            raise S3Error("InvalidArgument", f"{name} must be a number") from None


def plan(headers: dict[str, str], verified: Verified | None, sdk_algorithm: str | None) -> BodyPlan:
    algorithms = []
    for algorithm in checksums.ALGORITHMS:
        if f"x-amz-checksum-{algorithm.lower()}" in headers:
            algorithms.append(algorithm)
    trailer = headers.get("x-amz-trailer", "").strip().lower()
    if trailer:
        algorithm = trailer.removeprefix("x-amz-checksum-").upper()
        if not trailer.startswith("x-amz-checksum-") or algorithm not in checksums.ALGORITHMS:
            raise S3Error("InvalidRequest", f"The trailer {trailer} is not supported.")
        algorithms.append(algorithm)
    if sdk_algorithm:
        upper = sdk_algorithm.upper()
        if upper not in checksums.ALGORITHMS:
            raise S3Error(
                "InvalidRequest",
                f"Checksum algorithm {sdk_algorithm} is not supported; use one of "
                + ", ".join(checksums.ALGORITHMS),
            )
        algorithms.append(upper)
    for name in headers:
        if (
            name.startswith("x-amz-checksum-")
            and name
            not in ("x-amz-checksum-mode", "x-amz-checksum-type", "x-amz-checksum-algorithm")
            and name.removeprefix("x-amz-checksum-").upper() not in checksums.ALGORITHMS
        ):
            raise S3Error("InvalidRequest", f"The checksum header {name} is not supported.")
    return BodyPlan(headers, verified, list(dict.fromkeys(algorithms)))


class _Sink:
    """Writes and digests decoded bytes in a worker thread, batch by batch, one batch in
    flight while the next is received: hashing and writing (which release the GIL) overlap
    with reading the socket instead of pausing it."""

    def __init__(self, out: BinaryIO, plan: BodyPlan) -> None:
        self.out = out
        self.md5 = hashlib.md5()
        self.sha256 = hashlib.sha256() if is_hex_sha256(plan.content_sha256) else None
        self.hashers = {a: checksums.new_hasher(a) for a in plan.algorithms}
        self.size = 0  # written (in the thread)
        self.received = 0  # handed to the sink so far
        self.pending: list[bytes] = []
        self.pending_size = 0
        self.in_flight: asyncio.Future[None] | None = None

    async def add(self, data: bytes) -> None:
        if data:
            self.received += len(data)
            self.pending.append(data)
            self.pending_size += len(data)
            if self.pending_size >= BATCH_BYTES:
                await self._submit()

    async def _submit(self) -> None:
        batch = b"".join(self.pending)
        self.pending, self.pending_size = [], 0
        if self.in_flight is not None:
            await self.in_flight
        self.in_flight = asyncio.get_running_loop().run_in_executor(None, self._write, batch)

    async def flush(self) -> None:
        if self.pending:
            await self._submit()
        await self.settle()

    async def settle(self) -> None:
        """Wait for the batch in flight (also on the way out of an error: the file is closed
        only once no thread writes to it)."""
        if self.in_flight is not None:
            in_flight, self.in_flight = self.in_flight, None
            await in_flight

    def _write(self, batch: bytes) -> None:
        self.out.write(batch)
        self.md5.update(batch)
        if self.sha256 is not None:
            self.sha256.update(batch)
        for hasher in self.hashers.values():
            hasher.update(batch)
        self.size += len(batch)


async def receive_into(receive: Receive, staged: Staged, plan: BodyPlan) -> Received:
    """Stream the body into `staged` and check it; S3Error (or ClientGone) otherwise."""
    declared = plan.declared_size
    if declared is not None and declared > MAX_OBJECT_BYTES:
        raise S3Error(
            "EntityTooLarge",
            "Your proposed upload exceeds the maximum allowed size",
            ProposedSize=str(declared),
            MaxSizeAllowed=str(MAX_OBJECT_BYTES),
        )
    signer = None
    if (
        plan.chunked
        and plan.verified is not None
        and (plan.content_sha256 or "").startswith("STREAMING-AWS4-HMAC-SHA256-PAYLOAD")
    ):
        signer = ChunkSigner(plan.verified)
    decoder = _ChunkDecoder(signer) if plan.chunked else None
    with open(staged.path, "wb") as out:
        sink = _Sink(out, plan)
        try:
            more = True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    raise ClientGone
                data = message.get("body", b"")
                more = message.get("more_body", False)
                if decoder is not None:
                    for piece in decoder.feed(data):
                        await sink.add(piece)
                else:
                    await sink.add(data)
                if sink.received > MAX_OBJECT_BYTES:
                    raise S3Error(
                        "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size"
                    )
            await sink.flush()
        finally:
            await sink.settle()
    if decoder is not None and not decoder.finished:
        raise _incomplete()
    if declared is not None and sink.size != declared:
        raise _incomplete()
    trailers = decoder.trailers if decoder is not None else {}
    return _checked(plan, sink, trailers)


def _incomplete() -> S3Error:
    return S3Error(
        "IncompleteBody",
        "You did not provide the number of bytes specified by the Content-Length HTTP header",
    )


def _checked(plan: BodyPlan, sink: _Sink, trailers: dict[str, str]) -> Received:
    md5 = sink.md5.digest()
    content_md5 = plan.headers.get("content-md5")
    if content_md5 is not None:
        try:
            given = base64.b64decode(content_md5, validate=True)
        except binascii.Error:
            given = b""
        if len(given) != 16:
            raise S3Error("InvalidDigest", "The Content-MD5 you specified was invalid.")
        if given != md5:
            raise S3Error(
                "BadDigest", "The Content-MD5 you specified did not match what we received."
            )
    if sink.sha256 is not None and sink.sha256.hexdigest() != plan.content_sha256:
        raise S3Error(
            "XAmzContentSHA256Mismatch",
            "The provided 'x-amz-content-sha256' header does not match what was computed.",
            ClientComputedContentSHA256=plan.content_sha256 or "",
            S3ComputedContentSHA256=sink.sha256.hexdigest(),
        )
    computed = {a: checksums.b64(h.digest()) for a, h in sink.hashers.items()}
    for algorithm, value in computed.items():
        name = f"x-amz-checksum-{algorithm.lower()}"
        given_value = plan.headers.get(name) or trailers.get(name)
        if given_value is None:
            continue
        if not _well_formed(algorithm, given_value):
            raise S3Error("InvalidRequest", f"Value for {name} header is invalid.")
        if given_value != value:
            raise S3Error(
                "BadDigest",
                f"The {algorithm} you specified did not match the calculated checksum.",
            )
    return Received(sink.size, md5.hex(), computed)


def _well_formed(algorithm: str, value: str) -> bool:
    sizes = {"CRC32": 4, "CRC32C": 4, "SHA1": 20, "SHA256": 32}
    try:
        return len(base64.b64decode(value, validate=True)) == sizes[algorithm]
    except binascii.Error:
        return False


class _ChunkDecoder:
    """aws-chunked framing: `<hex size>[;chunk-signature=<sig>]\\r\\n<bytes>\\r\\n`..., a
    zero-size chunk, then trailer lines (`x-amz-checksum-crc32:<b64>`) and an empty line."""

    def __init__(self, signer: ChunkSigner | None) -> None:
        self.signer = signer
        self.buffer = bytearray()
        self.remaining = 0  # bytes left of the current chunk's data
        self.state = "header"  # header | data | data-end | trailer | done
        self.chunk_signature: str | None = None
        self.chunk_hash = hashlib.sha256()
        self.trailers: dict[str, str] = {}
        self.trailer_lines: list[str] = []

    @property
    def finished(self) -> bool:
        return self.state == "done"

    def feed(self, data: bytes) -> list[bytes]:
        self.buffer += data
        out: list[bytes] = []
        while True:
            if self.state == "data":
                if not self.buffer:
                    return out
                take = bytes(self.buffer[: self.remaining])
                del self.buffer[: len(take)]
                self.remaining -= len(take)
                if self.signer is not None:
                    self.chunk_hash.update(take)
                out.append(take)
                if self.remaining == 0:
                    self.state = "data-end"
                continue
            line = self._line()
            if line is None:
                return out
            if self.state == "data-end":
                if line:
                    raise _incomplete()
                self._end_chunk()
                self.state = "header"
            elif self.state == "header":
                self._start_chunk(line)
            elif self.state == "trailer":
                if line:
                    self._trailer_line(line)
                else:
                    self._end_trailer()
                    self.state = "done"
            else:  # done: anything more is not aws-chunked
                if line:
                    raise _incomplete()

    def _line(self) -> str | None:
        end = self.buffer.find(b"\r\n")
        if end < 0:
            if len(self.buffer) > MAX_CHUNK_LINE:
                raise _incomplete()
            return None
        line = bytes(self.buffer[:end]).decode("latin-1")
        del self.buffer[: end + 2]
        return line

    def _start_chunk(self, line: str) -> None:
        size_text, _, extension = line.partition(";")
        try:
            size = int(size_text.strip(), 16)
        except ValueError:
            raise _incomplete() from None
        name, _, value = extension.partition("=")
        self.chunk_signature = value.strip() if name.strip() == "chunk-signature" else None
        self.chunk_hash = hashlib.sha256()
        if size == 0:
            self._end_chunk()
            self.state = "trailer"
        else:
            self.remaining = size
            self.state = "data"

    def _end_chunk(self) -> None:
        if self.signer is not None:
            self.signer.check_chunk(self.chunk_hash.hexdigest(), self.chunk_signature)

    def _trailer_line(self, line: str) -> None:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "x-amz-trailer-signature":
            self.trailers[name] = value.strip()
        else:
            self.trailer_lines.append(f"{name}:{value.strip()}")
            self.trailers[name] = value.strip()

    def _end_trailer(self) -> None:
        if self.signer is not None and self.trailer_lines:
            text = "".join(line + "\n" for line in self.trailer_lines)
            self.signer.check_trailer(text, self.trailers.get("x-amz-trailer-signature"))
