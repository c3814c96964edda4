"""Hostile input is refused without harm: huge and deep bodies, paths outside the allowed
roots, archives that escape, training code that grabs memory, floods its log or feeds a
catastrophic-backtracking metric regex.

One real `openamt serve` whose OPENAMT_ALLOWED_PATHS is a single directory (`root`), with a
512 MiB address-space limit and a 64 KiB log limit per training job.
"""

from __future__ import annotations

import io
import json
import resource
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app import storage
from app.config import Settings
from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for, with_changes
from tests.support.servers import Server
from workers.process import ForkedTraining, ResourceLimits

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

JOBS = "/v1/hyper-parameter-tuning-jobs"
AWS_JSON = "application/x-amz-json-1.1"
MEMORY_MB = 512
LOG_BYTES = 64 * 1024
STATIC = "TrainingJobDefinition.StaticHyperParameters"


@dataclass
class Hostile:
    server: Server
    root: Path  # the only allowed root
    outside: Path  # a directory outside it

    def code(self, name: str, source: str, *, under: Path | None = None) -> Path:
        return scripts.write_script((under or self.root) / unique(name), source)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    root = tmp_path_factory.mktemp("allowed")
    outside = tmp_path_factory.mktemp("outside")
    env = {
        "OPENAMT_ALLOWED_PATHS": str(root),
        "OPENAMT_TRAINING_MEMORY_MB": str(MEMORY_MB),
        "OPENAMT_MAX_LOG_BYTES": str(LOG_BYTES),
    }
    server = Server(tmp_path_factory.mktemp("hostile") / "data", workers=2, env=env).start()
    yield Hostile(server, root, outside)
    server.stop()


@pytest.fixture
def client(hostile: Hostile) -> Iterator[httpx.Client]:
    with hostile.server.client() as http:
        yield http


def assert_error(response: httpx.Response, status: int, code: str, *fragments: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"__type", "message"}, body
    assert body["__type"] == code, body
    for fragment in fragments:
        assert fragment in body["message"], body


def aws(client: httpx.Client, body: bytes | Iterator[bytes]) -> httpx.Response:
    headers = {"X-Amz-Target": "SageMaker.CreateHyperParameterTuningJob", "Content-Type": AWS_JSON}
    return client.post("/", content=body, headers=headers)


def one_training_job(client: httpx.Client, name: str) -> dict[str, Any]:
    wait_for(client, name)
    job_name = training_jobs(client, name)[0]["TrainingJobName"]
    job: dict[str, Any] = client.get(f"/v1/training-jobs/{job_name}").json()
    return job


# --- bodies ----------------------------------------------------------------------------------


def test_an_oversized_body_is_refused_with_413(client: httpx.Client, tmp_path: Path) -> None:
    body = json.dumps(script_job("big", tmp_path, static={"padding": "x" * (1024 * 1024)}))
    response = client.post(JOBS, content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 413, "RequestEntityTooLargeException", "1048576 bytes")
    assert_error(aws(client, body.encode()), 413, "RequestEntityTooLargeException")

    # A chunked body declares no length: it is counted while it is read.
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b" " * 65536

    response = client.post(JOBS, content=chunks(), headers={"Content-Type": "application/json"})
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "RequestEntityTooLargeException")
    assert client.get("/healthz").status_code == 200


def test_deeply_nested_json_is_refused_before_parsing(client: httpx.Client) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    for response in (
        client.post(JOBS, content=deep, headers={"Content-Type": "application/json"}),
        aws(client, deep),
        aws(client, b'{"HyperParameterTuningJobName": ' + b'{"a": ' * 40 + b"1" + b"}" * 41),
    ):
        assert_error(response, 400, "ValidationException", "nested deeper than 32 levels")
    # Brackets inside strings are text, not nesting.
    text = json.dumps({"HyperParameterTuningJobName": "[" * 1000})
    response = client.post(JOBS, content=text, headers={"Content-Type": "application/json"})
    assert_error(response, 400, "ValidationException")
    assert "nested deeper" not in response.json()["message"]
    assert client.get("/healthz").status_code == 200


# --- paths -----------------------------------------------------------------------------------


def test_a_submit_directory_outside_the_allowed_roots_is_refused_at_create(
    client: httpx.Client, hostile: Hostile
) -> None:
    outside = hostile.code("code", scripts.EPOCHS, under=hostile.outside)
    link = hostile.root / unique("link-out")
    link.symlink_to(outside, target_is_directory=True)  # inside the root, pointing out
    escapes = f"file://{hostile.root}/../{outside.name}"
    for submit in (f"file://{outside}", json.dumps(f"file://{outside}"), str(outside), escapes,
                   f"file://{link}", "/etc"):  # fmt: skip
        body = with_changes(
            script_job(unique("outside"), hostile.root),
            f"{STATIC}.sagemaker_submit_directory",
            submit,
        )
        response = client.post(JOBS, json=body)
        assert_error(
            response,
            400,
            "ValidationException",
            f"{STATIC}.sagemaker_submit_directory",
            "OPENAMT_ALLOWED_PATHS",
        )
        assert client.get(f"{JOBS}/{body['HyperParameterTuningJobName']}").status_code == 404


def test_file_channels_and_output_paths_outside_the_allowed_roots_are_refused(
    client: httpx.Client, hostile: Hostile
) -> None:
    code = hostile.code("code", scripts.EPOCHS)
    channel = "TrainingJobDefinition.InputDataConfig.0.DataSource.S3DataSource.S3Uri"
    for path, uri in (
        (channel, f"file://{hostile.outside}"),
        (channel, "file:///etc"),
        ("TrainingJobDefinition.OutputDataConfig.S3OutputPath", f"file://{hostile.outside}/out"),
    ):
        body = with_changes(script_job(unique("channel"), code), path, uri)
        field = path.replace(".0.", "[0].")
        assert_error(client.post(JOBS, json=body), 400, "ValidationException", field)

    # Inside the root, the same job is accepted and runs.
    (hostile.root / "train").mkdir(exist_ok=True)
    (hostile.root / "train" / "data.csv").write_text("1,2\n")
    body = with_changes(script_job(unique("inside"), code, max_jobs=1, parallel=1), channel,
                        f"file://{hostile.root}/train")  # fmt: skip
    body = with_changes(
        body, "TrainingJobDefinition.OutputDataConfig.S3OutputPath", f"file://{hostile.root}/out"
    )
    assert wait_for(client, create(client, body))["HyperParameterTuningJobStatus"] == "Completed"


def test_the_runner_checks_paths_again_with_links_resolved(tmp_path: Path) -> None:
    """At run time (app/storage.py) as at create: a link swapped after create is caught."""
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    settings = Settings(data_dir=root / "data", allowed_paths=[root])
    link = root / "data-link"
    link.symlink_to(outside, target_is_directory=True)
    for uri in (f"file://{link}", str(outside), f"file://{root}/../outside", "/etc/passwd"):
        with pytest.raises(storage.StorageError, match="OPENAMT_ALLOWED_PATHS"):
            storage.local_path_for(uri, settings)
    with pytest.raises(storage.StorageError, match="OPENAMT_ALLOWED_PATHS"):
        storage.upload_file(tmp_path / "x", f"file://{link}/model.tar.gz", settings)
    assert storage.local_path_for(f"file://{root}/in", settings) == root / "in"


def test_a_tarball_escaping_its_directory_is_refused(
    client: httpx.Client, hostile: Hostile
) -> None:
    source = hostile.root / unique("escape")
    source.mkdir()
    archive = source / "sourcedir.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for member_name in ("train.py", "../escaped.py"):
            data = b"print('validation:accuracy=0.5')\n"
            member = tarfile.TarInfo(member_name)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    body = script_job(unique("tarball"), source, max_jobs=1, parallel=1)
    body["TrainingJobDefinition"]["StaticHyperParameters"]["sagemaker_submit_directory"] = (
        f"file://{archive}"
    )
    job = one_training_job(client, create(client, body))
    assert job["TrainingJobStatus"] == "Failed"
    assert (
        "Refusing archive member outside the code directory: ../escaped.py"
        in (job["FailureReason"])
    )
    data_dir = hostile.server.data_dir
    assert not list(data_dir.rglob("escaped.py")) and not (data_dir.parent / "escaped.py").exists()


# --- what training code may do ---------------------------------------------------------------

LIMITS = """
import json, resource
names = ("RLIMIT_AS", "RLIMIT_NOFILE", "RLIMIT_FSIZE", "RLIMIT_CORE")
print(json.dumps({n: resource.getrlimit(getattr(resource, n)) for n in names}), flush=True)
print("validation:accuracy=0.5", flush=True)
"""

GREEDY = """
print("allocating 1 GiB", flush=True)
block = bytearray(1024 * 1024 * 1024)
print("validation:accuracy=0.9", flush=True)
"""


def test_training_processes_run_under_resource_limits(
    client: httpx.Client, hostile: Hostile
) -> None:
    code = hostile.code("limits", LIMITS)
    job = one_training_job(
        client, create(client, script_job(unique("limits"), code, max_jobs=1, parallel=1))
    )
    assert job["TrainingJobStatus"] == "Completed"
    log = client.get(f"/v1/training-jobs/{job['TrainingJobName']}/logs").text
    limits = json.loads(log.splitlines()[0])
    assert limits["RLIMIT_AS"] == [MEMORY_MB * 2**20] * 2
    assert limits["RLIMIT_NOFILE"] == [1024, 1024]
    assert limits["RLIMIT_FSIZE"] == [10240 * 2**20] * 2
    assert limits["RLIMIT_CORE"] == [0, 0]


def test_a_script_over_the_memory_limit_fails_as_its_own_job(
    client: httpx.Client, hostile: Hostile
) -> None:
    greedy = create(
        client, script_job(unique("greedy"), hostile.code("greedy", GREEDY), max_jobs=1, parallel=1)
    )
    described = wait_for(client, greedy)
    job = one_training_job(client, greedy)
    assert job["TrainingJobStatus"] == "Failed"
    assert "MemoryError" in job["FailureReason"]
    # The training's failure, not openamt's: not retryable, no InternalServerError.
    assert described["TrainingJobStatusCounters"]["NonRetryableError"] == 1
    assert "InternalServerError" not in job["FailureReason"]
    # The workers are fine: the next job runs to completion.
    healthy = create(client, script_job(unique("after"), hostile.code("ok", scripts.EPOCHS)))
    assert wait_for(client, healthy)["HyperParameterTuningJobStatus"] == "Completed"


def _report_limits(_: object) -> None:
    names = ("RLIMIT_AS", "RLIMIT_NOFILE", "RLIMIT_FSIZE", "RLIMIT_CORE")
    print(json.dumps({n: resource.getrlimit(getattr(resource, n)) for n in names}))


def _grab_memory(_: object) -> None:
    bytearray(1024 * 1024 * 1024)


def test_a_forked_training_gets_the_limits_on_top_of_what_it_starts_with(tmp_path: Path) -> None:
    """Built-in algorithms run in a fork of the worker (workers/process.py)."""
    limits = ResourceLimits(memory_mb=256, file_size_mb=5)
    child = ForkedTraining(_report_limits, None, failure_file=tmp_path / "f", limits=limits)
    reported = json.loads(list(child.lines())[0])
    assert child.wait() == 0
    space = reported["RLIMIT_AS"][0]
    # The worker's own mappings plus 256 MiB: more than 256 MiB, less than unlimited.
    assert 256 * 2**20 < space < 64 * 2**30 and reported["RLIMIT_AS"][1] == space
    assert reported["RLIMIT_FSIZE"] == [5 * 2**20] * 2
    assert reported["RLIMIT_NOFILE"] == [1024, 1024]

    greedy = ForkedTraining(_grab_memory, None, failure_file=tmp_path / "failure", limits=limits)
    list(greedy.lines())
    assert greedy.wait() == 1
    assert (tmp_path / "failure").read_text().startswith("MemoryError")


# 100 lines of 30,000 'a' and a 'b': "(a+)+$" takes exponential time on each of them in a
# backtracking engine (Python's re would not finish); RE2 scans each once.
BACKTRACKING = """
line = "a" * 30000 + "b"
for _ in range(100):
    print(line, flush=True)
print("validation:accuracy=0.75", flush=True)
"""


def test_a_catastrophic_backtracking_metric_regex_still_yields_the_objective(
    client: httpx.Client, hostile: Hostile
) -> None:
    body = script_job(unique("redos"), hostile.code("redos", BACKTRACKING), max_jobs=1, parallel=1)
    body["TrainingJobDefinition"]["AlgorithmSpecification"]["MetricDefinitions"] = [
        {"Name": "validation:accuracy", "Regex": r"validation:accuracy=([0-9\.]+)"},
        {"Name": "evil", "Regex": "(a+)+$"},
    ]
    described = wait_for(client, create(client, body), timeout=60)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"][
        "Value"
    ] == pytest.approx(0.75)


FLOOD = """
for i in range(5000):
    print(f"{i:06d} " + "x" * 93, flush=False)
print("validation:accuracy=0.6", flush=True)
"""


def test_a_job_log_stops_growing_at_max_log_bytes(client: httpx.Client, hostile: Hostile) -> None:
    body = script_job(unique("flood"), hostile.code("flood", FLOOD), max_jobs=1, parallel=1)
    described = wait_for(client, create(client, body))
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    # Metrics are still read past the limit: only the stored log is cut.
    best = described["BestTrainingJob"]
    assert best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == pytest.approx(0.6)
    log = client.get(f"/v1/training-jobs/{best['TrainingJobName']}/logs").text
    assert len(log.encode()) <= LOG_BYTES + 200
    assert log.rstrip().endswith("later output is not kept]")
    assert log.startswith("000000 ")
