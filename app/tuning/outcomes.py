"""How a training job's end moves its tuning job's counters, best job and completion state.

Called with the tuning job's row locked (lock order: tuning job, then training job), so the
counters stay exact however many workers finish at once.
"""

from __future__ import annotations

import optuna
from optuna.trial import TrialState

from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.training.status import set_secondary
from app.tuning import studies

# BestObjectiveNotImproving and convergence: an improvement counts when it is at least 1% of
# |best| (Decision, BEHAVIOUR.md).
RELATIVE_IMPROVEMENT = 0.01
# Decision: ConvergenceDetected completes the job when the best has not improved by 1% over
# the last max(CONVERGENCE_MIN_JOBS, MaxNumberOfTrainingJobs / 5) training jobs.
CONVERGENCE_MIN_JOBS = 10
# A tuning job fails when this many training jobs failed and none produced an objective.
FAILURES_BEFORE_GIVING_UP = 5


def record_launch(job: TuningJob) -> None:
    job.launched += 1
    job.in_progress += 1
    job.objective_pending += 1
    job.last_modified_time = now()


def record_end(
    job: TuningJob | None,
    training: TrainingJob,
    *,
    status: str,
    failure_kind: str | None = None,
    failure_reason: str | None = None,
    objective: float | None = None,
    early_stopped: bool = False,
    secondary_status: str | None = None,
) -> None:
    """Move `training` to a terminal status and count it in its tuning job (None for a
    standalone training job); terminal states never change."""
    assert status in ("Completed", "Failed", "Stopped")
    assert training.status in ("InProgress", "Stopping"), training.status
    ended = now()
    training.status = status
    set_secondary(
        training,
        secondary_status or {"Completed": "Completed", "Failed": "Failed"}.get(status, "Stopped"),
        message=failure_reason[:1024] if status == "Failed" and failure_reason else None,
        at=ended,
    )
    training.failure_kind = failure_kind
    training.failure_reason = failure_reason[:1024] if failure_reason else None
    training.final_objective = objective
    training.objective_status = "Succeeded" if objective is not None else "Failed"
    training.early_stopped = early_stopped
    training.training_end_time = ended
    training.last_modified_time = ended
    training.lease_owner = None
    training.lease_expires_at = None
    training.process_group = None
    if job is None:
        return

    job.in_progress -= 1
    if status == "Completed":
        job.completed += 1
    elif status == "Stopped":
        job.stopped += 1
    elif failure_kind == "Retryable":
        job.retryable_error += 1
    else:
        job.non_retryable_error += 1
    job.objective_pending -= 1
    job.last_modified_time = ended
    if objective is None:
        job.objective_failed += 1
        return
    job.objective_succeeded += 1
    _update_best(job, training.name, objective)
    _check_completion_criteria(job)


def better(job: TuningJob, a: float, b: float) -> bool:
    return a > b if job.objective_type == "Maximize" else a < b


def _update_best(job: TuningJob, name: str, value: float) -> None:
    best = job.best_objective
    if best is None:
        job.best_objective, job.best_training_job = value, name
        job.not_improving = 0
        return
    gain = value - best if job.objective_type == "Maximize" else best - value
    job.not_improving = (
        0 if gain > RELATIVE_IMPROVEMENT * abs(best) and gain > 0 else (job.not_improving + 1)
    )
    if better(job, value, best):
        job.best_objective, job.best_training_job = value, name


def _check_completion_criteria(job: TuningJob) -> None:
    if job.stop_reason is not None:
        return
    criteria = job.request["HyperParameterTuningJobConfig"].get("TuningJobCompletionCriteria", {})
    target = criteria.get("TargetObjectiveMetricValue")
    if (
        target is not None
        and job.best_objective is not None
        and (
            job.best_objective >= target
            if job.objective_type == "Maximize"
            else job.best_objective <= target
        )
    ):
        job.stop_reason = "target"
        return
    patience = criteria.get("BestObjectiveNotImproving", {}).get(
        "MaxNumberOfTrainingJobsNotImproving"
    )
    if patience and job.not_improving >= patience:
        job.stop_reason = "not_improving"
        return
    convergence = criteria.get("ConvergenceDetected", {}).get("CompleteOnConvergence")
    window = max(CONVERGENCE_MIN_JOBS, job.max_training_jobs // 5)
    if convergence == "Enabled" and job.not_improving >= window:
        job.stop_reason = "convergence"
        job.convergence_detected_time = now()


def gave_up(job: TuningJob) -> bool:
    """No training job succeeded and enough have failed (or all that will run have)."""
    failed = job.retryable_error + job.non_retryable_error
    if job.objective_succeeded or not failed:
        return False
    return failed >= min(FAILURES_BEFORE_GIVING_UP, job.max_training_jobs) and (job.completed == 0)


def tell_study(
    settings: Settings, study_name: str, trial_id: int, objective: float | None, *, pruned: bool
) -> None:
    """Finish the Optuna trial once; a trial already finished is left as it is."""
    storage = studies.get_storage(settings)
    try:
        if pruned and objective is not None:
            storage.set_trial_state_values(trial_id, TrialState.PRUNED)
        elif objective is not None:
            storage.set_trial_state_values(trial_id, TrialState.COMPLETE, [objective])
        else:
            storage.set_trial_state_values(trial_id, TrialState.FAIL)
    except (KeyError, optuna.exceptions.UpdateFinishedTrialError):
        pass  # the study was deleted with its tuning job, or someone told it already
