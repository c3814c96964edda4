"""Reading channels the way SageMaker's XGBoost container does.

Every file of a channel (to depth 3) is read into one matrix: CSV with the label in column 0
(and, with `csv_weights=1`, an instance weight in column 1), LIBSVM (`label[:weight]
[qid:q] index:value ...`), or Parquet laid out like the CSV. A user's mistake in the data
raises `ClientError`, whose message the runner hands back as the job's FailureReason.
"""

from __future__ import annotations

import csv
import os
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
import xgboost as xgb

CSV = "csv"
LIBSVM = "libsvm"
PARQUET = "parquet"

_FORMATS = {
    "csv": CSV,
    "text/csv": CSV,
    "libsvm": LIBSVM,
    "text/libsvm": LIBSVM,
    "text/x-libsvm": LIBSVM,
    "parquet": PARQUET,
    "application/x-parquet": PARQUET,
}
_MAX_DEPTH = 3  # files deeper than channel/a/b/file are not part of the channel
_CSV_DELIMITERS = ",\t "


class ClientError(Exception):
    """The job failed because of what the user sent: hyperparameters, channels or data."""


@dataclass(frozen=True)
class Dataset:
    """One channel's rows: dense for CSV and Parquet, sparse (CSR) for LIBSVM."""

    features: np.ndarray | sp.csr_matrix
    labels: np.ndarray
    weights: np.ndarray | None = None
    qid: np.ndarray | None = None


def data_format(content_type: str | None) -> str:
    """CSV, LIBSVM or Parquet for a channel's ContentType; no ContentType means LIBSVM."""
    if content_type is None:
        return LIBSVM
    media_type, _, parameters = content_type.lower().partition(";")
    found = _FORMATS.get(media_type.strip())
    # The container accepts `text/csv; label_size=1` (the label is one column) and no other
    # parameter: any other label size is a layout it cannot read.
    label_size = parameters.partition("label_size=")[2].strip()
    if found is None or (parameters.strip() and (found != CSV or label_size != "1")):
        accepted = ", ".join(_FORMATS)
        raise ClientError(f"{content_type} is not an accepted ContentType: {accepted}.")
    return found


def data_files(channel: str, root: Path) -> list[Path]:
    """The channel's data files, sorted; a hidden file or directory is refused."""
    if root.is_file():
        return [root]
    files: list[Path] = []
    for directory, subdirectories, names in os.walk(root):
        # A directory at depth 2 (channel/a/b) holds files at depth 3: go no deeper.
        descend = len(Path(directory).relative_to(root).parts) + 1 < _MAX_DEPTH
        for name in names + (subdirectories if descend else []):
            if name.startswith("."):
                hidden = Path(directory, name).relative_to(root)
                raise ClientError(
                    f"Hidden file found in the {channel} channel: {hidden}. "
                    "Remove files and directories whose names start with '.'."
                )
        # The container skips `_`-prefixed files: Spark's _SUCCESS markers and the like.
        files.extend(Path(directory, name) for name in names if not name.startswith("_"))
        if not descend:
            subdirectories.clear()
    return sorted(files)


# Parsed channels, per process. The worker parses a job's channels before it forks the
# training (parsing starts no threads, so forking after it is safe); the child finds them
# here, shared copy-on-write, and the next job on the same data skips the parse entirely.
CACHE_BYTES = 512 * 1024 * 1024
_cache: OrderedDict[tuple[Any, ...], Dataset] = OrderedDict()


def load_channel(channel: str, root: Path, file_format: str, *, csv_weights: bool) -> Dataset:
    """Read every data file of a channel as one matrix (file_format: CSV, LIBSVM, PARQUET)."""
    files = data_files(channel, root)
    key = (channel, file_format, csv_weights, *((str(f.resolve()), *_stamp(f)) for f in files))
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    dataset = _parse_channel(channel, files, file_format, csv_weights=csv_weights)
    _cache[key] = dataset
    while sum(_size(d) for d in _cache.values()) > CACHE_BYTES and len(_cache) > 1:
        _cache.popitem(last=False)
    return dataset


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _size(dataset: Dataset) -> int:
    features = dataset.features
    data = features.data if sp.issparse(features) else features
    return int(data.nbytes) + int(dataset.labels.nbytes)


def _parse_channel(
    channel: str, files: list[Path], file_format: str, *, csv_weights: bool
) -> Dataset:
    if file_format == LIBSVM:
        dataset = _read_libsvm(files)
    else:
        read = _read_csv if file_format == CSV else _read_parquet
        tables = [table for table in (read(path) for path in files) if table.size]
        dataset = _split_columns(_stack(tables), csv_weights=csv_weights and file_format == CSV)
    if dataset.labels.size == 0:
        raise ClientError(f"No data in the {channel} channel.")
    if np.isnan(dataset.labels).any():
        raise ClientError(f"The {channel} channel has rows without a label.")
    return dataset


def to_dmatrices(
    train: Dataset, validation: Dataset | None, *, nthread: int
) -> tuple[xgb.DMatrix, xgb.DMatrix | None]:
    """Both channels as DMatrix, with the same number of feature columns."""
    datasets = [train] if validation is None else [train, validation]
    widths = {dataset.features.shape[1] for dataset in datasets}
    if validation is not None and len(widths) > 1 and not sp.issparse(train.features):
        raise ClientError(
            f"Feature shape mismatch: train has {train.features.shape[1]} feature columns, "
            f"validation has {validation.features.shape[1]}."
        )
    # LIBSVM only names the columns it uses, so a channel may look narrower than the other:
    # widen both to the same width, as absent entries are missing values anyway.
    width = max(widths)
    matrices = [_to_dmatrix(dataset, width=width, nthread=nthread) for dataset in datasets]
    return matrices[0], (matrices[1] if validation is not None else None)


def _to_dmatrix(dataset: Dataset, *, width: int, nthread: int) -> xgb.DMatrix:
    features = dataset.features
    if isinstance(features, sp.csr_matrix) and features.shape[1] < width:
        features = sp.csr_matrix(
            (features.data, features.indices, features.indptr), shape=(features.shape[0], width)
        )
    try:
        return xgb.DMatrix(
            features,
            label=dataset.labels,
            weight=dataset.weights,
            qid=dataset.qid,
            nthread=nthread,
        )
    except xgb.core.XGBoostError as error:
        raise ClientError(f"Failed to load data: {xgboost_message(error)}") from error


def xgboost_message(error: Exception) -> str:
    """XGBoost's message without its timestamp, source location and C++ stack trace."""
    message = str(error).split("Stack trace:")[0].strip()
    return re.sub(r"^\[[0-9:]+\] \S+:[0-9]+: ", "", message)


def _read_csv(path: Path) -> np.ndarray:
    first_line = _first_line(path)
    if first_line is None:
        return np.empty((0, 0), dtype=np.float32)
    delimiter = _csv_delimiter(first_line, path)
    try:
        return np.loadtxt(path, delimiter=delimiter, dtype=np.float32, ndmin=2, encoding="utf-8")
    except ValueError:
        pass  # maybe empty fields: numpy's fast path refuses them, so parse field by field
    except UnicodeDecodeError as error:
        raise ClientError(f"File '{path.name}' is not CSV text: {error}") from error
    try:
        return np.loadtxt(
            path,
            delimiter=delimiter,
            dtype=np.float32,
            ndmin=2,
            encoding="utf-8",
            converters=_float_or_missing,
        )
    except ValueError as error:
        raise ClientError(f"Failed to load csv data from '{path.name}': {error}") from error


def _float_or_missing(field: str) -> float:
    return float(field) if field.strip() else np.nan


def _first_line(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8") as lines:
            return next((line.strip() for line in lines if line.strip()), None)
    except UnicodeDecodeError as error:
        raise ClientError(f"File '{path.name}' is not CSV text: {error}") from error


def _csv_delimiter(line: str, path: Path) -> str | None:
    """The delimiter of a CSV file, sniffed from its first line; None means runs of spaces."""
    if not any(delimiter in line for delimiter in _CSV_DELIMITERS):
        return ","  # a single column (labels only): any delimiter reads it
    try:
        delimiter = csv.Sniffer().sniff(line, delimiters=_CSV_DELIMITERS).delimiter
    except csv.Error as error:
        raise ClientError(
            f"Could not determine delimiter on line {line[:50]} of '{path.name}': {error}"
        ) from error
    return None if delimiter == " " else delimiter


def _read_parquet(path: Path) -> np.ndarray:
    try:
        import pyarrow.parquet as pq  # optional: only Parquet channels need it
    except ImportError as error:
        raise ClientError(
            "application/x-parquet needs pyarrow, which this openamt installation lacks."
        ) from error
    try:
        table = pq.read_table(path)
    except Exception as error:  # pyarrow raises its own error types for bad files
        raise ClientError(f"Failed to load parquet data from '{path.name}': {error}") from error
    columns = [column.to_numpy(zero_copy_only=False) for column in table.columns]
    return np.column_stack(columns).astype(np.float32) if columns else np.empty((0, 0))


def _stack(tables: list[np.ndarray]) -> np.ndarray:
    if not tables:
        return np.empty((0, 1), dtype=np.float32)
    widths = sorted({table.shape[1] for table in tables})
    if len(widths) > 1:
        raise ClientError(f"The channel's files have different numbers of columns: {widths}.")
    return np.vstack(tables)


def _split_columns(table: np.ndarray, *, csv_weights: bool) -> Dataset:
    first_feature = 2 if csv_weights else 1
    if table.shape[0] and table.shape[1] < first_feature:
        raise ClientError("csv_weights=1 needs a weight in column 1, but the data has 1 column.")
    return Dataset(
        features=table[:, first_feature:],
        labels=table[:, 0],
        weights=table[:, 1] if csv_weights else None,
    )


def _read_libsvm(files: list[Path]) -> Dataset:
    rows = _LibsvmRows()
    for path in files:
        try:
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, start=1):
                    content = line.split("#", 1)[0].strip()
                    if content:
                        rows.add(content, path=path, number=number)
        except UnicodeDecodeError as error:
            raise ClientError(f"File '{path.name}' is not LIBSVM text: {error}") from error
    return rows.dataset()


class _LibsvmRows:
    """LIBSVM lines accumulated into CSR arrays; feature indices are column numbers as given."""

    def __init__(self) -> None:
        self.labels: list[float] = []
        self.weights: list[float] = []
        self.qids: list[int | None] = []
        self.indptr: list[int] = [0]
        self.indices: list[int] = []
        self.values: list[float] = []

    def add(self, line: str, *, path: Path, number: int) -> None:
        label, *entries = line.split()
        try:
            label_text, _, weight_text = label.partition(":")
            label_value = float(label_text)
            weight_value = float(weight_text) if weight_text else 1.0
            qid = None
            for entry in entries:
                key, colon, text = entry.partition(":")
                if not colon:
                    raise ValueError(entry)
                if key == "qid":
                    qid = int(text)
                    continue
                index = int(key)
                if index < 0:
                    raise ValueError(entry)
                self.indices.append(index)
                self.values.append(float(text))
        except ValueError as error:
            raise ClientError(
                f"Line {number} '{line[:50]}...' of file '{path.name}' is not 'LIBSVM' format. "
                "Please ensure the file is in 'LIBSVM' format."
            ) from error
        self.labels.append(label_value)
        self.weights.append(weight_value)
        self.qids.append(qid)
        self.indptr.append(len(self.indices))

    def dataset(self) -> Dataset:
        width = max(self.indices) + 1 if self.indices else 0
        features = sp.csr_matrix(
            (
                np.asarray(self.values, dtype=np.float32),
                np.asarray(self.indices, dtype=np.int64),
                np.asarray(self.indptr, dtype=np.int64),
            ),
            shape=(len(self.labels), width),
        )
        known_qids = [qid for qid in self.qids if qid is not None]
        if known_qids and len(known_qids) != len(self.qids):
            raise ClientError("Some LIBSVM rows have a qid and others do not.")
        weighted = any(weight != 1.0 for weight in self.weights)
        return Dataset(
            features=features,
            labels=np.asarray(self.labels, dtype=np.float32),
            weights=np.asarray(self.weights, dtype=np.float32) if weighted else None,
            qid=np.asarray(known_qids, dtype=np.int64) if known_qids else None,
        )
