"""Metric values from output lines, the way SageMaker reads them from CloudWatch logs.

Patterns come from users, so they run in RE2: linear time, no backtracking, no look-around.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass

import re2


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
        # One pass of an RE2 Set tells which patterns match a line at all, so a line costs
        # one scan plus the few patterns that match, not one scan per definition.
        self._set: re2.Set | None = re2.Set.SearchSet(_options())
        try:
            for d in definitions:
                self._set.Add(d.regex)
            self._set.Compile()
        except re2.error:  # over RE2's memory budget: fall back to trying each pattern
            self._set = None

    def parse(self, line: str) -> list[tuple[str, float]]:
        if not self._definitions:
            return _json_metrics(line)
        forms = [line]
        if "\t" in line:
            forms.append(line.replace("\t", _CLOUDWATCH_TAB))
        found: dict[int, float] = {}
        for form in forms:
            for index in self._candidates(form):
                if index in found:
                    continue
                match = self._definitions[index][1].search(form)
                value = _number(match.group(1)) if match is not None else None
                if value is not None:
                    found[index] = value
        return [(self._definitions[i][0], value) for i, value in sorted(found.items())]

    def _candidates(self, text: str) -> list[int]:
        if self._set is None:
            return list(range(len(self._definitions)))
        return sorted(self._set.Match(text) or [])


@functools.lru_cache(maxsize=64)
def parser_for(definitions: tuple[MetricDefinition, ...]) -> MetricParser:
    """One parser per set of definitions in a process: compiling the built-in XGBoost's 66
    patterns costs about 8 ms, which every trial of a tuning job would pay again. Parsing
    keeps no state, so one parser serves every job that has these definitions."""
    return MetricParser(list(definitions))


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
