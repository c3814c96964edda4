"""Metric values from output lines, the way SageMaker reads them from CloudWatch logs.

Patterns come from users, so they run in RE2: linear time, no backtracking, no look-around.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

import re2  # type: ignore[import-untyped]


@dataclass(frozen=True)
class MetricDefinition:
    """A metric an algorithm prints: its name and the regex whose first group is the value."""

    name: str
    regex: str


# CloudWatch shows a tab as "#011", and AWS's published regexes match that form.
_CLOUDWATCH_TAB = "#011"


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # a bad user pattern is reported to the user, not to stderr
    return options


def _compile(pattern: str) -> re2._Regexp:
    return re2.compile(pattern, _options())


def check_metric_regex(pattern: str) -> str | None:
    """Why a MetricDefinitions regex is unusable, or None when it is fine."""
    try:
        compiled = _compile(pattern)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else ""
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        return f"Invalid regex {pattern!r}: {detail or 'does not compile'}"
    if compiled.groups < 1:
        return f"Regex {pattern!r} has no capture group; the metric value is the first group."
    return None


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class MetricParser:
    """Turns one output line into (metric name, value) pairs."""

    def __init__(self, definitions: list[MetricDefinition]) -> None:
        self._definitions = [(d.name, _compile(d.regex)) for d in definitions]

    def parse(self, line: str) -> list[tuple[str, float]]:
        if not self._definitions:
            return _json_metrics(line)
        cloudwatch_line = line.replace("\t", _CLOUDWATCH_TAB) if "\t" in line else None
        found: list[tuple[str, float]] = []
        for name, regex in self._definitions:
            match = regex.search(line)
            if match is None and cloudwatch_line is not None:
                match = regex.search(cloudwatch_line)
            if match is None:
                continue
            value = _number(match.group(1))
            if value is not None:
                found.append((name, value))
        return found


def _json_metrics(line: str) -> list[tuple[str, float]]:
    """Without definitions, a line `{"metric": value, ...}` reports each numeric member."""
    text = line.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    found: list[tuple[str, float]] = []
    for name, value in data.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        try:
            number = float(value)
        except OverflowError:  # an integer too large for a float
            continue
        if math.isfinite(number):
            found.append((name, number))
    return found
