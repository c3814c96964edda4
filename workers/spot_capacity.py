"""Managed spot training, simulated: interruptions, checkpoints, and the time they cost.

On SageMaker a spot job whose instance is reclaimed is restarted on a new instance: the
checkpoint directory (`CheckpointConfig.LocalPath`, default /opt/ml/checkpoints) was synced to
`CheckpointConfig.S3Uri` while it ran and is restored before the restart, so a script that
saves and resumes its state carries on. `StoppingCondition.MaxWaitTimeInSeconds` bounds the
whole, interruptions and restarts included.

openamt has no spot market: with `OPENAMT_SPOT_INTERRUPTION_RATE` set, a spot job's training
process is killed (its whole process group, SIGKILL, as a reclaimed instance would be) at
moments drawn from a Poisson process of that many interruptions per minute of training, then
restarted from its checkpoints by the same runner: an interruption is not a failure and never
counts as a retry (RetryableError). The interruptions happen only to jobs with
`EnableManagedSpotTraining`.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from app import storage

if TYPE_CHECKING:
    from app.config import Settings

DEFAULT_LOCAL_PATH = "/opt/ml/checkpoints"
OPT_ML = PurePosixPath("/opt/ml")


@dataclass(frozen=True)
class SpotPlan:
    """How one training job runs on (simulated) spot capacity."""

    enabled: bool
    checkpoint_uri: str | None  # CheckpointConfig.S3Uri
    checkpoint_dir: Path | None  # LocalPath, laid out under the job's private directory
    max_wait_seconds: int | None
    interruption_rate: float  # per minute of training

    def interruption_after(self, run: int, seed: int | None) -> float | None:
        """Seconds of training before the job's `run`th run (1, 2, ...) is reclaimed; None: it
        is not. With a seed every job sees the same schedule."""
        if not self.enabled or self.interruption_rate <= 0:
            return None
        rng = random.Random(f"{seed}:{run}") if seed is not None else random
        return rng.expovariate(self.interruption_rate / 60.0)


def plan_for(spec: dict[str, Any], job_dir: Path, settings: Settings) -> SpotPlan:
    enabled = bool(spec.get("EnableManagedSpotTraining"))
    checkpoint = spec.get("CheckpointConfig") or {}
    uri = checkpoint.get("S3Uri")
    return SpotPlan(
        enabled=enabled,
        checkpoint_uri=uri,
        checkpoint_dir=local_checkpoint_dir(job_dir, checkpoint.get("LocalPath")) if uri else None,
        max_wait_seconds=(spec.get("StoppingCondition") or {}).get("MaxWaitTimeInSeconds"),
        interruption_rate=settings.spot_interruption_rate if enabled else 0.0,
    )


def local_checkpoint_dir(job_dir: Path, local_path: str | None) -> Path:
    """The job directory stands in for /opt/ml: /opt/ml/checkpoints is <job dir>/checkpoints.
    Another absolute path is laid out under <job dir>/fs/ (nothing is written outside it)."""
    path = PurePosixPath(local_path or DEFAULT_LOCAL_PATH)
    if path.is_relative_to(OPT_ML):
        relative = path.relative_to(OPT_ML)
    else:
        relative = PurePosixPath("fs") / path.relative_to(path.anchor)
    parts = [p for p in relative.parts if p not in ("", ".", "..")]
    return job_dir.joinpath(*parts) if parts else job_dir / "checkpoints"


def restore(plan: SpotPlan, settings: Settings) -> int:
    """Fill the checkpoint directory from S3Uri (nothing there yet is fine); files restored."""
    if plan.checkpoint_uri is None or plan.checkpoint_dir is None:
        return 0
    plan.checkpoint_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=plan.checkpoint_dir.parent) as scratch:
        fetched = Path(scratch) / "fetched"
        try:
            storage.materialize_channel(plan.checkpoint_uri, fetched, settings)
        except storage.StorageError as error:
            if "No data found" in str(error):
                return 0
            raise
        # Local stores are linked, not copied: copy the files, never write through a link.
        count = 0
        for source in sorted(fetched.resolve().rglob("*")):
            if source.is_file():
                target = plan.checkpoint_dir / source.relative_to(fetched.resolve())
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                count += 1
        return count


def save(plan: SpotPlan, settings: Settings) -> int:
    """Sync the checkpoint directory to S3Uri (files added or changed); files uploaded."""
    if plan.checkpoint_uri is None or plan.checkpoint_dir is None:
        return 0
    if not plan.checkpoint_dir.is_dir():
        return 0
    count = 0
    for path in sorted(plan.checkpoint_dir.rglob("*")):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(plan.checkpoint_dir).as_posix()
            storage.upload_file(path, storage.join_uri(plan.checkpoint_uri, relative), settings)
            count += 1
    return count


def billable_seconds(training_seconds: float, *, spot: bool, settings: Settings) -> int:
    """AWS reports savings as 1 - Billable / Training. openamt has no spot price: a spot job's
    billable time is its training time less the simulated discount (OPENAMT_SPOT_DISCOUNT,
    default 0, i.e. billed as on-demand)."""
    seconds = training_seconds * (1 - settings.spot_discount) if spot else training_seconds
    return max(1, round(seconds))
