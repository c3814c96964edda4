"""Speaking S3 on the wire: a botocore signer that signs what the test chose, and the
error document S3 answers."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

import httpx
from botocore.auth import S3SigV4Auth


class KeepPayloadHash(S3SigV4Auth):
    """botocore's S3 signer, signing the x-amz-content-sha256 the test chose (a STREAMING-
    value, or a lie) instead of computing it."""

    def _modify_request_before_signing(self, request: Any) -> None:
        given = request.headers.get("X-Amz-Content-SHA256")
        super()._modify_request_before_signing(request)
        if given is not None:
            del request.headers["X-Amz-Content-SHA256"]
            request.headers["X-Amz-Content-SHA256"] = given


def error(response: httpx.Response) -> dict[str, str]:
    root = ElementTree.fromstring(response.content)
    assert root.tag == "Error"
    return {child.tag: child.text or "" for child in root}
