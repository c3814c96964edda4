"""The reaper mends what a crash between openamt's commit and the study's left behind."""

from __future__ import annotations

from pathlib import Path

from optuna.trial import TrialState
from sqlalchemy import select

from app import reaper
from app.config import Settings
from app.db.migrate import upgrade
from app.db.models import TrainingJob, TuningJob
from app.db.session import get_database
from app.executor import NullExecutor, unit_of_work
from app.training.lifecycle import Outcome
from app.training.states import TrainingJobStatus
from app.tuning import scheduler, service, studies
from app.tuning.outcomes import record_end
from app.tuning.schemas import CreateTuningJobRequest
from tests.support.jobs import unique, xgboost_job


def _job(tmp_path: Path) -> tuple[Settings, str]:
    settings = Settings(data_dir=tmp_path / "data")
    upgrade(settings)
    name = unique("reap")
    with unit_of_work(get_database(settings), NullExecutor()) as session:
        service.create(
            session, CreateTuningJobRequest.model_validate(xgboost_job(name, parallel=2)), settings
        )
    scheduler.advance(get_database(settings), settings, NullExecutor(), name)
    return settings, name


def test_trials_left_running_are_told_or_failed(tmp_path: Path) -> None:
    settings, name = _job(tmp_path)
    db = get_database(settings)
    with db.write() as session:
        job = session.scalar(select(TuningJob).where(TuningJob.name == name).with_for_update())
        first = session.scalars(
            select(TrainingJob).where(TrainingJob.tuning_job_name == name).order_by(TrainingJob.id)
        ).first()
        assert job is not None and first is not None
        # The runner's commit happened; its tell to the study did not (a crash in between).
        record_end(job, first, Outcome(TrainingJobStatus.COMPLETED, objective=0.8))
        told_trial = first.trial_id
    study = studies.load_study(settings, name)
    orphan = study.ask()  # asked, but its training job's transaction never committed

    reaper.reconcile_trials(db, settings, name, orphan_seconds=0)

    states = {t._trial_id: t for t in studies.load_study(settings, name).trials}
    assert states[told_trial].state == TrialState.COMPLETE
    assert states[told_trial].value == 0.8
    assert states[orphan._trial_id].state == TrialState.FAIL
    running = [t for t in states.values() if t.state == TrialState.RUNNING]
    assert len(running) == 1  # the second training job still runs: left alone


def test_a_young_orphan_is_left_alone(tmp_path: Path) -> None:
    settings, name = _job(tmp_path)
    orphan = studies.load_study(settings, name).ask()
    reaper.reconcile_trials(get_database(settings), settings, name)
    trial = studies.get_storage(settings).get_trial(orphan._trial_id)
    assert trial.state == TrialState.RUNNING  # its launch may still be committing
