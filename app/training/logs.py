"""A log file's lines as timed events (the role CloudWatch Logs plays for SageMaker).

A training job's log (`<logs_dir>/<job>.log`) is the text the job printed, served as it is by
the REST door. Its lines carry no time, so the worker keeps beside it a *times* file
(`<job>.log.times`): for every line, in order, a fixed-size record of where the line starts
in the log (byte offset) and when it was written (epoch milliseconds). Event `n` is record
`n`, so a page of events is a seek, not a scan, and a log of 64 MiB pages like a small one.

Decisions:
- A line's timestamp is when the worker read it from the training's output and wrote it;
  CloudWatch's ingestionTime is the same moment (openamt ingests a line as it writes it).
- The worker writes a line's record (unbuffered) *before* handing the line to the log, so
  the times file is never behind the log on disk; a record whose line is not yet complete
  in the log (buffered, half written) is not an event yet. Readers never see an event whose
  time or text later changes.
- Lines written before a log had a times file (an older openamt; the earlier attempt of a
  retried job) are events too, stamped with `untimed_ms` (the job's start): their order is
  known, their time is not. Blank lines are not events (CloudWatch has no empty events).
- A line a killed worker left half written is no event (the REST log still shows it, joined
  to the next attempt's first line, as the file holds it).
"""

from __future__ import annotations

import os
import struct
from bisect import bisect_left
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from app.clock import now

RECORD = struct.Struct("<QQ")  # the line's byte offset in the log, its time in epoch ms
TIMES_SUFFIX = ".times"


def times_path(log_path: Path) -> Path:
    return log_path.with_name(log_path.name + TIMES_SUFFIX)


def epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


class LineTimes:
    """The writer's side: one record per line appended to a log (workers/process.JobLog)."""

    def __init__(self, log_path: Path) -> None:
        # Unbuffered: each record is one append of 16 bytes, on disk before its line is.
        self._file: BinaryIO = open(times_path(log_path), "ab", buffering=0)  # noqa: SIM115

    def record(self, offset: int, text: str) -> None:
        """`text` (whole lines) is about to be written at byte `offset` of the log."""
        stamp = epoch_ms(now())
        records = bytearray()
        for line in text.splitlines(keepends=True):
            records += RECORD.pack(offset, stamp)
            offset += len(line.encode("utf-8", errors="replace"))
        if records:
            self._file.write(bytes(records))

    def close(self) -> None:
        self._file.close()


@dataclass(frozen=True)
class Event:
    timestamp: int  # epoch ms
    message: str


class TimedLog:
    """The reader's side: a log's complete lines as events 0..count-1, oldest first.

    Built once per request from the log and its times file as they are on disk now."""

    def __init__(self, log_path: Path, *, untimed_ms: int) -> None:
        self._path = log_path
        self.starts: list[int] = []  # byte offset of each event's line
        self.times: list[int] = []  # its time, epoch ms (non-decreasing)
        self._ends: list[int] = []  # the offset just past its line's text
        if not log_path.exists():
            return
        size = log_path.stat().st_size
        records = _read_records(times_path(log_path))
        indexed_from = records[0][0] if records else size
        with log_path.open("rb") as log:
            untimed = log.read(min(indexed_from, size))
            self._add_untimed(untimed, untimed_ms)
            self._add_indexed(log, records, size)

    def _add_untimed(self, data: bytes, stamp: int) -> None:
        position = 0
        while position < len(data):
            end = data.find(b"\n", position)
            if end < 0:
                end = len(data)
            if data[position:end].strip(b"\r"):
                self._append(position, end, stamp)
            position = end + 1

    def _add_indexed(self, log: BinaryIO, records: list[tuple[int, int]], size: int) -> None:
        floor = self.times[-1] if self.times else 0
        for number, (offset, stamp) in enumerate(records):
            if number + 1 < len(records):
                end: int | None = records[number + 1][0] - 1  # the "\n" before the next line
            else:
                end = _line_end(log, offset, size)  # the last line: complete only with its "\n"
            if end is None or end >= size:
                return  # not on disk yet, nor is anything after it
            if offset == end:
                continue  # a blank line
            floor = max(floor, stamp)  # a clock stepped back keeps the order searchable
            self._append(offset, end, floor)

    def _append(self, start: int, end: int, stamp: int) -> None:
        self.starts.append(start)
        self._ends.append(end)
        self.times.append(stamp)

    @property
    def count(self) -> int:
        return len(self.starts)

    def first_at_or_after(self, stamp: int) -> int:
        return bisect_left(self.times, stamp)

    def events(self, lo: int, hi: int) -> list[Event]:
        """Events lo..hi-1, read in one piece of the log."""
        if lo >= hi:
            return []
        with self._path.open("rb") as log:
            log.seek(self.starts[lo])
            data = log.read(self._ends[hi - 1] - self.starts[lo])
        base = self.starts[lo]
        events = []
        for n in range(lo, hi):
            line = data[self.starts[n] - base : self._ends[n] - base]
            # A line ends at its first "\n": what a crashed writer left half written before
            # the next attempt's first line is not part of it (nor an event).
            line = line.split(b"\n", 1)[0]
            events.append(Event(self.times[n], line.decode("utf-8", errors="replace").rstrip("\r")))
        return events

    def size_of(self, number: int) -> int:
        """The bytes event `number` counts for in a response (CloudWatch adds 26 an event)."""
        return self._ends[number] - self.starts[number] + 26


def _read_records(path: Path) -> list[tuple[int, int]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    whole = len(data) - len(data) % RECORD.size
    return list(RECORD.iter_unpack(data[:whole]))


def _line_end(log: BinaryIO, offset: int, size: int) -> int | None:
    """Where the line at `offset` ends (its "\\n"), or None while it is still being written."""
    if offset >= size:
        return None
    log.seek(offset)
    position = offset
    while piece := log.read(64 * 1024):
        found = piece.find(b"\n")
        if found >= 0:
            return position + found
        position += len(piece)
    return None


def file_time_ms(path: Path) -> int | None:
    try:
        return int(os.stat(path).st_mtime * 1000)
    except FileNotFoundError:
        return None
