"""Run a Python script with every AWS call it makes through botocore written down.

    python tests/sdk/trace_calls.py CALLS.jsonl script.py [args...]

The script runs unchanged (as `__main__`, via runpy) in the interpreter that runs this file, so
in an SDK virtualenv it is the SageMaker SDK's own code that calls. One JSON line per call:
service, operation, HTTP method and path, content type, X-Amz-Target, the parameters' top-level
keys (values cut short), the HTTP status and, on failure, the error code and message. The
findings about what the SDK sends come from these lines; the tests use them to say which call
failed when a flow breaks.

Decision: hooks on botocore's event system (before-parameter-build, before-send,
after-call, after-call-error), registered on every botocore Session as it is made, rather than
botocore's debug log: the events carry the operation model and the parsed error, the log only
text.

Any host name resolved other than the loopback's is written down too (`{"resolve": host}`).

Decision: the script's sleeps are capped at SLEEP_CAP seconds. The SDK polls a tuning job every
5 s and an endpoint every 30 s, sized for AWS, where each takes minutes; openamt's take
seconds, so the suite would mostly wait. The SDK makes the same calls, only sooner and more
often; what openamt answers is untouched.
"""

from __future__ import annotations

import json
import runpy
import socket
import sys
import threading
import time
from typing import Any

import botocore.session

_current = threading.local()
_lock = threading.Lock()
_out: Any = None


def _short(value: Any, limit: int = 2000) -> Any:
    text = json.dumps(value, default=str)
    return value if len(text) <= limit else text[:limit] + "..."


def _before_parameter_build(model: Any, params: dict[str, Any], **_: Any) -> None:
    _current.record = {
        "t": round(time.time(), 3),
        "service": model.service_model.service_name,
        "operation": model.name,
        "protocol": model.service_model.protocol,
        "params": {key: _short(value) for key, value in params.items() if key != "Body"},
    }


def _before_send(request: Any, **_: Any) -> None:
    record = getattr(_current, "record", None)
    if record is None:
        return
    headers = request.headers
    record["method"] = request.method
    record["url"] = request.url.split("?", 1)[0]
    for name in ("Content-Type", "X-Amz-Target"):
        value = headers.get(name)
        if value is not None:
            record[name.lower()] = value.decode() if isinstance(value, bytes) else value


def _after_call(http_response: Any, parsed: dict[str, Any], **_: Any) -> None:
    record = getattr(_current, "record", None)
    if record is None:
        return
    record["status"] = http_response.status_code
    error = parsed.get("Error") if isinstance(parsed, dict) else None
    if error:
        record["error"] = {"code": error.get("Code"), "message": error.get("Message")}
        record["body"] = http_response.content[:400].decode(errors="replace")
    _write(record)


def _after_call_error(exception: Exception, **_: Any) -> None:
    record = getattr(_current, "record", None)
    if record is None:
        return
    record["exception"] = f"{type(exception).__name__}: {exception}"
    _write(record)


def _write(record: dict[str, Any]) -> None:
    _current.record = None
    with _lock:
        _out.write(json.dumps(record, default=str) + "\n")
        _out.flush()


_original_init = botocore.session.Session.__init__


def _traced_init(self: botocore.session.Session, *args: Any, **kwargs: Any) -> None:
    _original_init(self, *args, **kwargs)
    self.register("before-parameter-build", _before_parameter_build)
    self.register("before-send", _before_send)
    self.register("after-call", _after_call)
    self.register("after-call-error", _after_call_error)


SLEEP_CAP = 1.0
_original_sleep = time.sleep


def _capped_sleep(seconds: float) -> None:
    _original_sleep(min(seconds, SLEEP_CAP))


_original_getaddrinfo = socket.getaddrinfo


def _traced_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    """Every host name the script resolves, so a test can tell that nothing but openamt (on
    the loopback) was asked for: the SDK's telemetry and STS would name AWS's hosts."""
    if host not in (None, "127.0.0.1", "localhost", "::1"):
        with _lock:
            _out.write(json.dumps({"t": round(time.time(), 3), "resolve": str(host)}) + "\n")
            _out.flush()
    return _original_getaddrinfo(host, *args, **kwargs)


def main() -> None:
    global _out
    calls, script, *args = sys.argv[1:]
    _out = open(calls, "a", encoding="utf-8")  # noqa: SIM115 - open for the script's life
    botocore.session.Session.__init__ = _traced_init  # type: ignore[method-assign]
    socket.getaddrinfo = _traced_getaddrinfo
    time.sleep = _capped_sleep
    sys.argv = [script, *args]
    sys.path.insert(0, str(__import__("pathlib").Path(script).resolve().parent))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
