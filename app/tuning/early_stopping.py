"""Whether a running training job stops early, decided as its objective values arrive: its
tuning job's pruner (early stopping Auto, or Hyperband) and Hyperband's MaxResource cap.

The runner (workers/watch.py) only feeds values in and stops the process when told; the rule
itself comes from the job's frozen plan, so every worker judges a job alike.
"""

from __future__ import annotations

import optuna
from sqlalchemy.exc import DBAPIError

from app.config import Settings
from app.db.retry import retrying
from app.training.states import StopCause
from app.tuning import studies
from app.tuning.plan import Plan
from app.tuning.strategies import STRATEGIES


class EarlyStopping:
    def __init__(self, plan: Plan, trial: optuna.Trial | None) -> None:
        self.trial = trial  # None when the plan has no pruner: nothing to report to
        hyperband = plan.strategy == "Hyperband"
        self.max_resource = plan.sampling.max_resource if hyperband else None

    def observe(self, value: float, step: int) -> StopCause | None:
        """The objective's value at `step` (1, 2, ...): why the job must stop now, if it must."""
        trial = self.trial
        if trial is not None and retrying(lambda: _pruned(trial, value, step), what="a report"):
            return StopCause.PRUNED
        if self.max_resource is not None and step >= self.max_resource:
            return StopCause.MAX_RESOURCE
        return None


def _pruned(trial: optuna.Trial, value: float, step: int) -> bool:
    """Report, then ask the pruner. Safe to run again: Optuna ignores a step reported twice.
    A dropped connection reaches retrying() as itself, not as Optuna's wrapper of it."""
    try:
        trial.report(value, step)
        return trial.should_prune()
    except optuna.exceptions.StorageInternalError as error:
        if isinstance(error.__cause__, DBAPIError):
            raise error.__cause__ from error
        raise


def for_trial(
    settings: Settings,
    plan: Plan | None,
    tuning_job: tuple[int, str] | None,
    trial_id: int | None,
) -> EarlyStopping | None:
    """The judge of one tuning job's training job (None for a standalone one); `tuning_job`
    is the job's row id and name."""
    if plan is None or tuning_job is None or trial_id is None:
        return None
    pruner = STRATEGIES[plan.strategy].make_pruner(plan.sampling)
    trial = None
    if pruner is not None:
        job_id, name = tuning_job
        trial = studies.trial_for_reports(settings, job_id, name, trial_id, pruner)
    return EarlyStopping(plan, trial)
