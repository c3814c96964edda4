"""s3:// on a real remote S3: openamt's storage with OPENAMT_S3_ENDPOINT_URL set, against
another openamt's S3 door.

Instance A is an embedded openamt whose S3 door is the remote; everything here reaches it
over HTTP through s3fs (app/storage.py), as a real S3 or MinIO would be reached. First the
storage functions on their own (a Settings pointing at A), then instance B, a whole openamt
with OPENAMT_S3_ENDPOINT_URL=A: its tuning job reads its channels from A and writes its
models to A, and B's own data directory holds none of them.
"""

from __future__ import annotations

import io
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config import Settings
from app.storage import StorageError, local_path_for, materialize_channel, upload_file
from tests.support import jobs
from tests.support.jobs import unique
from tests.support.servers import Server, aws_client

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

# What s3fs signs with (A runs without auth, so any keys do), as a user's environment has.
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "remote-test",
    "AWS_SECRET_ACCESS_KEY": "remote-test",
    "AWS_DEFAULT_REGION": "us-east-1",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Instance A: the remote S3 (it trains nothing)."""
    instance = Server(tmp_path_factory.mktemp("remote-store") / "data", workers=1).start()
    yield instance
    instance.stop()


@pytest.fixture
def s3(store: Server) -> Any:
    return aws_client(store.url, "s3")


@pytest.fixture
def bucket(s3: Any) -> str:
    name = unique("remote")
    s3.create_bucket(Bucket=name)
    return name


@pytest.fixture
def remote(store: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """This process's storage with s3:// at A."""
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    return Settings(data_dir=tmp_path / "data", s3_endpoint_url=store.url)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


# --- the storage functions against A ----------------------------------------------------------


def test_materialize_remote_prefix_downloads(
    remote: Settings, s3: Any, bucket: str, tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="data/train/a.csv", Body=b"1,2\n")
    s3.put_object(Bucket=bucket, Key="data/train/sub/b.csv", Body=b"3,4\n")
    s3.put_object(Bucket=bucket, Key="data/other/c.csv", Body=b"no\n")
    dest = tmp_path / "channel"

    assert local_path_for(f"s3://{bucket}/data/train", remote) is None
    materialize_channel(f"s3://{bucket}/data/train", dest, remote)

    assert not dest.is_symlink()  # downloaded, not linked
    assert _files(dest) == {"a.csv": b"1,2\n", "sub/b.csv": b"3,4\n"}
    assert not (remote.local_s3_dir / bucket).exists()  # nothing went to the local store


def test_materialize_remote_file_and_missing_key(
    remote: Settings, s3: Any, bucket: str, tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="code/sourcedir.tar.gz", Body=b"tar")
    materialize_channel(f"s3://{bucket}/code/sourcedir.tar.gz", tmp_path / "c", remote)
    assert _files(tmp_path / "c") == {"sourcedir.tar.gz": b"tar"}
    with pytest.raises(StorageError, match=f"No data found at s3://{bucket}/nothing"):
        materialize_channel(f"s3://{bucket}/nothing", tmp_path / "d", remote)


def test_materialize_sees_objects_uploaded_after_a_listing(
    remote: Settings, s3: Any, bucket: str, tmp_path: Path
) -> None:
    """A worker process lives for many jobs: what it listed once must not hide what is
    uploaded later (s3fs keeps listings unless told not to)."""
    s3.put_object(Bucket=bucket, Key="data/a.csv", Body=b"a")
    materialize_channel(f"s3://{bucket}/data/", tmp_path / "first", remote)
    s3.put_object(Bucket=bucket, Key="data/b.csv", Body=b"b")
    materialize_channel(f"s3://{bucket}/data/b.csv", tmp_path / "file", remote)
    materialize_channel(f"s3://{bucket}/data/", tmp_path / "again", remote)
    assert _files(tmp_path / "file") == {"b.csv": b"b"}
    assert _files(tmp_path / "again") == {"a.csv": b"a", "b.csv": b"b"}


def test_materialize_missing_bucket_is_a_storage_error(remote: Settings, tmp_path: Path) -> None:
    missing = unique("absent")
    with pytest.raises(StorageError, match=f"s3://{missing}/data/.*bucket does not exist"):
        materialize_channel(f"s3://{missing}/data/", tmp_path / "channel", remote)


def test_upload_file_remote(remote: Settings, s3: Any, bucket: str, tmp_path: Path) -> None:
    model = tmp_path / "model.tar.gz"
    model.write_bytes(b"model")
    upload_file(model, f"s3://{bucket}/job-1/model.tar.gz", remote)
    assert s3.get_object(Bucket=bucket, Key="job-1/model.tar.gz")["Body"].read() == b"model"
    assert not remote.local_s3_dir.exists()
    with pytest.raises(StorageError, match="names no object"):
        upload_file(model, f"s3://{bucket}/prefix/", remote)
    missing = unique("absent")
    with pytest.raises(StorageError, match="bucket does not exist"):
        upload_file(model, f"s3://{missing}/job-1/model.tar.gz", remote)


# --- a whole openamt (B) whose s3:// is A -------------------------------------------------------


@pytest.fixture(scope="module")
def data_bucket(store: Server, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The small fraud dataset, uploaded to A with boto3 (B's data directory never has it)."""
    name = unique("channels")
    s3 = aws_client(store.url, "s3")
    s3.create_bucket(Bucket=name)
    generated = tmp_path_factory.mktemp("fraud")
    jobs.write_fraud_data(generated)
    root = generated / "s3" / "test-bucket"
    for path in sorted(root.rglob("*.csv")):
        s3.upload_file(str(path), name, path.relative_to(root).as_posix())
    return name


@pytest.fixture(scope="module")
def trainer(store: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Instance B: trains, with s3:// at A."""
    env = {"OPENAMT_S3_ENDPOINT_URL": store.url, **CREDENTIALS}
    instance = Server(tmp_path_factory.mktemp("trainer") / "data", env=env).start()
    yield instance
    instance.stop()


def _on_bucket(body: dict[str, Any], bucket: str, *, definition: str) -> dict[str, Any]:
    """`body` with its channels and output in `bucket` (the helpers' own say test-bucket)."""
    at = f"{definition}." if definition else ""
    for index, channel in enumerate(("train", "validation")):
        uri = f"s3://{bucket}/fraud/{channel}/"
        path = f"{at}InputDataConfig.{index}.DataSource.S3DataSource.S3Uri"
        body = jobs.with_changes(body, path, uri)
    return jobs.with_changes(body, f"{at}OutputDataConfig.S3OutputPath", f"s3://{bucket}/output/")


def test_tuning_job_reads_and_writes_the_remote_s3(
    trainer: Server, store: Server, data_bucket: str
) -> None:
    name = unique("remote-tune")
    body = jobs.xgboost_job(name, max_jobs=2, parallel=2, num_round=10)
    body = _on_bucket(body, data_bucket, definition="TrainingJobDefinition")
    sagemaker = aws_client(trainer.url)
    sagemaker.create_hyper_parameter_tuning_job(**body)

    described = jobs.wait_done(sagemaker, name, timeout=300)

    assert described["HyperParameterTuningJobStatus"] == "Completed", trainer.log_tail()
    s3 = aws_client(store.url, "s3")
    with trainer.client() as client:
        summaries = jobs.training_jobs(client, name)
    assert len(summaries) == 2
    for summary in summaries:
        job = sagemaker.describe_training_job(TrainingJobName=summary["TrainingJobName"])
        assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
        key = f"output/{job['TrainingJobName']}/output/model.tar.gz"
        assert job["ModelArtifacts"]["S3ModelArtifacts"] == f"s3://{data_bucket}/{key}"
        archive = s3.get_object(Bucket=data_bucket, Key=key)["Body"].read()
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            assert any(member.isfile() and member.size > 0 for member in tar.getmembers())
    listed = s3.list_objects_v2(Bucket=data_bucket, Prefix="output/")
    assert len([o for o in listed["Contents"] if o["Key"].endswith("model.tar.gz")]) == 2
    # B's own local store: the data its start wrote, and nothing of this job.
    local = trainer.data_dir / "s3"
    assert not (local / data_bucket).exists()
    assert not list(local.rglob("model.tar.gz"))


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("missing-key", "ClientError: No data found at s3://{bucket}/fraud/nothing/"),
        ("missing-bucket", "ClientError: s3://{bucket}/fraud/train/: .*bucket does not exist"),
    ],
    ids=["missing-key", "missing-bucket"],
)
def test_missing_remote_input_fails_the_training_job_with_its_reason(
    trainer: Server, data_bucket: str, where: str, reason: str
) -> None:
    bucket = unique("absent") if where == "missing-bucket" else data_bucket
    name = unique("remote-missing")
    body = _on_bucket(jobs.training_job(name), bucket, definition="")
    if where == "missing-key":
        body = jobs.with_changes(
            body,
            "InputDataConfig.0.DataSource.S3DataSource.S3Uri",
            f"s3://{bucket}/fraud/nothing/",
        )
    sagemaker = aws_client(trainer.url)
    sagemaker.create_training_job(**body)

    job = jobs.wait_training(sagemaker, name, timeout=120)

    assert job["TrainingJobStatus"] == "Failed"
    assert re.match(reason.format(bucket=bucket), job["FailureReason"]), job["FailureReason"]


def test_a_missing_remote_output_bucket_fails_the_training_job_as_the_users(
    trainer: Server, data_bucket: str
) -> None:
    """The model cannot be stored: the user's output path, a ClientError (not retried), with
    the metrics the training printed kept."""
    missing = unique("absent-out")
    name = unique("remote-no-output")
    body = _on_bucket(jobs.training_job(name), data_bucket, definition="")
    body = jobs.with_changes(body, "OutputDataConfig.S3OutputPath", f"s3://{missing}/output/")
    sagemaker = aws_client(trainer.url)
    sagemaker.create_training_job(**body)

    job = jobs.wait_training(sagemaker, name, timeout=120)

    assert job["TrainingJobStatus"] == "Failed"
    assert re.match(
        rf"ClientError: s3://{missing}/output/.*bucket does not exist", job["FailureReason"]
    ), job["FailureReason"]
    assert job["FinalMetricDataList"]


def test_a_sourcedir_tarball_on_the_remote_runs(
    trainer: Server, store: Server, data_bucket: str
) -> None:
    """sagemaker_submit_directory at s3:// on the remote, as the SDK uploads it: fetched, run."""
    code = io.BytesIO()
    script = b"import os\nprint('validation:accuracy=0.75', sorted(os.listdir('.')))\n"
    with tarfile.open(fileobj=code, mode="w:gz") as tar:
        member = tarfile.TarInfo("train.py")
        member.size, member.mode = len(script), 0o644
        tar.addfile(member, io.BytesIO(script))
    key = f"{unique('src')}/sourcedir.tar.gz"
    aws_client(store.url, "s3").put_object(Bucket=data_bucket, Key=key, Body=code.getvalue())
    name = unique("remote-code")
    hyperparameters = {
        "sagemaker_program": '"train.py"',
        "sagemaker_submit_directory": f'"s3://{data_bucket}/{key}"',
    }
    body = jobs.training_job(name, image=jobs.SCRIPT_IMAGE, hyperparameters=hyperparameters)
    body = _on_bucket(body, data_bucket, definition="")
    sagemaker = aws_client(trainer.url)
    sagemaker.create_training_job(**body)

    job = jobs.wait_training(sagemaker, name, timeout=120)

    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    with trainer.client() as client:
        log = client.get(f"/v1/training-jobs/{name}/logs").text
    assert "validation:accuracy=0.75" in log and "train.py" in log
    assert not list((trainer.data_dir / "s3").rglob("sourcedir.tar.gz"))
