"""CloudWatch Logs operations: the training jobs' and endpoints' output as log events.

DescribeLogGroups, DescribeLogStreams, GetLogEvents and FilterLogEvents over the groups of
app/training/log_groups.py, whose events app/training/logs.py reads from the log files.

AWS's quirks kept on purpose, because the SageMaker SDK depends on them:
- DescribeLogStreams answers a nextToken only when more streams follow: the SDK asks again
  while a token is present without sending it back, so a needless token loops it forever.
- GetLogEvents' tokens are `f/<n>` (forward: the page after ends with event n) and `b/<n>`
  (backward: the page before ends just before event n); at either end of the stream the page
  is empty and repeats the token it was given, which is how clients know they are done.

Decisions:
- FilterLogEvents understands terms (all must appear), quoted phrases, `?term` (any of them
  must appear) and `-term` (must not appear), case-sensitive as CloudWatch's are; JSON
  (`{ $.x = 1 }`), space-delimited (`[a, b]`) and regular-expression (`%...%`) patterns are
  refused with InvalidParameterException rather than matched wrongly. Its events are ordered
  by time, then stream name, then position in the stream; its nextToken is where a page ended.
- Pages stop at 10,000 events or 1 MiB of messages (26 bytes an event counted, as AWS counts).
"""

from __future__ import annotations

import json
import re
import shlex
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from heapq import merge
from typing import Any

from app.api.aws.registry import ServiceError, operation
from app.api.context import Context
from app.errors import ValidationError
from app.pagination import decode_token, encode_token
from app.training import log_groups
from app.training.log_groups import Stream
from app.training.logs import TimedLog

MAX_EVENTS = 10_000
MAX_BYTES = 1_048_576
DESCRIBE_LIMIT = 50
_EVENT_TOKEN = re.compile(r"^(?P<way>[fb])/(?P<n>\d{1,12})$")


def _invalid(message: str) -> ServiceError:
    return ServiceError("InvalidParameterException", message)


def _limit(params: dict[str, Any], most: int) -> int:
    """The request's limit, default `most` (botocore checks a member's minimum, not its
    maximum, on the client and here)."""
    limit = params.get("limit")
    if limit is None:
        return most
    if not 1 <= limit <= most:
        raise _invalid(f"limit must be between 1 and {most}, not {limit}.")
    return int(limit)


def _not_found(message: str) -> ServiceError:
    return ServiceError("ResourceNotFoundException", message)


# --- tokens and groups ------------------------------------------------------------------------


def _page_token(key: Any, fingerprint: dict[str, Any]) -> str:
    return encode_token(json.dumps(key), 0, fingerprint)


def _after(token: str | None, fingerprint: dict[str, Any]) -> Any:
    if token is None:
        return None
    try:
        value, _ = decode_token(token, fingerprint)
        return json.loads(value)
    except (ValidationError, ValueError, TypeError):
        raise _invalid("The specified nextToken is invalid.") from None


def _group_name(params: dict[str, Any]) -> str:
    """logGroupName or logGroupIdentifier (a name or an ARN), exactly one of them."""
    name, identifier = params.get("logGroupName"), params.get("logGroupIdentifier")
    if (name is None) == (identifier is None):
        raise _invalid("Exactly one of logGroupName and logGroupIdentifier must be given.")
    if identifier is not None:
        name = identifier
        if identifier.startswith("arn:"):
            # arn:aws:logs:<region>:<account>:log-group:<name>[:*]
            parts = identifier.split(":")
            if len(parts) < 7 or parts[5] != "log-group":
                raise _invalid(f"Invalid log group identifier {identifier}")
            name = parts[6]
    return str(name)


def _arn(ctx: Context, group: str, stream: str | None = None) -> str:
    base = f"arn:aws:logs:{ctx.settings.region}:{ctx.settings.account_id}:log-group:{group}"
    return base + (f":log-stream:{stream}" if stream is not None else "")


def _existing_group(ctx: Context, params: dict[str, Any]) -> str:
    name = _group_name(params)
    with ctx.db.read() as session:
        if log_groups.group(session, name) is None:
            raise _not_found("The specified log group does not exist.")
    return name


# --- DescribeLogGroups ------------------------------------------------------------------------


@operation("logs", "DescribeLogGroups")
def describe_log_groups(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    prefix, pattern = params.get("logGroupNamePrefix"), params.get("logGroupNamePattern")
    identifiers = params.get("logGroupIdentifiers")
    if prefix is not None and pattern is not None:
        raise _invalid("logGroupNamePrefix and logGroupNamePattern are mutually exclusive.")
    if identifiers is not None and (prefix is not None or pattern is not None):
        raise _invalid("logGroupIdentifiers cannot be combined with a name prefix or pattern.")
    limit = _limit(params, DESCRIBE_LIMIT)
    fingerprint = {"op": "DescribeLogGroups", "prefix": prefix, "pattern": pattern}
    after = _after(params.get("nextToken"), fingerprint)
    with ctx.db.read() as session:
        found = log_groups.groups(session)
    if prefix is not None:
        found = [g for g in found if g.name.startswith(prefix)]
    if pattern:  # CloudWatch: a case-insensitive substring
        found = [g for g in found if pattern.lower() in g.name.lower()]
    if identifiers is not None:
        wanted = {_group_name({"logGroupIdentifier": i}) for i in identifiers}
        found = [g for g in found if g.name in wanted]
    if params.get("logGroupClass") not in (None, "STANDARD"):
        found = []  # every openamt group is of the standard class
    if after is not None:
        found = [g for g in found if g.name.encode() > str(after).encode()]
    page = found[:limit]
    answer: dict[str, Any] = {
        "logGroups": [
            {
                "logGroupName": g.name,
                "creationTime": g.creation_ms,
                "metricFilterCount": 0,
                "arn": _arn(ctx, g.name) + ":*",
                "logGroupArn": _arn(ctx, g.name),
                "storedBytes": 0,
                "logGroupClass": "STANDARD",
                "deletionProtectionEnabled": False,
            }
            for g in page
        ]
    }
    if len(found) > limit:
        answer["nextToken"] = _page_token(page[-1].name, fingerprint)
    return answer


# --- DescribeLogStreams -----------------------------------------------------------------------


@operation("logs", "DescribeLogStreams")
def describe_log_streams(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    order = params.get("orderBy") or "LogStreamName"
    prefix = params.get("logStreamNamePrefix")
    if order == "LastEventTime" and prefix is not None:
        raise _invalid("Cannot order by LastEventTime with a logStreamNamePrefix.")
    descending = bool(params.get("descending"))
    limit = _limit(params, DESCRIBE_LIMIT)
    group = _existing_group(ctx, params)
    fingerprint = {
        "op": "DescribeLogStreams",
        "group": group,
        "prefix": prefix,
        "order": order,
        "descending": descending,
    }
    after = _after(params.get("nextToken"), fingerprint)
    with ctx.db.read() as session:
        found = log_groups.streams(session, ctx.settings, group, prefix or "")
    rows = [(stream, stream.bounds()) for stream in found]

    def key(row: tuple[Stream, tuple[int, int] | None]) -> list[Any]:
        stream, bounds = row
        if order == "LastEventTime":
            return [bounds[1] if bounds else 0, stream.name]
        return [stream.name]

    rows.sort(key=lambda row: _sortable(key(row)), reverse=descending)
    if after is not None:
        if descending:
            rows = [row for row in rows if _sortable(key(row)) < _sortable(after)]
        else:
            rows = [row for row in rows if _sortable(key(row)) > _sortable(after)]
    page = rows[:limit]
    streams = []
    for stream, bounds in page:
        item: dict[str, Any] = {
            "logStreamName": stream.name,
            "creationTime": stream.creation_ms,
            "arn": _arn(ctx, group, stream.name),
            "storedBytes": 0,  # deprecated for streams: AWS reports zero
        }
        if bounds is not None:
            item["firstEventTimestamp"], item["lastEventTimestamp"] = bounds
            item["lastIngestionTime"] = bounds[1]
        streams.append(item)
    answer: dict[str, Any] = {"logStreams": streams}
    if len(rows) > limit:  # only when more follow: see the module's note
        answer["nextToken"] = _page_token(key(page[-1]), fingerprint)
    return answer


def _sortable(key: list[Any]) -> tuple[Any, ...]:
    return tuple(part.encode() if isinstance(part, str) else part for part in key)


# --- GetLogEvents -----------------------------------------------------------------------------


def _stream(ctx: Context, params: dict[str, Any]) -> Stream:
    group = _existing_group(ctx, params)
    with ctx.db.read() as session:
        found = log_groups.stream(session, ctx.settings, group, params["logStreamName"])
    if found is None:
        raise _not_found("The specified log stream does not exist.")
    return found


def _window(log: TimedLog, params: dict[str, Any]) -> tuple[int, int]:
    """The events in [startTime, endTime), as indices [lo, hi)."""
    start, end = params.get("startTime"), params.get("endTime")
    lo = log.first_at_or_after(start) if start is not None else 0
    hi = log.first_at_or_after(end) if end is not None else log.count
    return lo, max(lo, hi)


def _event_token(token: str | None, count: int) -> tuple[str, int] | None:
    if token is None:
        return None
    match = _EVENT_TOKEN.match(token)
    if match is None or int(match["n"]) > count:
        raise _invalid("The specified nextToken is invalid.")
    return match["way"], int(match["n"])


@operation("logs", "GetLogEvents")
def get_log_events(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    stream = _stream(ctx, params)
    log = TimedLog(stream.log_path, untimed_ms=stream.untimed_ms)
    limit = _limit(params, MAX_EVENTS)
    first, last = _window(log, params)
    token = _event_token(params.get("nextToken"), log.count)
    if token is None:
        way, at = ("f", first) if params.get("startFromHead") else ("b", last)
    else:
        way, at = token
    if way == "f":
        lo = hi = max(at, first)
        budget = MAX_BYTES
        while hi < last and hi - lo < limit and budget - log.size_of(hi) >= 0:
            budget -= log.size_of(hi)
            hi += 1
    else:
        lo = hi = min(at, last)
        budget = MAX_BYTES
        while lo > first and hi - lo < limit and budget - log.size_of(lo - 1) >= 0:
            budget -= log.size_of(lo - 1)
            lo -= 1
    if lo == hi:  # nothing more that way: the same token again, as AWS answers at an end
        lo = hi = at
    events = [
        {"timestamp": e.timestamp, "message": e.message, "ingestionTime": e.timestamp}
        for e in log.events(lo, hi)
    ]
    return {"events": events, "nextForwardToken": f"f/{hi}", "nextBackwardToken": f"b/{lo}"}


# --- FilterLogEvents --------------------------------------------------------------------------


def _matcher(pattern: str | None) -> Callable[[str], bool]:
    """CloudWatch's plain filter pattern as a test on a message (see the module's note)."""
    text = (pattern or "").strip()
    if not text:
        return lambda message: True
    if text[0] in "{[%":
        raise _invalid(
            "openamt supports filter patterns of terms, quoted phrases, ?term and -term; "
            "JSON, space-delimited and regular-expression patterns are not supported."
        )
    try:
        words = shlex.split(text, posix=True)
    except ValueError as error:
        raise _invalid(f"Invalid filter pattern: {error}") from None
    required, anyof, excluded = [], [], []
    for word in words:
        if word.startswith("?") and len(word) > 1:
            anyof.append(word[1:])
        elif word.startswith("-") and len(word) > 1:
            excluded.append(word[1:])
        elif word:
            required.append(word)

    def matches(message: str) -> bool:
        return (
            all(term in message for term in required)
            and (not anyof or any(term in message for term in anyof))
            and not any(term in message for term in excluded)
        )

    return matches


def _filter_streams(ctx: Context, group: str, params: dict[str, Any]) -> list[Stream]:
    names, prefix = params.get("logStreamNames"), params.get("logStreamNamePrefix")
    if names is not None and prefix is not None:
        raise _invalid("logStreamNames and logStreamNamePrefix are mutually exclusive.")
    with ctx.db.read() as session:
        found = log_groups.streams(session, ctx.settings, group, prefix or "")
    if names is not None:
        wanted = set(names)
        found = [stream for stream in found if stream.name in wanted]
    return found


def _stream_events(
    stream: Stream, log: TimedLog, lo: int, hi: int, matches: Callable[[str], bool]
) -> Iterator[tuple[int, str, int, str]]:
    """(timestamp, stream name, position, message) of the matching events in [lo, hi)."""
    for chunk in range(lo, hi, 1000):
        for number, event in enumerate(log.events(chunk, min(hi, chunk + 1000)), start=chunk):
            if matches(event.message):
                yield event.timestamp, stream.name, number, event.message


@operation("logs", "FilterLogEvents")
def filter_log_events(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    group = _existing_group(ctx, params)
    matches = _matcher(params.get("filterPattern"))
    streams = _filter_streams(ctx, group, params)
    limit = _limit(params, MAX_EVENTS)
    fingerprint = {
        "op": "FilterLogEvents",
        "group": group,
        "streams": params.get("logStreamNames"),
        "prefix": params.get("logStreamNamePrefix"),
        "pattern": params.get("filterPattern"),
        "start": params.get("startTime"),
        "end": params.get("endTime"),
    }
    after = _after(params.get("nextToken"), fingerprint)
    sources = []
    for stream in streams:
        log = TimedLog(stream.log_path, untimed_ms=stream.untimed_ms)
        lo, hi = _window(log, params)
        if after is not None:
            lo = max(lo, _resume(log, stream.name, after))
        sources.append(_stream_events(stream, log, lo, hi, matches))
    events: list[dict[str, Any]] = []
    budget = MAX_BYTES
    more = False
    for stamp, name, number, message in merge(*sources):
        size = len(message.encode()) + 26
        if len(events) == limit or size > budget:
            more = True
            break
        budget -= size
        events.append(
            {
                "logStreamName": name,
                "timestamp": stamp,
                "message": message,
                "ingestionTime": stamp,
                "eventId": f"{stamp}{zlib.crc32(name.encode()):010d}{number:010d}",
                "_key": [stamp, name, number],
            }
        )
    answer: dict[str, Any] = {
        "events": events,
        "searchedLogStreams": [
            {"logStreamName": stream.name, "searchedCompletely": True} for stream in streams
        ],
    }
    if more:
        answer["nextToken"] = _page_token(events[-1]["_key"], fingerprint)
    for event in events:
        del event["_key"]
    return answer


def _resume(log: TimedLog, name: str, after: Any) -> int:
    """The first position of this stream past the (timestamp, stream, position) `after`."""
    try:
        stamp, after_name, number = int(after[0]), str(after[1]), int(after[2])
    except (TypeError, ValueError, IndexError, KeyError):
        raise _invalid("The specified nextToken is invalid.") from None
    if name == after_name:
        return number + 1
    if name.encode() < after_name.encode():
        return bisect_right(log.times, stamp)
    return bisect_left(log.times, stamp)
