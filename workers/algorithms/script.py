"""Script mode, as SageMaker's training toolkit runs a framework container's user script.

The job directory stands in for /opt/ml. The user's code is copied or extracted under it, the
script gets the toolkit's arguments and SM_* variables, and a scrubbed environment: nothing of
openamt's own environment (credentials, database URLs) reaches user code. In a sandbox
(workers/sandbox.py) the job directory is mounted at /opt/ml and every path the script is told
is SageMaker's own /opt/ml path (`ctx.private_opt_ml`); without one, the job directory's.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import storage
from workers.algorithms.base import TrainingContext

if TYPE_CHECKING:
    from app.config import Settings

HOST = "algo-1"
INSTANCE_GROUP = "homogeneousCluster"
PROGRAM = "sagemaker_program"
SUBMIT_DIRECTORY = "sagemaker_submit_directory"
# The toolkit's params.SAGEMAKER_HYPERPARAMETERS: never passed to the script nor to
# SM_FRAMEWORK_PARAMS. Other sagemaker_* keys are framework parameters.
RESERVED = frozenset(
    {
        PROGRAM,
        SUBMIT_DIRECTORY,
        "sagemaker_enable_cloudwatch_metrics",
        "sagemaker_region",
        "sagemaker_container_log_level",
        "sagemaker_job_name",
        "sagemaker_s3_output",
        "default_user_module_name",
        "_tuning_objective_metric",
    }
)
_CHANNEL_NAME = re.compile(r"[A-Za-z0-9_.\-]+")
FAILURE_REASON_LIMIT = 1024


class ScriptError(Exception):
    """The request cannot run as a script (missing program or code); a client error."""


@dataclass(frozen=True)
class ScriptCommand:
    argv: list[str]
    env: dict[str, str]
    cwd: Path


def prepare_script(ctx: TrainingContext, settings: Settings) -> ScriptCommand:
    """Lay out /opt/ml under the job directory, install the code, and say how to run it."""
    decoded = {key: _decode(value) for key, value in ctx.hyperparameters.items()}
    program = _required(decoded, ctx.environment, PROGRAM)
    submit_directory = _required(decoded, ctx.environment, SUBMIT_DIRECTORY)
    ctx.failure_file.unlink(missing_ok=True)  # only this attempt's failure counts
    code_dir = install_code(submit_directory, ctx.job_dir, settings)
    entry_point = _entry_point(code_dir, program)
    env, user_args = _lay_out(ctx, decoded, code_dir, program, submit_directory)
    argv = _command(entry_point, program, user_args, shown=ctx.seen(entry_point))
    return ScriptCommand(argv=argv, env=env, cwd=code_dir)


def prepare_entrypoint(
    ctx: TrainingContext, settings: Settings, entrypoint: list[str], arguments: list[str]
) -> ScriptCommand:
    """`AlgorithmSpecification.ContainerEntrypoint` (and ContainerArguments) as the command,
    with the same layout and variables as script mode (the code installed when the job names
    a submit directory). Paths under /opt/ml name the job directory, which stands in for it.

    Decision: a script the command runs that itself names absolute /opt/ml paths (SDK v3's
    `sm_train.sh` does) cannot find its files without a per-job /opt/ml mount: the job fails at
    once with a ClientError saying so, instead of running and failing somewhere obscure."""
    decoded = {key: _decode(value) for key, value in ctx.hyperparameters.items()}
    program = _optional(decoded, ctx.environment, PROGRAM)
    submit_directory = _optional(decoded, ctx.environment, SUBMIT_DIRECTORY)
    ctx.failure_file.unlink(missing_ok=True)
    code_dir = install_code(submit_directory, ctx.job_dir, settings) if submit_directory else None
    env, _ = _lay_out(ctx, decoded, code_dir, program, submit_directory)
    argv = [_in_job(ctx, argument) for argument in [*entrypoint, *arguments]]
    if not ctx.private_opt_ml:
        _refuse_absolute_opt_ml(ctx, argv)
    return ScriptCommand(argv=argv, env=env, cwd=code_dir or ctx.job_dir)


OPT_ML = "/opt/ml"
_SCRIPT_SCAN_BYTES = 1024 * 1024


def _in_job(ctx: TrainingContext, argument: str) -> str:
    """An /opt/ml path of the command as the job directory's path; other arguments as given."""
    if ctx.private_opt_ml or not (argument == OPT_ML or argument.startswith(OPT_ML + "/")):
        return argument
    relative = os.path.normpath(argument).removeprefix(OPT_ML).lstrip("/")
    if relative == ".." or relative.startswith("../"):
        raise ScriptError(f"ContainerEntrypoint: {argument!r} points outside /opt/ml")
    return str(ctx.job_dir / relative) if relative else str(ctx.job_dir)


def _refuse_absolute_opt_ml(ctx: TrainingContext, argv: list[str]) -> None:
    job_dir = str(ctx.job_dir)
    for argument in argv:
        path = Path(argument)
        if not argument.startswith(job_dir) or not path.is_file():
            continue
        with path.open("rb") as f:
            head = f.read(_SCRIPT_SCAN_BYTES)
        if OPT_ML.encode() in head:
            shown = OPT_ML + argument.removeprefix(job_dir)
            raise ScriptError(
                f"ContainerEntrypoint: {shown} uses absolute {OPT_ML} paths, and this job runs "
                f"without its own {OPT_ML} mount: openamt lays the job's {OPT_ML} out in a "
                "private directory that the SM_* variables name (SM_MODEL_DIR, SM_CHANNEL_<NAME>,"
                " SM_INPUT_CONFIG_DIR). Read the paths from those variables, or run the program "
                "through sagemaker_program."
            )


def _lay_out(
    ctx: TrainingContext,
    decoded: dict[str, Any],
    code_dir: Path | None,
    program: str | None,
    submit_directory: str | None,
) -> tuple[dict[str, str], list[str]]:
    """The /opt/ml directories, channels and config files; the variables and arguments the
    toolkit gives a script."""
    input_dir, config_dir = ctx.job_dir / "input", ctx.job_dir / "input" / "config"
    output_data_dir = ctx.output_dir / "data"
    intermediate_dir = ctx.output_dir / "intermediate"
    make_opt_ml(ctx)
    channel_dirs = {name: ctx.seen(Path(path)) for name, path in _link_channels(ctx).items()}

    hps = {k: v for k, v in decoded.items() if k not in RESERVED and not k.startswith("sagemaker_")}
    framework_params = {
        k: v for k, v in decoded.items() if k.startswith("sagemaker_") and k not in RESERVED
    }
    user_args = to_cmd_args(hps)
    input_data_config, resource_config = write_config(ctx, config_dir)

    module_name = None
    if program is not None:
        module_name = program[:-3] if program.endswith(".py") else program
    log_level = decoded.get("sagemaker_container_log_level", 20)
    seen = ctx.seen  # /opt/ml paths when the job has its own /opt/ml, else the job directory's
    common = {
        "model_dir": seen(ctx.model_dir),
        "input_dir": seen(input_dir),
        "input_config_dir": seen(config_dir),
        "output_dir": seen(ctx.output_dir),
        "output_data_dir": seen(output_data_dir),
        "output_intermediate_dir": seen(intermediate_dir),
        # As in the toolkit, the submit directory as given (on SageMaker an S3 URI).
        "module_dir": submit_directory,
        "current_host": HOST,
        "current_instance_type": "local",
        "current_instance_group": INSTANCE_GROUP,
        "hosts": [HOST],
        "network_interface_name": "eth0",
        "input_data_config": input_data_config,
        "resource_config": resource_config,
        "module_name": module_name,
        "user_entry_point": program,
        "framework_module": None,
        "log_level": log_level,
        "num_cpus": ctx.num_cpus,
        "num_gpus": 0,
    }
    training_env = {
        **common,
        "additional_framework_parameters": framework_params,
        "channel_input_dirs": channel_dirs,
        "hyperparameters": hps,
        "instance_groups": [INSTANCE_GROUP],
        "is_hetero": False,
        "is_master": True,
        "master_hostname": HOST,
        "job_name": ctx.job_name,
    }
    sm_values: dict[str, Any] = {
        **common,
        "hps": hps,
        "framework_params": framework_params,
        "channels": sorted(channel_dirs),
        "training_env": training_env,
        "user_args": user_args,
    }
    sm_values.update({f"channel_{name}": path for name, path in channel_dirs.items()})
    sm_values.update({f"hp_{key}": value for key, value in hps.items()})

    env = base_environment(Path(seen(ctx.job_dir)), Path(seen(code_dir or ctx.job_dir)))
    env.update(to_env_vars(sm_values))
    env.update(
        {
            "TRAINING_JOB_NAME": ctx.job_name,
            "TRAINING_JOB_ARN": ctx.job_arn,
            "OMP_NUM_THREADS": str(ctx.num_cpus),
        }
    )
    env.update(ctx.environment)
    return env, user_args


def failure_reason(ctx: TrainingContext, output_tail: list[str], code: int = 1) -> str:
    """What the training wrote to output/failure, else the end of its output, else its exit
    code (`code`); at most 1,024 chars. A script's and a container's alike."""
    failure = ctx.failure_file
    # Not through a link: the script must not make openamt read an arbitrary file for it.
    if failure.is_file() and not failure.is_symlink():
        with failure.open(encoding="utf-8", errors="replace") as f:
            text = f.read(FAILURE_REASON_LIMIT)
        if text.strip():
            return text.strip()
    tail = "\n".join(output_tail).strip()
    if not tail:
        return f"AlgorithmError: the training exited with code {code} without writing any output."
    return tail[-FAILURE_REASON_LIMIT:]


def to_cmd_args(hps: dict[str, Any]) -> list[str]:
    """The toolkit's mapping.to_cmd_args: sorted `--key value` (`-k` for one letter), str()."""
    args: list[str] = []
    for key in sorted(hps):
        value = hps[key]
        args.append(f"--{key}" if len(key) > 1 else f"-{key}")
        if isinstance(value, dict):
            args.append(",".join(f"{k}={v}" for k, v in sorted(value.items())))
        else:
            args.append("" if value is None else str(value))  # so True -> "True", as AWS does
    return args


def to_env_vars(values: dict[str, Any]) -> dict[str, str]:
    """The toolkit's mapping.to_env_vars: SM_<KEY>, strings as they are, the rest as JSON."""

    def render(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)

    return {f"SM_{key.upper()}": render(value) for key, value in values.items()}


def _decode(value: str) -> Any:
    """The SDK JSON-encodes hyperparameters; a value that is not JSON stays the string it is."""
    try:
        return json.loads(value)
    except (ValueError, TypeError):
        return value


def _optional(decoded: dict[str, Any], environment: dict[str, str], key: str) -> str | None:
    value = decoded.get(key) or _decode(environment.get(key.upper()) or "")
    return value if isinstance(value, str) and value else None


def _required(decoded: dict[str, Any], environment: dict[str, str], key: str) -> str:
    value = _optional(decoded, environment, key)
    if value is None:
        raise ScriptError(
            f"Script mode needs the hyperparameter {key} (or the environment variable "
            f"{key.upper()}); it is missing or empty."
        )
    return value


def install_code(submit_directory: str, job_dir: Path, settings: Settings) -> Path:
    """A private copy of the user's code at job_dir/code, from a directory or a .tar.gz."""
    code_dir = job_dir / "code"
    if code_dir.exists() or code_dir.is_symlink():
        _remove(code_dir)
    try:
        source = storage.local_path_for(submit_directory, settings)
        if source is None:  # remote S3: download first, then treat the copy as local
            download = job_dir / "code-download"
            _remove(download)
            storage.materialize_channel(submit_directory, download, settings)
            source = download
            if _is_tarball(submit_directory):
                source = download / submit_directory.rstrip("/").rsplit("/", 1)[-1]
    except storage.StorageError as exc:
        raise ScriptError(f"Cannot read {SUBMIT_DIRECTORY} {submit_directory}: {exc}") from exc

    if source.is_dir():
        shutil.copytree(source, code_dir, symlinks=True)
    elif source.is_file() and _is_tarball(source.name):
        code_dir.mkdir(parents=True)
        try:
            safe_extract(source, code_dir)
        except BaseException:
            _remove(code_dir)
            raise
    elif source.is_file():
        raise ScriptError(f"{SUBMIT_DIRECTORY} must be a directory or a .tar.gz: {source}")
    else:
        raise ScriptError(f"{SUBMIT_DIRECTORY} not found: {submit_directory}")
    _remove(job_dir / "code-download")
    return code_dir


def _is_tarball(name: str) -> bool:
    return name.rstrip("/").endswith((".tar.gz", ".tgz", ".tar"))


def safe_extract(archive: Path, dest: Path) -> None:
    """Extract, refusing members that would land (or point) outside `dest`."""
    try:
        with tarfile.open(archive, "r:*") as tar:
            members = tar.getmembers()
            for member in members:
                _check_member(member)
            # The "data" filter re-checks against the real paths on disk during extraction,
            # catching link chains the textual checks above cannot see.
            tar.extractall(dest, members=members, filter="data")
    except tarfile.FilterError as exc:
        raise ScriptError(f"Refusing unsafe member in {archive.name}: {exc}") from exc
    except (tarfile.TarError, OSError) as exc:
        raise ScriptError(f"Cannot extract {archive.name}: {exc}") from exc


def _check_member(member: tarfile.TarInfo) -> None:
    def escapes(path: str) -> bool:
        normal = os.path.normpath(path)
        return os.path.isabs(path) or normal == ".." or normal.startswith("../")

    if escapes(member.name):
        raise ScriptError(f"Refusing archive member outside the code directory: {member.name}")
    if member.issym() or member.islnk():
        # A symlink's target is relative to its own directory; a hard link's to the archive root.
        base = os.path.dirname(member.name) if member.issym() else ""
        if os.path.isabs(member.linkname) or escapes(os.path.join(base, member.linkname)):
            raise ScriptError(
                f"Refusing archive link pointing outside the code directory: "
                f"{member.name} -> {member.linkname}"
            )
    elif not (member.isfile() or member.isdir()):
        raise ScriptError(f"Refusing special file in archive: {member.name}")


def _entry_point(code_dir: Path, program: str) -> Path:
    entry = (code_dir / program).resolve()
    if not entry.is_relative_to(code_dir.resolve()):
        raise ScriptError(f"{PROGRAM} {program!r} points outside the code directory.")
    if not entry.is_file():
        raise ScriptError(f"Entry point {program!r} not found in {SUBMIT_DIRECTORY}.")
    return entry


def _command(entry_point: Path, program: str, user_args: list[str], *, shown: str) -> list[str]:
    # Relative to cwd (the code directory), so sys.argv[0] is what the user named.
    if program.endswith(".py"):
        return [sys.executable, program, *user_args]
    if program.endswith(".sh"):
        return ["/bin/sh", program, *user_args]
    # Like the toolkit's "chmod +x": the code is our private copy, so this is safe.
    entry_point.chmod(entry_point.stat().st_mode | stat.S_IXUSR)
    return [shown, *user_args]  # the entry point's path as the script's process sees it


def make_opt_ml(ctx: TrainingContext) -> None:
    """The directories of /opt/ml a training finds made: input/config, model, output/data and
    output/intermediate (script mode's and a container's)."""
    config_dir, output = ctx.job_dir / "input" / "config", ctx.output_dir
    for directory in (config_dir, ctx.model_dir, output / "data", output / "intermediate"):
        directory.mkdir(parents=True, exist_ok=True)


def write_config(ctx: TrainingContext, config_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """input/config/*.json as SageMaker writes them (script mode's and a container's); returns
    the data and resource configs."""
    input_data_config = {
        name: {
            **({"ContentType": ctx.content_types[name]} if ctx.content_types.get(name) else {}),
            "TrainingInputMode": "File",
            "S3DistributionType": "FullyReplicated",
            "RecordWrapperType": "None",
        }
        for name in sorted(ctx.channels)
    }
    resource_config = {
        "current_host": HOST,
        "current_instance_type": "local",
        "current_group_name": INSTANCE_GROUP,
        "hosts": [HOST],
        "instance_groups": [
            {"instance_group_name": INSTANCE_GROUP, "instance_type": "local", "hosts": [HOST]}
        ],
        "network_interface_name": "eth0",
    }
    _write_json(config_dir / "hyperparameters.json", ctx.hyperparameters)  # all, as given
    _write_json(config_dir / "inputdataconfig.json", input_data_config)
    _write_json(config_dir / "resourceconfig.json", resource_config)
    return input_data_config, resource_config


def valid_channel_name(name: str) -> bool:
    """A name that is one directory under input/data (not `.` or `..`)."""
    return bool(_CHANNEL_NAME.fullmatch(name)) and name not in (".", "..")


def _link_channels(ctx: TrainingContext) -> dict[str, str]:
    """input/data/<channel> for every channel, a link when its files live elsewhere."""
    data_dir = ctx.job_dir / "input" / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    dirs: dict[str, str] = {}
    for name, source in sorted(ctx.channels.items()):
        if not valid_channel_name(name):
            raise ScriptError(f"Invalid channel name: {name!r}")
        path = data_dir / name
        if path.absolute() == source.absolute():
            if ctx.private_opt_ml:
                _copy_if_small(path)
            dirs[name] = str(path)  # the runner already put the channel here
            continue
        if path.is_symlink():
            path.unlink()
        if not path.exists():
            path.symlink_to(source.resolve(), target_is_directory=True)
        # A runner that put something else at input/data/<name>: the channel is still `source`.
        dirs[name] = str(path if path.resolve() == source.resolve() else source)
    return dirs


# Decision: SageMaker's File mode gives every channel a writable copy (SDK v3's command does
# `chmod +x` on a file of its sm_drivers channel). openamt links a channel to the store to spare
# a copy per trial, and a sandbox shows the store read-only: a channel up to this size becomes
# the job's own copy there (a few ms); a larger one stays a read-only link.
COPIED_CHANNEL_BYTES = 16 * 1024 * 1024


def _copy_if_small(path: Path) -> None:
    """input/data/<channel> as the job's own files, if the channel is small: a link to a
    directory (a prefix), or a directory of links to files (a single object)."""
    if path.is_symlink():
        target = path.resolve()
        if target.is_dir() and _size_within(target, COPIED_CHANNEL_BYTES):
            path.unlink()
            shutil.copytree(target, path)
        return
    if not path.is_dir():
        return
    for item in path.iterdir():
        target = item.resolve()
        small = target.is_file() and target.stat().st_size <= COPIED_CHANNEL_BYTES
        if item.is_symlink() and small:
            item.unlink()
            shutil.copyfile(target, item)


def _size_within(directory: Path, limit: int) -> bool:
    total = 0
    for root, _, files in os.walk(directory):
        for file in files:
            total += os.stat(os.path.join(root, file)).st_size
            if total > limit:
                return False
    return True


def base_environment(job_dir: Path, code_dir: Path) -> dict[str, str]:
    """The only variables user code inherits: nothing else from openamt's os.environ."""
    interpreter_bin = os.path.dirname(sys.executable)
    path = os.pathsep.join(p for p in (interpreter_bin, os.environ.get("PATH", os.defpath)) if p)
    return {
        "PATH": path,  # the interpreter's bin first, so `python` in a .sh is openamt's Python
        "HOME": str(job_dir),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(code_dir),
    }


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=2, sort_keys=True), encoding="utf-8")


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)
