"""Run one training job: claim it, lay out its channels, start the algorithm, watch it,
and record how it ended. The job's state changes are app/runs.py's; this module keeps the
process and its output."""

from __future__ import annotations

import logging
import tarfile
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

from app import runs, storage
from app.config import Settings
from app.db.retry import retrying
from app.db.session import Database
from app.executor import Executor
from app.observe.logs import job_context
from app.runs import Claim
from app.training.algorithms import Backend
from app.training.lifecycle import Outcome
from app.training.rule_statuses import RuleWatcher
from app.training.states import FailureKind, StopCause, TrainingJobStatus
from workers import sandbox, script_host, spot_capacity, training_host
from workers.algorithms import container, script, xgboost_builtin
from workers.algorithms.base import TrainingContext, TrainingProcess
from workers.lease import LeaseKeeper
from workers.process import ForkedTraining, JobLog, ResourceLimits, ScriptTraining
from workers.watch import AttemptLimits, Volume, Watch, watch_output

log = logging.getLogger(__name__)

# How long one call runs the jobs its finishes claim before it lets the next one go through
# the queue: a Celery worker's warm shutdown waits for its running task, which would
# otherwise last as long as the tuning job.
CHAIN_SECONDS = 60.0


def run_training_job(
    db: Database, settings: Settings, executor: Executor, name: str, *, owner: str | None = None
) -> None:
    """Run `name`, then each job that a finish claimed for this worker to run next."""
    owner = owner or runs.worker_id()
    chain_until = time.monotonic() + CHAIN_SECONDS
    with job_context(training_job=name):
        claim = retrying(lambda: runs.claim(db, settings, name, owner), what=name)
    while claim is not None:
        # Every line logged while this job runs names it and its tuning job.
        with job_context(tuning_job=claim.tuning_job_name, training_job=claim.name):
            claim = _run_claimed(db, settings, executor, claim, owner, chain_until=chain_until)


def _run_claimed(
    db: Database,
    settings: Settings,
    executor: Executor,
    claim: Claim,
    owner: str,
    *,
    chain_until: float,
) -> Claim | None:
    """Run the claimed job; the next job its finish claimed for this worker, if any, until
    `chain_until` (a worker lost before it runs that one leaves a claimed job, whose lease
    expires as any other's)."""
    name = claim.name
    log.info("training job %s started (attempt %d)", name, claim.attempt)
    with LeaseKeeper(db, settings, claim, owner) as keeper:
        try:
            outcome = _train(db, settings, claim, owner, keeper)
        except (SystemExit, KeyboardInterrupt):
            # A shutdown is not the job's failure: hand it back to run again.
            retrying(lambda: runs.release(db, claim, owner), what=name)
            raise
        except Exception as error:  # openamt's own failure, not the user's: retryable
            log.exception("training job %s: internal error", name)
            outcome = Outcome.failed(FailureKind.RETRYABLE, f"InternalServerError: {error}")
        keeper.start()  # started by _train once it trained; else now: the end is kept too
        take_next = time.monotonic() < chain_until
        ended = partial(
            runs.finish, db, settings, executor, claim, owner, outcome, take_next=take_next
        )
        next_claim = retrying(ended, what=name)
    log.info("training job %s ended %s", name, outcome.status)
    return next_claim


def _train(
    db: Database, settings: Settings, claim: Claim, owner: str, keeper: LeaseKeeper
) -> Outcome:
    try:
        backend = container.backend_of(claim, settings)  # once: it may ask the Docker engine
    except (storage.StorageError, script.ScriptError) as error:
        return _client_error(error)
    job_dir = settings.jobs_dir / claim.name
    if not _hosted(settings, claim, backend):
        script_host.remove(job_dir)  # a last attempt's, or its link to a lost worker's slot
        job_dir.mkdir(parents=True)
        return _train_in(db, settings, claim, owner, keeper, backend, job_dir)
    # Laid out in the worker's slot, which a script host's sandbox shows at /opt/ml; the job's
    # directory gets it all once the job has ended.
    slot = script_host.slot(settings)
    script_host.move_in(slot, job_dir)
    try:
        return _train_in(db, settings, claim, owner, keeper, backend, slot)
    finally:
        script_host.move_out(slot, job_dir)


def _hosted(settings: Settings, claim: Claim, backend: Backend) -> bool:
    """Whether the job runs in this worker's script host (workers/script_host.py): a Python
    script's, or the built-in XGBoost's in that host's sandbox."""
    if not sandbox.enabled(settings):
        return False
    if backend is Backend.BUILTIN_XGBOOST:
        return True
    algorithm = claim.spec.get("AlgorithmSpecification") or {}
    return (
        backend is Backend.SCRIPT
        and settings.warm_scripts
        and not algorithm.get("ContainerEntrypoint")
    )


def _train_in(
    db: Database,
    settings: Settings,
    claim: Claim,
    owner: str,
    keeper: LeaseKeeper,
    backend: Backend,
    job_dir: Path,
) -> Outcome:
    settings.logs_dir.mkdir(parents=True, exist_ok=True)
    plan = spot_capacity.plan_for(claim.spec, job_dir, settings)
    watch = Watch(rules=RuleWatcher.of(claim.name, claim.spec))
    volume = Volume.of(claim.spec, job_dir)
    began = time.monotonic()
    training_seconds = 0.0
    interruptions = claim.interruptions
    # The claim's lease is fresh: renewed only if laying out the channels outlasts a heartbeat.
    # The thread ends with the block, before anything forks the worker.
    try:
        with LeaseKeeper(db, settings, claim, owner, at_once=False) as downloading:
            downloading.start()
            ctx = _context(settings, claim, job_dir, plan, backend)
    except (storage.StorageError, script.ScriptError) as error:
        return _client_error(error)
    while True:  # one pass, or one per spot interruption
        try:
            spot_capacity.restore(plan, settings)
            process = _start(settings, claim, ctx, backend)
        except (storage.StorageError, script.ScriptError) as error:
            return _client_error(error)
        watch.stop_cause = None
        limits = AttemptLimits(
            runtime_used=training_seconds,
            interrupt_after=plan.interruption_after(
                interruptions + 1, settings.spot_interruption_seed
            ),
            wait_deadline=began + plan.max_wait_seconds if plan.max_wait_seconds else None,
            volume=volume,
        )
        attempt_began = time.monotonic()
        try:
            started = partial(runs.mark_training, db, settings, claim, owner, process.pid)
            retrying(started, what=claim.name)
            log_path = settings.logs_dir / f"{claim.name}.log"
            with JobLog(log_path, settings.max_log_bytes) as log_file:
                watch_output(db, settings, claim, owner, process, watch, log_file, limits)
        except BaseException:
            # A crash or SIGTERM of the worker, or a start it could not record: nothing of
            # the training outlives it.
            process.kill()
            raise
        code = process.wait()
        training_seconds += time.monotonic() - attempt_began
        if ctx.private_opt_ml:
            config = job_dir / "input" / "config"  # rewritten by the next attempt
            touched = (ctx.model_dir, ctx.output_dir, job_dir / "model.tar.gz", config)
            sandbox.disarm(job_dir, touched, rewritten=plan.checkpoint_dir)
        if watch.stop_cause != StopCause.INTERRUPTED:
            break
        # A reclaimed spot instance: keep what the script checkpointed and start again.
        interruptions += 1
        spot_capacity.save(plan, settings)
        retrying(partial(runs.mark_interrupted, db, claim, owner, interruptions), what=claim.name)
    keeper.start()  # no training runs from here on: the lease is kept until the end is recorded
    spot_capacity.save(plan, settings)
    retrying(lambda: runs.flush_points(db, claim, watch.pending_points), what=claim.name)
    ran = Outcome(
        TrainingJobStatus.COMPLETED,
        objective=watch.objective,
        final_metrics=[
            {"MetricName": metric, "Value": value, "Timestamp": stamp.isoformat()}
            for metric, (value, stamp) in watch.last.items()
        ],
        training_seconds=training_seconds,
        billable_seconds=spot_capacity.billable_seconds(
            training_seconds, spot=plan.enabled, settings=settings
        ),
        interruptions=interruptions,
    )
    if watch.stop_cause is StopCause.VOLUME_FULL and volume is not None:
        return _failed(ran, volume.full_reason)  # as a job whose disk is full: no model
    if watch.stop_cause is not None:
        ended = replace(
            ran,
            status=TrainingJobStatus.STOPPED,
            early_stopped=watch.stop_cause.early_stopped,
            secondary_status=watch.stop_cause.secondary_status,
        )
    elif code != 0:
        reason = _failure_reason(ctx, list(watch.tail), code, _process_cap(settings, ctx))
        return _failed(ran, reason)
    else:
        ended = ran
        retrying(lambda: runs.mark_uploading(db, claim, owner), what=claim.name)
    try:
        artifacts = _upload_model(settings, claim, ctx)
    except storage.StorageError as error:  # the user's output path (a missing bucket, a refusal)
        return _failed(ended, f"ClientError: {error}")
    return replace(ended, model_artifacts=artifacts)


def _failed(ran: Outcome, reason: str) -> Outcome:
    return replace(
        ran,
        status=TrainingJobStatus.FAILED,
        failure_kind=FailureKind.NON_RETRYABLE,
        failure_reason=reason[:1024],
    )


def _client_error(error: Exception) -> Outcome:
    return Outcome.failed(FailureKind.NON_RETRYABLE, f"ClientError: {error}")


def _context(
    settings: Settings,
    claim: Claim,
    job_dir: Path,
    plan: spot_capacity.SpotPlan,
    backend: Backend,
) -> TrainingContext:
    channels: dict[str, Path] = {}
    content_types: dict[str, str | None] = {}
    for channel in claim.spec.get("InputDataConfig", []):
        channel_name = channel["ChannelName"]
        source = channel["DataSource"].get("S3DataSource")
        if source is None:
            raise storage.StorageError(f"channel {channel_name}: only S3DataSource is supported")
        channels[channel_name] = storage.materialize_channel(
            source["S3Uri"], job_dir / "input" / "data" / channel_name, settings
        )
        content_types[channel_name] = channel.get("ContentType")
    # A container sees its /opt/ml as a sandboxed script or built-in XGBoost does.
    private_opt_ml = backend is Backend.CONTAINER or sandbox.enabled(settings)
    return TrainingContext(
        job_name=claim.name,
        job_arn=claim.arn,
        hyperparameters=claim.hyperparameters,
        channels=channels,
        content_types=content_types,
        job_dir=job_dir,
        environment=_environment(claim, plan, job_dir, private_opt_ml=private_opt_ml),
        num_cpus=claim.num_cpus,
        private_opt_ml=private_opt_ml,
    )


def _environment(
    claim: Claim, plan: spot_capacity.SpotPlan, job_dir: Path, *, private_opt_ml: bool
) -> dict[str, str]:
    """The request's Environment; for a job with checkpoints, SM_CHECKPOINT_DIR names where
    /opt/ml/checkpoints (LocalPath) is laid out (openamt's addition, for a job without its own
    /opt/ml; in a sandbox it names the /opt/ml path)."""
    environment = dict(claim.spec.get("Environment") or {})
    if plan.checkpoint_dir is not None:
        shown = (
            sandbox.seen_path(job_dir, plan.checkpoint_dir)
            if private_opt_ml
            else str(plan.checkpoint_dir)
        )
        environment.setdefault("SM_CHECKPOINT_DIR", shown)
    return environment


def _start(
    settings: Settings, claim: Claim, ctx: TrainingContext, backend: Backend
) -> TrainingProcess:
    limits = ResourceLimits.from_settings(settings)
    if claim.builtin_xgboost:
        if ctx.private_opt_ml:
            return script_host.train_builtin(settings, claim, ctx, limits)
        if settings.warm_training:
            return training_host.start(ctx, limits)
        xgboost_builtin.preload(ctx)
        return ForkedTraining(
            xgboost_builtin.train, ctx, failure_file=ctx.failure_file, limits=limits
        )
    if backend is Backend.CONTAINER:
        return container.start(settings, claim, ctx)
    return _start_script(settings, claim, ctx, limits)


def _start_script(
    settings: Settings, claim: Claim, ctx: TrainingContext, limits: ResourceLimits
) -> TrainingProcess:
    """The user's script (or ContainerEntrypoint) in its sandbox, as a user of its own where
    openamt runs as root; unsandboxed only where the operator turned the sandbox off."""
    refused = sandbox.refusal(settings)
    if refused is not None:
        raise script.ScriptError(refused)
    isolated = bool(claim.spec.get("EnableNetworkIsolation"))
    if isolated and not ctx.private_opt_ml:
        raise script.ScriptError(
            "EnableNetworkIsolation: this worker runs script-mode jobs without a sandbox "
            "(OPENAMT_SANDBOX=off), so it cannot cut a job off from the network"
        )
    algorithm = claim.spec.get("AlgorithmSpecification") or {}
    entrypoint = algorithm.get("ContainerEntrypoint")
    if entrypoint:
        arguments = list(algorithm.get("ContainerArguments") or [])
        command = script.prepare_entrypoint(ctx, settings, list(entrypoint), arguments)
    else:
        command = script.prepare_script(ctx, settings)
    if not ctx.private_opt_ml:
        return ScriptTraining(command.argv, env=command.env, cwd=command.cwd, limits=limits)
    if script_host.is_slot(ctx.job_dir) and script_host.hosts(command):
        return script_host.start(settings, claim, ctx, command, limits)
    # Its user (where openamt runs as root) is released by the training's wait(); the job's
    # directory, laid out (and restored) by root, is the job's own from now on.
    box = sandbox.for_job(settings, ctx.job_dir, owned=[ctx.job_dir], isolate_network=isolated)
    limits = limits.in_sandbox(box, settings)
    try:
        return ScriptTraining(
            command.argv, env=command.env, cwd=command.cwd, limits=limits, sandbox=box
        )
    except BaseException:
        if box.user is not None:
            box.user.release()
        raise


def _process_cap(settings: Settings, ctx: TrainingContext) -> int:
    """How many processes the job could run at once (0: any number)."""
    if ctx.private_opt_ml and sandbox.runs_as_root():
        return settings.training_max_processes
    return 0


# What a fork or a thread start refused by RLIMIT_NPROC prints: EAGAIN's text, or Python's.
_CAP_HIT = ("Resource temporarily unavailable", "can't start new thread")


def _failure_reason(ctx: TrainingContext, tail: list[str], code: int, process_cap: int) -> str:
    reason = script.failure_reason(ctx, tail, code)
    if code < 0:
        reason = f"AlgorithmError: killed by signal {-code}. {reason}"
    if process_cap and any(hit in line for line in tail for hit in _CAP_HIT):
        reason = (
            "AlgorithmError: a process or thread could not start: a training job may run "
            f"{process_cap} at once (OPENAMT_TRAINING_MAX_PROCESSES). {reason}"
        )
    return reason


def _upload_model(settings: Settings, claim: Claim, ctx: TrainingContext) -> str | None:
    model_dir = ctx.model_dir
    if not model_dir.is_dir() or not any(model_dir.iterdir()):
        return None
    output_path = claim.spec["OutputDataConfig"]["S3OutputPath"]
    if claim.spec["OutputDataConfig"].get("CompressionType") == "NONE":
        # As AWS does: the model directory's files as they are, under output/model/.
        prefix = storage.join_uri(output_path, claim.name, "output", "model")
        for path in sorted(model_dir.rglob("*")):
            if path.is_file() and not path.is_symlink():
                relative = path.relative_to(model_dir).as_posix()
                storage.upload_file(path, storage.join_uri(prefix, relative), settings)
        return prefix + "/"
    archive = ctx.job_dir / "model.tar.gz"
    # gzip's default level 6: level 9 (tarfile's default) costs ~8x the time for ~3% less.
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for item in sorted(model_dir.iterdir()):
            tar.add(item, arcname=item.name)
    uri = storage.join_uri(output_path, claim.name, "output", "model.tar.gz")
    storage.upload_file(archive, uri, settings)
    return uri
