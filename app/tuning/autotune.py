"""Autotune (`Autotune: {"Mode": "Enabled"}`): openamt fills in what the request leaves out.

AWS does not publish how Autotune chooses; these are openamt's rules (docs/rest-api.md, "Autotune").
They run once, at create, and what they choose is stored as the request, so Describe shows
concrete ranges and limits and the scheduler re-reads the same plan. What the request states
is kept: Autotune only fills gaps.

- `AutoParameters` become ranges. For the built-in XGBoost a name in `XGBOOST_RANGES` gets
  that range (the hint is not needed); any other name gets a range from its `ValueHint`:
  an integer n > 0 → Integer [max(1, round(n/10)), n*10] Logarithmic; n < 0 →
  Integer [n*10, min(-1, round(n/10))] Linear; 0 → Integer [0, 10] Linear; a real x > 0 →
  Continuous [x/10, x*10] Logarithmic; x < 0 → Continuous [x*10, x/10] Linear; 0.0 →
  Continuous [0, 1] Linear; "true"/"false" → Categorical [true, false]; anything else is
  refused (give a CategoricalParameterRange).
- The built-in XGBoost with no ranges at all tunes `XGBOOST_DEFAULT` (less its static ones).
- `MaxNumberOfTrainingJobs` left out: 10 per tunable hyperparameter, 20 to 100, and no more
  than the ranges' distinct combinations. `TrainingJobEarlyStoppingType` left out: Off.
- `Strategy` is a required member of the request, so the strategy sent is the one used.
"""

from __future__ import annotations

import math
from typing import Any

from app.errors import ValidationError
from app.training import algorithms
from app.tuning.schemas import CreateTuningJobRequest, ParameterRanges
from app.tuning.search_space import build_search_space

# Sensible ranges of the built-in XGBoost's hyperparameters (within what the container
# accepts): name -> (kind, min, max, scaling).
XGBOOST_RANGES: dict[str, tuple[str, str, str, str]] = {
    "eta": ("Continuous", "0.01", "0.5", "Logarithmic"),
    "max_depth": ("Integer", "2", "10", "Linear"),
    "min_child_weight": ("Continuous", "0.1", "20", "Logarithmic"),
    "subsample": ("Continuous", "0.5", "1", "Linear"),
    "colsample_bytree": ("Continuous", "0.5", "1", "Linear"),
    "colsample_bylevel": ("Continuous", "0.3", "1", "Linear"),
    "colsample_bynode": ("Continuous", "0.3", "1", "Linear"),
    "gamma": ("Continuous", "0", "5", "Linear"),
    "alpha": ("Continuous", "0.001", "100", "Logarithmic"),
    "lambda": ("Continuous", "0.001", "100", "Logarithmic"),
    "max_delta_step": ("Integer", "0", "10", "Linear"),
    "num_round": ("Integer", "10", "500", "Logarithmic"),
}
XGBOOST_ALIASES = {
    "learning_rate": "eta",
    "min_split_loss": "gamma",
    "reg_lambda": "lambda",
    "reg_alpha": "alpha",
}
# What Autotune tunes for the built-in XGBoost when the request names no range at all.
XGBOOST_DEFAULT = ("eta", "max_depth", "min_child_weight", "subsample", "alpha", "lambda")
JOBS_PER_HYPERPARAMETER = 10
MIN_DEFAULT_JOBS, MAX_DEFAULT_JOBS = 20, 100
KINDS = ("Integer", "Continuous", "Categorical")


def resolve(request: CreateTuningJobRequest) -> CreateTuningJobRequest:
    """The request with Autotune's choices filled in; unchanged without Autotune."""
    if request.autotune is None:
        return request
    body = request.model_dump(by_alias=True, exclude_none=True, mode="json")
    config = body["HyperParameterTuningJobConfig"]
    definitions = (
        [("TrainingJobDefinition", body["TrainingJobDefinition"])]
        if "TrainingJobDefinition" in body
        else [(f"TrainingJobDefinitions[{i}]", d) for i, d in enumerate(body.get(
            "TrainingJobDefinitions", []))]
    )  # fmt: skip
    tunable = 0
    shared_used = False
    for field, definition in definitions:
        static = definition.get("StaticHyperParameters", {})
        builtin = _builtin(definition)
        if "HyperParameterRanges" in definition:
            definition["HyperParameterRanges"] = _ranges(
                definition["HyperParameterRanges"], f"{field}.HyperParameterRanges", builtin, static
            )
            tunable += _count(definition["HyperParameterRanges"])
        elif not shared_used:
            shared_used = True
            config["ParameterRanges"] = _ranges(
                config.get("ParameterRanges", {}),
                "HyperParameterTuningJobConfig.ParameterRanges",
                builtin,
                static,
            )
            tunable += _count(config["ParameterRanges"])
    limits = config["ResourceLimits"]
    if "MaxNumberOfTrainingJobs" not in limits and config["Strategy"] != "Grid":
        wanted = min(MAX_DEFAULT_JOBS, max(MIN_DEFAULT_JOBS, JOBS_PER_HYPERPARAMETER * tunable))
        limits["MaxNumberOfTrainingJobs"] = max(1, min(wanted, _combinations(body)))
    config.setdefault("TrainingJobEarlyStoppingType", "Off")
    return CreateTuningJobRequest.model_validate(body)


def _builtin(definition: dict[str, Any]) -> bool:
    image = definition.get("AlgorithmSpecification", {}).get("TrainingImage")
    static = definition.get("StaticHyperParameters", {})
    return algorithms.is_builtin_xgboost_image(image) and "sagemaker_program" not in static


def _ranges(
    ranges: dict[str, Any], field: str, builtin: bool, static: dict[str, str]
) -> dict[str, Any]:
    ranges = dict(ranges)
    autos = ranges.pop("AutoParameters", [])
    named = {r["Name"] for kind in KINDS for r in ranges.get(f"{kind}ParameterRanges", [])}
    if not autos and not named and builtin:
        autos = [{"Name": n, "ValueHint": ""} for n in XGBOOST_DEFAULT if n not in static]
    for i, auto in enumerate(autos):
        name, where = auto["Name"], f"{field}.AutoParameters[{i}]"
        if name in named:
            raise ValidationError(f"{where}.Name: {name!r} is given twice")
        if name in static:
            raise ValidationError(f"{where}.Name: {name!r} is also a static hyperparameter")
        named.add(name)
        canonical = XGBOOST_ALIASES.get(name, name)
        if builtin and canonical in XGBOOST_RANGES:
            kind, low, high, scaling = XGBOOST_RANGES[canonical]
        else:
            kind, low, high, scaling = from_hint(auto["ValueHint"], f"{where}.ValueHint")
        ranges.setdefault(f"{kind}ParameterRanges", []).append(
            {"Name": name, "Values": [low, high]}
            if kind == "Categorical"
            else {"Name": name, "MinValue": low, "MaxValue": high, "ScalingType": scaling}
        )
    return ranges


def from_hint(hint: str, field: str) -> tuple[str, str, str, str]:
    """A range around an example value (the rule in this module's docstring)."""
    text = hint.strip()
    if text.lower() in ("true", "false"):
        return "Categorical", "true", "false", ""
    try:
        integer = int(text)
    except ValueError:
        pass
    else:
        if integer > 0:
            return "Integer", str(max(1, round(integer / 10))), str(integer * 10), "Logarithmic"
        if integer < 0:
            return "Integer", str(integer * 10), str(min(-1, round(integer / 10))), "Linear"
        return "Integer", "0", "10", "Linear"
    try:
        real = float(text)
    except ValueError:
        real = math.nan
    if not math.isfinite(real):
        raise ValidationError(
            f"{field}: {hint!r} is not a number; Autotune derives a range only from a numeric or "
            "boolean hint (give a CategoricalParameterRange for this hyperparameter)"
        )
    if real > 0:
        return "Continuous", repr(real / 10), repr(real * 10), "Logarithmic"
    if real < 0:
        return "Continuous", repr(real * 10), repr(real / 10), "Linear"
    return "Continuous", "0", "1", "Linear"


def _count(ranges: dict[str, Any]) -> int:
    return sum(len(ranges.get(f"{kind}ParameterRanges", [])) for kind in KINDS)


def _combinations(body: dict[str, Any]) -> int:
    """Distinct combinations of the resolved ranges (summed over definitions), capped."""
    config = body["HyperParameterTuningJobConfig"]
    definitions = body.get("TrainingJobDefinitions") or [body.get("TrainingJobDefinition", {})]
    total = 0.0
    for d in definitions:
        ranges = d.get("HyperParameterRanges") or config.get("ParameterRanges")
        try:
            space = build_search_space(
                ParameterRanges.model_validate(ranges or {}), field="ParameterRanges"
            )
        except ValidationError:
            return MAX_DEFAULT_JOBS  # interpret names the broken range
        total += space.size()
    return int(min(total, MAX_DEFAULT_JOBS))
