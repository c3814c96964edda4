"""A model server: one process per endpoint variant, started by workers/model_hosts.py.

Self-contained (imports nothing of openamt), run by path in a scrubbed environment with
resource limits, in its sandbox when one is on (bwrap passes the pipes through; the paths it
is given are then /opt/ml ones), so users' inference code never runs in the API process. It
loads the model once, answers `ready`, then serves requests framed on its stdin/stdout:

    request:  <4-byte length><JSON header: content_type, accept><4-byte length><body>
    answer:   <4-byte length><JSON header: status, content_type, message><4-byte length><body>

Anything the model or the user's code prints goes to stderr (the server's log), never to the
protocol stream.

Built-in XGBoost serves as SageMaker's XGBoost container does: `text/csv` (no label column)
or `text/libsvm` in; `text/csv` (one prediction per line) or `application/json`
(`{"predictions": [{"score": ...}]}`) out, per Accept. Script models follow the framework
containers' handler contract: `model_fn(model_dir)`, optional `input_fn(body, content_type)`,
`predict_fn(data, model)`, `output_fn(prediction, accept)`.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import struct
import sys
import traceback
from collections.abc import Callable
from typing import Any, BinaryIO

CSV = "text/csv"
LIBSVM = "text/libsvm"
JSON = "application/json"
NPY = "application/x-npy"


class ClientError(Exception):
    """The request's fault (content type, payload): the container's 4xx."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _read_frame(stream: BinaryIO) -> bytes | None:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (size,) = struct.unpack(">I", head)
    return stream.read(size)


def _write_frame(stream: BinaryIO, header: dict[str, Any], body: bytes = b"") -> None:
    raw = json.dumps(header).encode()
    stream.write(struct.pack(">I", len(raw)) + raw + struct.pack(">I", len(body)) + body)
    stream.flush()


def _media(content_type: str | None, default: str) -> str:
    return (content_type or default).split(";", 1)[0].strip().lower() or default


# --- built-in XGBoost -------------------------------------------------------------------------


class XGBoostHandler:
    def __init__(self, model_dir: str) -> None:
        import xgboost

        self._xgb = xgboost
        path = os.path.join(model_dir, "xgboost-model")
        if not os.path.isfile(path):
            candidates = [f for f in sorted(os.listdir(model_dir)) if not f.startswith(".")]
            if len(candidates) != 1:
                raise RuntimeError("the model archive holds no xgboost-model file")
            path = os.path.join(model_dir, candidates[0])
        self.booster = xgboost.Booster()
        self.booster.load_model(path)

    def __call__(
        self, body: bytes, content_type: str | None, accept: str | None
    ) -> tuple[bytes, str]:
        import numpy as np

        media = _media(content_type, CSV)
        text = body.decode("utf-8", errors="strict") if body else ""
        if not text.strip():
            raise ClientError(400, "The request body is empty")
        if media == CSV:
            try:
                rows = [
                    [float(x) if x.strip() else np.nan for x in line.split(",")]
                    for line in text.splitlines()
                    if line.strip()
                ]
                matrix = self._xgb.DMatrix(np.asarray(rows, dtype=np.float32))
            except ValueError as error:
                raise ClientError(400, f"Loading csv data failed: {error}") from None
        elif media == LIBSVM:
            matrix = self._xgb.DMatrix(_libsvm(text))
        else:
            raise ClientError(415, f"Content type {media} is not supported by this model")
        expected = self.booster.num_features()
        if matrix.num_col() > expected:
            raise ClientError(
                400,
                f"Feature size of the request ({matrix.num_col()}) does not match the model "
                f"({expected})",
            )
        scores = self.booster.predict(matrix, validate_features=False).tolist()
        out = _media(accept, CSV) if accept and accept != "*/*" else CSV
        if out == JSON:
            body_out = json.dumps({"predictions": [{"score": s} for s in scores]}).encode()
            return body_out, JSON
        if out == CSV:
            lines = [",".join(map(repr, s)) if isinstance(s, list) else repr(s) for s in scores]
            return ("\n".join(lines)).encode(), CSV
        raise ClientError(406, f"Accept {out} is not supported by this model")


def _libsvm(text: str) -> Any:
    import numpy as np
    from scipy.sparse import csr_matrix

    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        # A leading label (no colon) is ignored, as the container does for inference.
        for item in parts[1:] if ":" not in parts[0] else parts:
            try:
                index, value = item.split(":", 1)
                indices.append(int(index))
                data.append(float(value))
            except ValueError:
                raise ClientError(400, f"Loading libsvm data failed at {item!r}") from None
        indptr.append(len(indices))
    width = max(indices) + 1 if indices else 0
    return csr_matrix((np.asarray(data), indices, indptr), shape=(len(indptr) - 1, width))


# --- script models ----------------------------------------------------------------------------


class ScriptHandler:
    def __init__(self, model_dir: str, code_dir: str, program: str) -> None:
        sys.path.insert(0, code_dir)
        path = os.path.join(code_dir, program)
        spec = importlib.util.spec_from_file_location(program.removesuffix(".py"), path)
        if spec is None or spec.loader is None:
            raise RuntimeError(f"cannot load {program}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if not hasattr(module, "model_fn"):
            raise RuntimeError(f"{program} defines no model_fn(model_dir)")
        self.model = module.model_fn(model_dir)
        self.input_fn: Callable[..., Any] = getattr(module, "input_fn", _default_input)
        self.predict_fn: Callable[..., Any] = getattr(module, "predict_fn", _default_predict)
        self.output_fn: Callable[..., Any] = getattr(module, "output_fn", _default_output)

    def __call__(
        self, body: bytes, content_type: str | None, accept: str | None
    ) -> tuple[bytes, str]:
        data = self.input_fn(body, content_type or JSON)
        prediction = self.predict_fn(data, self.model)
        accept = accept if accept and accept != "*/*" else JSON
        result = self.output_fn(prediction, accept)
        if isinstance(result, tuple):  # (body, content type), as some handlers answer
            result, accept = result
        if isinstance(result, str):
            result = result.encode()
        return bytes(result), accept


def _default_input(body: bytes, content_type: str) -> Any:
    """The inference toolkit's decoder: JSON, CSV and NPY to numpy arrays."""
    import numpy as np

    media = _media(content_type, JSON)
    if media == JSON:
        return np.asarray(json.loads(body))
    if media == CSV:
        return np.genfromtxt(io.StringIO(body.decode()), delimiter=",", ndmin=2)
    if media == NPY:
        return np.load(io.BytesIO(body), allow_pickle=False)
    raise ClientError(415, f"Content type {media} is not supported by the default input_fn")


def _default_predict(data: Any, model: Any) -> Any:
    return model.predict(data)


def _default_output(prediction: Any, accept: str) -> bytes:
    import numpy as np

    media = _media(accept, JSON)
    array = np.asarray(prediction)
    if media == JSON:
        return json.dumps(array.tolist()).encode()
    if media == CSV:
        buffer = io.StringIO()
        # The inference toolkit's encoder: a 1-D array is one value a line, each as str() has it.
        np.savetxt(buffer, array if array.ndim else [array], delimiter=",", fmt="%s")
        return buffer.getvalue().encode()
    if media == NPY:
        buffer_bytes = io.BytesIO()
        np.save(buffer_bytes, array)
        return buffer_bytes.getvalue()
    raise ClientError(406, f"Accept {media} is not supported by the default output_fn")


# --- the loop ---------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # print() in user code lands in the log, not in the protocol
    sys.stdout = sys.stderr
    protocol_in = sys.stdin.buffer
    kind, model_dir = argv[0], argv[1]
    try:
        handler: Callable[[bytes, str | None, str | None], tuple[bytes, str]]
        if kind == "xgboost":
            handler = XGBoostHandler(model_dir)
        else:
            handler = ScriptHandler(model_dir, argv[2], argv[3])
    except BaseException as error:  # noqa: BLE001 - every load failure is reported
        traceback.print_exc()
        _write_frame(protocol_out, {"status": 500, "message": f"{type(error).__name__}: {error}"})
        return 1
    _write_frame(protocol_out, {"status": 200, "message": "ready"})
    while True:
        raw = _read_frame(protocol_in)
        body = _read_frame(protocol_in)
        if raw is None or body is None:
            return 0
        header = json.loads(raw)
        try:
            answer, media = handler(body, header.get("content_type"), header.get("accept"))
            _write_frame(protocol_out, {"status": 200, "content_type": media}, answer)
        except ClientError as error:
            _write_frame(protocol_out, {"status": error.status, "message": str(error)})
        except Exception as error:  # noqa: BLE001 - the model's failure, told to the caller
            traceback.print_exc()
            _write_frame(
                protocol_out, {"status": 500, "message": f"{type(error).__name__}: {error}"}
            )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
