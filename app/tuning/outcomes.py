"""How a training job's end moves its tuning job's counters, best job and completion state.

Called with the tuning job's row locked (lock order: tuning job, then training job), so the
counters stay exact however many workers finish at once.
"""

from __future__ import annotations

from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.training import lifecycle
from app.training.lifecycle import Outcome
from app.training.states import FailureKind, TrainingJobStatus
from app.tuning import studies
from app.tuning.plan import Completion, plan_of
from app.tuning.states import StopReason

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
    settings: Settings, job: TuningJob | None, training: TrainingJob, outcome: Outcome
) -> None:
    """End `training` (app/training/lifecycle.py), count it in its tuning job (None for a
    standalone training job), and tell its trial. The study hears it before the commit: should
    the commit fail, the retried unit tells it again, which is a no-op."""
    lifecycle.end(training, outcome)
    if job is None:
        return
    if training.trial_id is not None:
        studies.tell(
            settings, training.trial_id, training.final_objective, pruned=training.early_stopped
        )
    job.in_progress -= 1
    if training.status == TrainingJobStatus.COMPLETED:
        job.completed += 1
    elif training.status == TrainingJobStatus.STOPPED:
        job.stopped += 1
    elif training.failure_kind == FailureKind.RETRYABLE:
        job.retryable_error += 1
    else:
        job.non_retryable_error += 1
    job.objective_pending -= 1
    job.last_modified_time = training.last_modified_time
    objective = training.final_objective
    if objective is None:
        job.objective_failed += 1
        return
    job.objective_succeeded += 1
    _update_best(job, training.name, objective)
    _check_completion_criteria(job, plan_of(job).completion)


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


def _check_completion_criteria(job: TuningJob, criteria: Completion) -> None:
    if job.stop_reason is not None:
        return
    best, target = job.best_objective, criteria.target
    if target is not None and best is not None and not better(job, target, best):
        job.stop_reason = StopReason.TARGET  # the best reached the target (or equals it)
        return
    if criteria.patience and job.not_improving >= criteria.patience:
        job.stop_reason = StopReason.NOT_IMPROVING
        return
    window = max(CONVERGENCE_MIN_JOBS, job.max_training_jobs // 5)
    if criteria.convergence and job.not_improving >= window:
        job.stop_reason = StopReason.CONVERGENCE
        job.convergence_detected_time = now()


def gave_up(job: TuningJob) -> bool:
    """No training job succeeded and enough have failed (or all that will run have)."""
    failed = job.retryable_error + job.non_retryable_error
    if job.objective_succeeded or not failed:
        return False
    return failed >= min(FAILURES_BEFORE_GIVING_UP, job.max_training_jobs) and (job.completed == 0)
