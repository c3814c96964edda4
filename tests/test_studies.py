"""A study keeps step with openamt's rows, with no repair pass: a trial is told in the
transaction that ends its training job, whoever ends it, and failed when its launch rolls
back."""

from __future__ import annotations

from pathlib import Path

import pytest
from optuna.trial import TrialState
from sqlalchemy import select

from app.config import Settings
from app.db.migrate import upgrade
from app.db.models import TrainingJob
from app.db.session import get_database
from app.executor import NullExecutor, unit_of_work
from app.training.lifecycle import Outcome
from app.training.states import TrainingJobStatus
from app.tuning import scheduler, service, studies
from app.tuning.outcomes import record_end
from app.tuning.schemas import CreateTuningJobRequest
from tests.support.jobs import unique, xgboost_job


def _job(tmp_path: Path, *, launch: bool = True) -> tuple[Settings, str]:
    settings = Settings(data_dir=tmp_path / "data")
    upgrade(settings)
    name = unique("study")
    with unit_of_work(get_database(settings), NullExecutor()) as session:
        service.create(
            session, CreateTuningJobRequest.model_validate(xgboost_job(name, parallel=2)), settings
        )
    if launch:
        scheduler.advance(get_database(settings), settings, NullExecutor(), name)
    return settings, name


def _trials(settings: Settings, name: str) -> dict[int, TrialState]:
    storage = studies.get_storage(settings)
    study_id = storage.get_study_id_from_name(name)
    return {
        storage.get_trial_id_from_study_id_trial_number(study_id, t.number): t.state
        for t in storage.get_all_trials(study_id, deepcopy=False)
    }


def test_every_end_is_told_to_the_study_in_its_transaction(tmp_path: Path) -> None:
    settings, name = _job(tmp_path)
    db = get_database(settings)
    with unit_of_work(db, NullExecutor()) as session:
        job = service.get(session, name, lock=True)
        first, second = session.scalars(
            select(TrainingJob).where(TrainingJob.tuning_job_name == name).order_by(TrainingJob.id)
        )
        record_end(settings, job, first, Outcome(TrainingJobStatus.COMPLETED, objective=0.8))
        told = first.trial_id
        # The other one never started: a stop ends it at once, and its trial fails.
        service.stop(session, name)
        running = second.trial_id
    assert _trials(settings, name)[told] == TrialState.COMPLETE
    assert _trials(settings, name)[running] == TrialState.RUNNING  # until the stop's advance
    scheduler.advance(db, settings, NullExecutor(), name)
    assert _trials(settings, name)[running] == TrialState.FAIL
    trial = studies.get_storage(settings).get_trial(told)
    assert trial.value == 0.8


def test_a_launch_that_rolls_back_fails_its_trial(tmp_path: Path) -> None:
    settings, name = _job(tmp_path, launch=False)
    db = get_database(settings)
    with pytest.raises(RuntimeError, match="crash"), unit_of_work(db, NullExecutor()) as session:
        scheduler.step(session, settings, service.get(session, name, lock=True))
        assert len(_trials(settings, name)) == 2  # asked within the transaction
        raise RuntimeError("crash before the commit")
    with db.read() as session:
        assert not list(session.scalars(select(TrainingJob.name)))
    assert set(_trials(settings, name).values()) == {TrialState.FAIL}


def _seeded_job(tmp_path: Path, *, parallel: int) -> tuple[Settings, str]:
    settings = Settings(data_dir=tmp_path / "data")
    upgrade(settings)
    name = "seeded"
    body = xgboost_job(name, strategy="Bayesian", max_jobs=14, parallel=parallel)
    body["HyperParameterTuningJobConfig"]["RandomSeed"] = 7
    with unit_of_work(get_database(settings), NullExecutor()) as session:
        service.create(session, CreateTuningJobRequest.model_validate(body), settings)
    return settings, name


def _score(hyperparameters: dict[str, str]) -> float:
    return -((float(hyperparameters["eta"]) - 0.2) ** 2) - 0.01 * int(hyperparameters["max_depth"])


def _tune(tmp_path: Path, *, parallel: int, new_process_each_step: bool) -> list[dict[str, str]]:
    """Drive a seeded Bayesian job as runners would: the oldest running job ends, then the
    next step, in one unit of work. Returns every launch's tuned hyperparameters in order."""
    settings, name = _seeded_job(tmp_path, parallel=parallel)
    db = get_database(settings)
    scheduler.advance(db, settings, NullExecutor(), name)
    while True:
        if new_process_each_step:
            studies.forget_storages()  # nothing kept between steps, as in another process
        with unit_of_work(db, NullExecutor()) as session:
            job = service.get(session, name, lock=True)
            running = session.scalars(
                select(TrainingJob)
                .where(
                    TrainingJob.tuning_job_name == name,
                    TrainingJob.status == TrainingJobStatus.IN_PROGRESS,
                )
                .order_by(TrainingJob.sequence)
            ).first()
            if running is None:
                break
            outcome = Outcome(
                TrainingJobStatus.COMPLETED, objective=_score(running.hyperparameters)
            )
            record_end(settings, job, running, outcome)
            scheduler.step(session, settings, job)
    with db.read() as session:
        launched = session.scalars(
            select(TrainingJob)
            .where(TrainingJob.tuning_job_name == name)
            .order_by(TrainingJob.sequence)
        )
        return [dict(t.tuned_hyperparameters) for t in launched]


@pytest.mark.parametrize("parallel", [1, 3])
def test_the_sampler_sees_the_same_history_whichever_process_asks(
    tmp_path: Path, parallel: int
) -> None:
    """Each ask samples on the process's in-memory copy of the study: a process that kept its
    copy across the launches suggests what fresh processes suggest, which read every trial
    from the store (running ones too: the constant liar at parallel 3)."""
    kept = _tune(tmp_path / "kept", parallel=parallel, new_process_each_step=False)
    fresh = _tune(tmp_path / "fresh", parallel=parallel, new_process_each_step=True)
    assert len(kept) == 14
    assert kept == fresh
    assert len({tuple(sorted(h.items())) for h in kept}) == 14  # the model moved on each time


def test_a_launch_stores_its_trial_with_the_parameters_it_was_given(tmp_path: Path) -> None:
    settings, name = _job(tmp_path)
    storage = studies.get_storage(settings)
    with get_database(settings).read() as session:
        launched = list(
            session.scalars(select(TrainingJob).where(TrainingJob.tuning_job_name == name))
        )
    assert len(launched) == 2
    for training in launched:
        assert training.trial_id is not None
        trial = storage.get_trial(training.trial_id)
        assert trial.state == TrialState.RUNNING
        assert {k: str(v) for k, v in trial.params.items()} == training.tuned_hyperparameters
