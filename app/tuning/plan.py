"""A tuning job's plan: the request interpreted once, at create, and frozen in its row.

Everything that runs the job reads this and nothing else: the scheduler (what to sample and
how), the claim (a training job's metrics and pruner), the finish (completion criteria).
Nobody re-reads the stored request, and no process's settings change a job already created:
the sampler model and the early-stopping rule the operator chose are part of the plan, so two
workers configured differently still run one job under one rule.

The plan is stored as JSON (`to_json` / `from_json`); distributions go through Optuna's own
public JSON form.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import asdict, dataclass
from typing import Any

import optuna
from optuna.distributions import (
    BaseDistribution,
    CategoricalDistribution,
    FloatDistribution,
    IntDistribution,
    distribution_to_json,
    json_to_distribution,
)

from app.db.models import TuningJob
from app.training.metrics import MetricDefinition
from app.tuning.search_space import Parameter, SearchSpace
from app.tuning.strategies import TuningPlan

# With several training definitions the study chooses a definition first (a categorical
# parameter of this name), then that definition's parameters, named "<definition>:<name>" so
# that two definitions' same-named ranges stay apart. Training jobs get plain names.
DEFINITION_PARAMETER = "TrainingJobDefinitionName"
NAMESPACE_SEPARATOR = ":"
# Bumped when the stored form changes; `from_json` refuses what it cannot read.
VERSION = 1


@dataclass(frozen=True)
class DefinitionPlan:
    """One training job definition, as its training jobs run it."""

    name: str | None  # DefinitionName
    space: SearchSpace
    static: dict[str, str]
    metric_definitions: tuple[MetricDefinition, ...]
    builtin_xgboost: bool
    # What each of its training jobs runs with (DescribeTrainingJob's members): the
    # definition without the tuner's members, ResourceConfig resolved.
    training_spec: dict[str, Any]


@dataclass(frozen=True)
class Completion:
    """TuningJobCompletionCriteria, interpreted."""

    target: float | None = None  # TargetObjectiveMetricValue
    patience: int | None = None  # BestObjectiveNotImproving.MaxNumberOfTrainingJobsNotImproving
    convergence: bool = False  # ConvergenceDetected.CompleteOnConvergence == Enabled


@dataclass(frozen=True)
class Plan:
    strategy: str
    objective_metric: str
    objective_type: str
    sampling: TuningPlan
    completion: Completion
    definitions: tuple[DefinitionPlan, ...]

    @property
    def several(self) -> bool:
        return len(self.definitions) > 1

    def for_definition(self, name: str | None) -> DefinitionPlan:
        """The definition a training job was launched from (by its DefinitionName)."""
        for d in self.definitions:
            if d.name == name:
                return d
        return self.definitions[0]

    def grid(self) -> list[dict[str, Any]]:
        """Every combination as the study's parameters, definition after definition."""
        if not self.several:
            return self.definitions[0].space.grid()
        return [
            {DEFINITION_PARAMETER: d.name, **{namespaced(d.name, k): v for k, v in combo.items()}}
            for d in self.definitions
            for combo in d.space.grid()
        ]

    def distributions(self, definition: DefinitionPlan) -> dict[str, BaseDistribution]:
        """The study's distributions of one definition's parameters (namespaced if several)."""
        if not self.several:
            return definition.space.distributions
        return {
            namespaced(definition.name, p.name): p.distribution for p in definition.space.parameters
        }

    def suggest(self, trial: optuna.Trial) -> tuple[DefinitionPlan, dict[str, str]]:
        """Ask the trial for a definition and its hyperparameters, as the algorithm gets them."""
        chosen = self.definitions[0]
        if self.several:
            picked = trial.suggest_categorical(
                DEFINITION_PARAMETER, [d.name for d in self.definitions]
            )
            chosen = self.for_definition(str(picked))
        params = {
            plain: suggest(trial, name, distribution)
            for plain, (name, distribution) in zip(
                chosen.space.names, self.distributions(chosen).items(), strict=True
            )
        }
        return chosen, chosen.space.to_hyperparameters(params)

    def to_json(self) -> dict[str, Any]:
        return {
            "Version": VERSION,
            "Strategy": self.strategy,
            "ObjectiveMetric": self.objective_metric,
            "ObjectiveType": self.objective_type,
            "Sampling": asdict(self.sampling),
            "Completion": asdict(self.completion),
            "Definitions": [_definition_to_json(d) for d in self.definitions],
        }

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> Plan:
        if stored.get("Invalid"):  # a job stored before plans, which today's rules refuse
            raise ValueError(stored["Invalid"])
        if stored.get("Version") != VERSION:
            raise ValueError(f"a plan of version {stored.get('Version')!r}, not {VERSION}")
        return cls(
            strategy=stored["Strategy"],
            objective_metric=stored["ObjectiveMetric"],
            objective_type=stored["ObjectiveType"],
            sampling=TuningPlan(**stored["Sampling"]),
            completion=Completion(**stored["Completion"]),
            definitions=tuple(_definition_from_json(d) for d in stored["Definitions"]),
        )


def _definition_to_json(definition: DefinitionPlan) -> dict[str, Any]:
    return {
        "Name": definition.name,
        "Parameters": [
            {
                "Name": p.name,
                "Distribution": distribution_to_json(p.distribution),
                "ReverseLogarithmic": p.reverse_log,
            }
            for p in definition.space.parameters
        ],
        "Static": definition.static,
        "MetricDefinitions": [
            {"Name": m.name, "Regex": m.regex} for m in definition.metric_definitions
        ],
        "BuiltinXGBoost": definition.builtin_xgboost,
        "TrainingSpec": definition.training_spec,
    }


def _definition_from_json(stored: dict[str, Any]) -> DefinitionPlan:
    parameters = tuple(
        Parameter(p["Name"], json_to_distribution(p["Distribution"]), bool(p["ReverseLogarithmic"]))
        for p in stored["Parameters"]
    )
    return DefinitionPlan(
        name=stored["Name"],
        space=SearchSpace(parameters),
        static=dict(stored["Static"]),
        metric_definitions=tuple(
            MetricDefinition(m["Name"], m["Regex"]) for m in stored["MetricDefinitions"]
        ),
        builtin_xgboost=bool(stored["BuiltinXGBoost"]),
        training_spec=dict(stored["TrainingSpec"]),
    )


def namespaced(definition: str | None, name: str) -> str:
    return f"{definition}{NAMESPACE_SEPARATOR}{name}"


def suggest(trial: optuna.Trial, name: str, distribution: BaseDistribution) -> Any:
    """`trial.suggest_*` for a distribution (Optuna's public API has no generic suggest)."""
    if isinstance(distribution, CategoricalDistribution):
        return trial.suggest_categorical(name, distribution.choices)
    if isinstance(distribution, IntDistribution):
        return trial.suggest_int(
            name, distribution.low, distribution.high, step=distribution.step, log=distribution.log
        )
    assert isinstance(distribution, FloatDistribution)
    return trial.suggest_float(
        name, distribution.low, distribution.high, step=distribution.step, log=distribution.log
    )


# Plans never change once stored: a process keeps the most recently read ones parsed.
MAX_CACHED_PLANS = 256
_plans: OrderedDict[tuple[int, str], Plan] = OrderedDict()


def plan_of(job: TuningJob) -> Plan:
    """The plan of a tuning job row, parsed once per process. Keyed by the row's id and name
    (a job deleted and created again under the same name has a new id); the deferred column
    is only loaded on a process's first look. Raises ValueError for a job whose stored
    request today's rules refuse (stored before plans were)."""
    key = (job.id, job.name)
    plan = _plans.get(key)
    if plan is None:
        plan = _plans[key] = Plan.from_json(job.plan)
        while len(_plans) > MAX_CACHED_PLANS:
            _plans.popitem(last=False)
    else:
        _plans.move_to_end(key)
    return plan
