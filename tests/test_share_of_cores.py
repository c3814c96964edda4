"""A claimed training job's threads (runs.Claim.num_cpus): this host's cores over the jobs
its workers hold at the claim, so a job alone uses the whole machine and N at once share it."""

from __future__ import annotations

import os

from app import runs
from app.config import Settings
from app.db.migrate import upgrade
from app.db.session import get_database
from app.executor import NullExecutor, unit_of_work
from app.tuning import scheduler, service
from app.tuning.schemas import CreateTuningJobRequest
from tests.support.jobs import unique, xgboost_job


class Queue(NullExecutor):
    def __init__(self) -> None:
        self.training: list[str] = []

    def submit_training(self, training_job_name: str) -> None:
        self.training.append(training_job_name)


def test_a_job_alone_gets_every_core_and_jobs_held_together_share_them(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    upgrade(settings)
    db, queue = get_database(settings), Queue()
    name = unique("cores")
    body = CreateTuningJobRequest.model_validate(xgboost_job(name, max_jobs=3, parallel=3))
    with unit_of_work(db, queue) as session:
        service.create(session, body, settings)
    scheduler.advance(db, settings, queue, name)
    first, second, third = queue.training
    cores = os.cpu_count() or 1

    alone = runs.claim(db, settings, first, "this-host:1")
    together = runs.claim(db, settings, second, "this-host:2")
    elsewhere = runs.claim(db, settings, third, "other-host:1")  # another host's cores

    assert alone is not None and together is not None and elsewhere is not None
    assert alone.num_cpus == cores
    assert together.num_cpus == max(1, cores // 2)
    assert elsewhere.num_cpus == cores
