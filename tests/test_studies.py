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
