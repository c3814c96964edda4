"""SageMaker parameter ranges <-> Optuna distributions, with AWS's rules for ranges.

Values reach algorithms as strings, as in SageMaker. ReverseLogarithmic has no Optuna
counterpart: we sample y = 1 - x on a log scale (dense near 1, as AWS means it) and store y
in the study under the parameter's own name; `to_hyperparameters` turns it back into x.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from optuna.distributions import (
    BaseDistribution,
    CategoricalDistribution,
    FloatDistribution,
    IntDistribution,
)

from app.errors import ValidationError

MAX_HYPERPARAMETERS = 100  # static + tunable + the hidden _tuning_objective_metric
MAX_GRID_COMBINATIONS = 750
# Decision: Auto is Linear unless a positive range spans at least this many orders of magnitude.
AUTO_LOG_ORDERS = 3


@dataclass(frozen=True)
class Parameter:
    name: str
    distribution: BaseDistribution
    reverse_log: bool = False


@dataclass(frozen=True)
class SearchSpace:
    parameters: tuple[Parameter, ...]

    @property
    def distributions(self) -> dict[str, BaseDistribution]:
        return {p.name: p.distribution for p in self.parameters}

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.parameters]

    def size(self) -> float:
        """Distinct combinations; infinite when a continuous range is present."""
        total = 1.0
        for p in self.parameters:
            d = p.distribution
            if isinstance(d, CategoricalDistribution):
                total *= len(d.choices)
            elif isinstance(d, IntDistribution):
                total *= d.high - d.low + 1
            else:
                return math.inf
        return total

    def grid(self) -> list[dict[str, Any]]:
        """Every combination, in the order of the request's ranges and values (Decision)."""
        names = self.names
        choices = [p.distribution.choices for p in self.parameters]  # type: ignore[attr-defined]
        return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*choices)]

    def to_hyperparameters(self, params: dict[str, Any]) -> dict[str, str]:
        """Optuna's sampled values as the strings the algorithm receives."""
        values: dict[str, str] = {}
        for p in self.parameters:
            value = params[p.name]
            if p.reverse_log:
                value = 1.0 - value
            values[p.name] = format_value(value)
        return values


def format_value(value: Any) -> str:
    if isinstance(value, float):
        return repr(value)
    return str(value)


def build_search_space(ranges: Any, *, field: str) -> SearchSpace:
    """Validate a request's ParameterRanges and turn them into a SearchSpace."""
    parameters: list[Parameter] = []
    if ranges is None:
        return SearchSpace(())
    for i, r in enumerate(ranges.integer_parameter_ranges or []):
        low, high, scaling = _numeric_range(r, int, f"{field}.IntegerParameterRanges[{i}]")
        parameters.append(
            Parameter(r.name, IntDistribution(low, high, log=scaling == "Logarithmic"))
        )
    for i, r in enumerate(ranges.continuous_parameter_ranges or []):
        low, high, scaling = _numeric_range(r, float, f"{field}.ContinuousParameterRanges[{i}]")
        if scaling == "ReverseLogarithmic":
            # y = 1 - x lies in (1 - high, 1 - low]; both ends positive by the rule above.
            parameters.append(
                Parameter(r.name, FloatDistribution(1.0 - high, 1.0 - low, log=True), True)
            )
        else:
            parameters.append(
                Parameter(r.name, FloatDistribution(low, high, log=scaling == "Logarithmic"))
            )
    for i, r in enumerate(ranges.categorical_parameter_ranges or []):
        where = f"{field}.CategoricalParameterRanges[{i}]"
        if len(set(r.values)) != len(r.values):
            raise ValidationError(f"{where}.Values: values must be distinct")
        parameters.append(Parameter(r.name, CategoricalDistribution(list(r.values))))
    if ranges.auto_parameters:
        raise ValidationError(
            f"{field}.AutoParameters: only with Autotune; set Autotune to "
            '{"Mode": "Enabled"} or give the ranges'
        )
    names = [p.name for p in parameters]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValidationError(f"{field}: parameter names must be unique, repeated: {duplicates}")
    return SearchSpace(tuple(parameters))


def _numeric_range(r: Any, kind: type[int] | type[float], where: str) -> tuple[Any, Any, str]:
    """An integer or continuous range's bounds, parsed as `kind`, and its checked scaling."""
    low = _parse(r.min_value, kind, f"{where}.MinValue")
    high = _parse(r.max_value, kind, f"{where}.MaxValue")
    return low, high, _scaling(r.scaling_type, low, high, where=where, integer=kind is int)


def _parse(text: str, kind: type, where: str) -> Any:
    try:
        value = kind(text)
    except (TypeError, ValueError):
        noun = "an integer" if kind is int else "a number"
        raise ValidationError(f"{where}: {text!r} is not {noun}") from None
    if kind is float and not math.isfinite(value):
        raise ValidationError(f"{where}: {text!r} is not a finite number")
    return value


def _scaling(scaling: str | None, low: float, high: float, *, where: str, integer: bool) -> str:
    if low > high:
        raise ValidationError(f"{where}.MinValue: {low} is greater than MaxValue {high}")
    if not integer and low == high:
        raise ValidationError(
            f"{where}.MinValue: must be less than MaxValue ({high}) for a continuous range"
        )
    scaling = scaling or "Auto"
    if scaling == "Auto":
        spans = low > 0 and high / low >= 10**AUTO_LOG_ORDERS
        return "Logarithmic" if spans else "Linear"
    if scaling == "Logarithmic" and low <= 0:
        raise ValidationError(
            f"{where}.ScalingType: Logarithmic scaling needs MinValue greater than 0, got {low}"
        )
    if scaling == "ReverseLogarithmic":
        if integer:
            raise ValidationError(
                f"{where}.ScalingType: ReverseLogarithmic scaling applies to continuous ranges only"
            )
        if not (0 <= low < high < 1):
            raise ValidationError(
                f"{where}.ScalingType: ReverseLogarithmic scaling needs "
                f"0 <= MinValue < MaxValue < 1, got [{low}, {high}]"
            )
    return scaling
