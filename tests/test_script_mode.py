from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from app.config import Settings
from app.training.metrics import MetricParser
from workers.algorithms.base import MetricDefinition, TrainingContext
from workers.algorithms.script import ScriptCommand, ScriptError, failure_reason, prepare_script

TRAIN_PY = """\
import argparse, json, os, pathlib, sys

parser = argparse.ArgumentParser()
parser.add_argument("--max-depth", type=int)
parser.add_argument("--learning-rate", type=float)
parser.add_argument("--optimizer")
parser.add_argument("--use_gpu")
parser.add_argument("-e", type=int)
args = parser.parse_args()

pathlib.Path("touched.txt").write_text("the script may write its own copy")
pathlib.Path(os.environ["SM_MODEL_DIR"], "model.txt").write_text(str(args.max_depth))
print("SM_CURRENT_HOST=" + os.environ["SM_CURRENT_HOST"])
print("validation:accuracy=0.8")
print("REPORT " + json.dumps({
    "argv": sys.argv,
    "args": vars(args),
    "train": sorted(os.listdir(os.environ["SM_CHANNEL_TRAIN"])),
    "secret": os.environ.get("OPENAMT_SECRET_TEST"),
    "cwd": os.getcwd(),
}))
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def source_dir(tmp_path: Path) -> Path:
    source = tmp_path / "src"
    source.mkdir()
    (source / "train.py").write_text(TRAIN_PY)
    return source


def _context(tmp_path: Path, hyperparameters: dict[str, str], **kwargs: object) -> TrainingContext:
    job_dir = tmp_path / "jobs" / "job-1"
    train = tmp_path / "datasets" / "train"
    train.mkdir(parents=True, exist_ok=True)
    (train / "part-0.csv").write_text("1,2\n")
    validation = job_dir / "input" / "data" / "validation"  # already where /opt/ml puts it
    validation.mkdir(parents=True, exist_ok=True)
    return TrainingContext(
        job_name="job-1",
        job_arn="arn:aws:sagemaker:us-east-1:123456789012:training-job/job-1",
        hyperparameters=hyperparameters,
        channels={"train": train, "validation": validation},
        content_types={"train": "text/csv", "validation": None},
        job_dir=job_dir,
        **kwargs,  # type: ignore[arg-type]
    )


def _hyperparameters(submit: str, program: str = "train.py") -> dict[str, str]:
    # As the SageMaker Python SDK sends them: every value JSON-encoded.
    return {
        "max-depth": "5",
        "learning-rate": "0.1",
        "optimizer": '"adam"',
        "use_gpu": "true",
        "e": "3",
        "sagemaker_program": json.dumps(program),
        "sagemaker_submit_directory": json.dumps(submit),
        "sagemaker_region": '"us-east-1"',
        "sagemaker_estimator_class_name": '"PyTorch"',
        "_tuning_objective_metric": "validation:accuracy",
    }


def _run(command: ScriptCommand) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command.argv,
        env=command.env,
        cwd=command.cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _report(stdout: str) -> dict:
    (line,) = [line for line in stdout.splitlines() if line.startswith("REPORT ")]
    return json.loads(line[len("REPORT ") :])


def test_script_runs_with_toolkit_arguments_and_scrubbed_environment(
    tmp_path: Path, settings: Settings, source_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAMT_SECRET_TEST", "hunter2")
    ctx = _context(
        tmp_path,
        _hyperparameters(str(source_dir)),
        environment={"MY_FLAG": "on", "OMP_NUM_THREADS": "7"},
        num_cpus=2,
    )

    command = prepare_script(ctx, settings)
    result = _run(command)

    assert result.returncode == 0, result.stderr
    user_args = [
        "-e", "3",
        "--learning-rate", "0.1",
        "--max-depth", "5",
        "--optimizer", "adam",
        "--use_gpu", "True",  # str(True), as the toolkit renders booleans
    ]  # fmt: skip
    assert command.argv == [sys.executable, "train.py", *user_args]
    assert command.cwd == ctx.job_dir / "code"

    report = _report(result.stdout)
    assert report["argv"] == ["train.py", *user_args]
    assert report["args"]["max_depth"] == 5 and report["args"]["learning_rate"] == 0.1
    assert report["train"] == ["part-0.csv"]
    assert report["secret"] is None
    assert "OPENAMT_SECRET_TEST" not in command.env

    parser = MetricParser([MetricDefinition("validation:accuracy", r"validation:accuracy=(\S+)")])
    metrics = [m for line in result.stdout.splitlines() for m in parser.parse(line)]
    assert metrics == [("validation:accuracy", 0.8)]

    # The code is a private copy: the script wrote into it, not into the source.
    assert (ctx.job_dir / "code" / "touched.txt").exists()
    assert not (source_dir / "touched.txt").exists()
    assert (ctx.model_dir / "model.txt").read_text() == "5"


def test_environment_carries_the_toolkit_variables(
    tmp_path: Path, settings: Settings, source_dir: Path
) -> None:
    ctx = _context(
        tmp_path,
        _hyperparameters(f"file://{source_dir}"),
        environment={"MY_FLAG": "on", "OMP_NUM_THREADS": "7"},
        num_cpus=2,
    )
    env = prepare_script(ctx, settings).env
    data = ctx.job_dir / "input" / "data"

    assert set(env) >= {"PATH", "HOME", "LANG", "LC_ALL", "PYTHONUNBUFFERED"}
    assert not [k for k in env if k.startswith("OPENAMT_")]
    assert env["HOME"] == str(ctx.job_dir)
    assert env["PYTHONUNBUFFERED"] == env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert env["SM_MODEL_DIR"] == str(ctx.model_dir)
    assert env["SM_CHANNELS"] == '["train","validation"]'
    assert env["SM_CHANNEL_TRAIN"] == str(data / "train")
    assert env["SM_CHANNEL_VALIDATION"] == str(data / "validation")
    assert (data / "train").resolve() == ctx.channels["train"].resolve()
    assert json.loads(env["SM_HPS"]) == {
        "e": 3,
        "learning-rate": 0.1,
        "max-depth": 5,
        "optimizer": "adam",
        "use_gpu": True,
    }
    assert env["SM_HP_MAX-DEPTH"] == "5"
    assert env["SM_HP_OPTIMIZER"] == "adam"  # strings as they are
    assert env["SM_HP_USE_GPU"] == "true"  # the rest as JSON
    assert "SM_HP_SAGEMAKER_PROGRAM" not in env and "SM_HP__TUNING_OBJECTIVE_METRIC" not in env
    assert json.loads(env["SM_USER_ARGS"])[:2] == ["-e", "3"]
    assert json.loads(env["SM_FRAMEWORK_PARAMS"]) == {"sagemaker_estimator_class_name": "PyTorch"}
    assert env["SM_OUTPUT_DATA_DIR"] == str(ctx.output_dir / "data")
    assert env["SM_OUTPUT_DIR"] == str(ctx.output_dir)
    assert env["SM_INPUT_DIR"] == str(ctx.job_dir / "input")
    assert env["SM_INPUT_CONFIG_DIR"] == str(ctx.job_dir / "input" / "config")
    assert env["SM_NUM_CPUS"] == "2" and env["SM_NUM_GPUS"] == "0"
    assert env["SM_HOSTS"] == '["algo-1"]' and env["SM_CURRENT_HOST"] == "algo-1"
    assert env["SM_MODULE_NAME"] == "train"
    assert env["SM_MODULE_DIR"] == f"file://{source_dir}"
    training_env = json.loads(env["SM_TRAINING_ENV"])
    assert training_env["hyperparameters"]["max-depth"] == 5
    assert training_env["channel_input_dirs"]["train"] == str(data / "train")
    assert training_env["job_name"] == "job-1"
    assert env["TRAINING_JOB_NAME"] == "job-1"
    assert env["TRAINING_JOB_ARN"] == ctx.job_arn
    assert env["MY_FLAG"] == "on"
    assert env["OMP_NUM_THREADS"] == "7"  # the request's Environment comes last


def test_opt_ml_layout(tmp_path: Path, settings: Settings, source_dir: Path) -> None:
    hyperparameters = _hyperparameters(str(source_dir))
    ctx = _context(tmp_path, hyperparameters)
    ctx.output_dir.mkdir(parents=True)
    ctx.failure_file.write_text("from an earlier attempt")
    prepare_script(ctx, settings)

    config = ctx.job_dir / "input" / "config"
    assert json.loads((config / "hyperparameters.json").read_text()) == hyperparameters
    assert json.loads((config / "inputdataconfig.json").read_text()) == {
        "train": {
            "ContentType": "text/csv",
            "RecordWrapperType": "None",
            "S3DistributionType": "FullyReplicated",
            "TrainingInputMode": "File",
        },
        "validation": {
            "RecordWrapperType": "None",
            "S3DistributionType": "FullyReplicated",
            "TrainingInputMode": "File",
        },
    }
    resources = json.loads((config / "resourceconfig.json").read_text())
    assert resources["current_host"] == "algo-1" and resources["hosts"] == ["algo-1"]
    assert ctx.model_dir.is_dir() and (ctx.output_dir / "data").is_dir()
    assert not ctx.failure_file.exists()


def _tarball(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _file(name: str, text: str) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.mode = 0o644
    return info, text.encode()


def _link(name: str, target: str, kind: bytes = tarfile.SYMTYPE) -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info, None


def test_sourcedir_tarball_from_s3_store(tmp_path: Path, settings: Settings) -> None:
    _tarball(
        settings.local_s3_dir / "bucket" / "job-1" / "source" / "sourcedir.tar.gz",
        [_file("train.py", TRAIN_PY), _file("lib/helper.py", "X = 1\n"), _link("h", "lib")],
    )
    ctx = _context(tmp_path, _hyperparameters("s3://bucket/job-1/source/sourcedir.tar.gz"))
    command = prepare_script(ctx, settings)
    assert (command.cwd / "lib" / "helper.py").read_text() == "X = 1\n"
    assert _run(command).returncode == 0


@pytest.mark.parametrize(
    "members",
    [
        [_file("../evil.py", "boom")],
        [_file("/tmp/openamt-evil.py", "boom")],
        [_link("escape", "../../outside")],
        [_link("escape", "/etc")],
        [_link("hard", "../outside", tarfile.LNKTYPE)],
        # Each link looks harmless alone; together they reach out of the code directory.
        [_link("a/b/up", "../.."), _link("a/b/up/out", "../../outside")],
    ],
    ids=["dotdot", "absolute", "symlink", "absolute-symlink", "hardlink", "link-chain"],
)
def test_unsafe_tarball_members_are_refused(
    tmp_path: Path, settings: Settings, members: list[tuple[tarfile.TarInfo, bytes | None]]
) -> None:
    archive = _tarball(tmp_path / "up" / "evil.tar.gz", [_file("train.py", TRAIN_PY), *members])
    ctx = _context(tmp_path, _hyperparameters(str(archive)))

    with pytest.raises(ScriptError, match="Refusing"):
        prepare_script(ctx, settings)
    assert not (ctx.job_dir / "code").exists()
    assert not (tmp_path / "jobs" / "outside").exists()
    assert not Path("/tmp/openamt-evil.py").exists()


def test_shell_entry_point(tmp_path: Path, settings: Settings) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "run.sh").write_text('echo "args:$*" host:$SM_CURRENT_HOST\npython -c "print(1)"\n')
    ctx = _context(tmp_path, {**_hyperparameters(str(source), "run.sh")})
    command = prepare_script(ctx, settings)
    assert command.argv[:2] == ["/bin/sh", "run.sh"]
    result = _run(command)
    assert result.returncode == 0, result.stderr
    assert "args:-e 3 --learning-rate 0.1" in result.stdout
    assert "host:algo-1" in result.stdout


@pytest.mark.parametrize(
    ("hyperparameters", "message"),
    [
        ({"sagemaker_submit_directory": '"/nowhere"'}, "sagemaker_program"),
        ({"sagemaker_program": '"train.py"'}, "sagemaker_submit_directory"),
        ({"sagemaker_program": '"missing.py"', "sagemaker_submit_directory": "SRC"}, "not found"),
        ({"sagemaker_program": '"../x.py"', "sagemaker_submit_directory": "SRC"}, "outside"),
        ({"sagemaker_program": '"t.py"', "sagemaker_submit_directory": "MISSING"}, "not found"),
        ({"sagemaker_program": '"t.py"', "sagemaker_submit_directory": '"/no/such"'}, "outside"),
        ({"sagemaker_program": '"t.py"', "sagemaker_submit_directory": '"s3://b/x"'}, "not found"),
    ],
)
def test_unusable_requests_are_script_errors(
    tmp_path: Path,
    settings: Settings,
    source_dir: Path,
    hyperparameters: dict[str, str],
    message: str,
) -> None:
    hyperparameters = dict(hyperparameters)
    if hyperparameters.get("sagemaker_submit_directory") == "SRC":
        hyperparameters["sagemaker_submit_directory"] = json.dumps(str(source_dir))
    if hyperparameters.get("sagemaker_submit_directory") == "MISSING":
        hyperparameters["sagemaker_submit_directory"] = json.dumps(str(tmp_path / "no-such"))
    with pytest.raises(ScriptError, match=message):
        prepare_script(_context(tmp_path, hyperparameters), settings)


def test_failure_file_is_the_failure_reason(
    tmp_path: Path, settings: Settings, source_dir: Path
) -> None:
    (source_dir / "fail.py").write_text(
        "import os, pathlib, sys\n"
        "print('some progress')\n"
        "pathlib.Path(os.environ['SM_OUTPUT_DIR'], 'failure').write_text('E' * 2000)\n"
        "sys.exit(3)\n"
    )
    ctx = _context(tmp_path, _hyperparameters(str(source_dir), "fail.py"))
    result = _run(prepare_script(ctx, settings))
    assert result.returncode == 3
    assert failure_reason(ctx, result.stdout.splitlines()) == "E" * 1024


def test_without_failure_file_the_output_tail_is_the_reason(tmp_path: Path) -> None:
    ctx = _context(tmp_path, {})
    lines = [f"line {i}" for i in range(500)] + ["ValueError: bad input", ""]
    reason = failure_reason(ctx, lines)
    assert len(reason) <= 1024
    assert reason.endswith("ValueError: bad input")
    assert failure_reason(ctx, ["Traceback", "KeyError: 'x'"]) == "Traceback\nKeyError: 'x'"
    assert failure_reason(ctx, [])  # never empty


def test_failure_file_through_a_symlink_is_not_read(tmp_path: Path) -> None:
    ctx = _context(tmp_path, {})
    secret = tmp_path / "secret.txt"
    secret.write_text("do not show")
    ctx.output_dir.mkdir(parents=True)
    ctx.failure_file.symlink_to(secret)
    assert failure_reason(ctx, ["oops"]) == "oops"
