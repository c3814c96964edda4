"""The S3 door through the other clients users bring: the AWS CLI (`aws s3` and `aws s3api`,
pointed at openamt by AWS_ENDPOINT_URL alone) and s3fs/fsspec (what `app/storage.py` uses
for a remote S3)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.jobs import unique
from tests.support.servers import Server, aws_client, aws_env

# Each CLI command is a Python process: one mode (test_s3.py runs boto3 over both).
pytestmark = [pytest.mark.services, pytest.mark.parametrize("server", ["embedded"], indirect=True)]


@pytest.fixture
def aws(server: Server, tmp_path: Path) -> Any:
    home = tmp_path / "aws-home"
    home.mkdir()
    env = {
        **aws_env(server.url),
        "AWS_CONFIG_FILE": str(home / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(home / "credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "awscli", *args],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run


def test_aws_s3_cp_ls_sync_rm(aws: Any, server: Server, tmp_path: Path) -> None:
    bucket = unique("cli")
    aws("s3", "mb", f"s3://{bucket}")
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.csv").write_text("1,2\n")
    (tree / "sub" / "b.csv").write_text("3,4\n")
    big = tree / "big.bin"
    big.write_bytes(os.urandom(9 * 1024 * 1024))  # past the CLI's 8 MiB multipart threshold
    # Files older than their upload, as a user's are: S3's LastModified has whole seconds, so a
    # file written in the same second as its upload would look newer to the second sync.
    earlier = time.time() - 60
    for path in (tree / "a.csv", tree / "sub" / "b.csv", big):
        os.utime(path, (earlier, earlier))

    aws("s3", "sync", str(tree), f"s3://{bucket}/data/")
    listed = aws("s3", "ls", "--recursive", f"s3://{bucket}/")
    assert sorted(line.split()[-1] for line in listed.splitlines()) == [
        "data/a.csv", "data/big.bin", "data/sub/b.csv"
    ]  # fmt: skip
    assert "PRE sub/" in aws("s3", "ls", f"s3://{bucket}/data/")
    # A second sync finds nothing to send.
    assert aws("s3", "sync", str(tree), f"s3://{bucket}/data/").strip() == ""
    # The store s3:// URIs resolve to holds exactly these files.
    stored = server.data_dir / "s3" / bucket / "data"
    assert (stored / "big.bin").read_bytes() == big.read_bytes()

    back = tmp_path / "back"
    aws("s3", "cp", "--recursive", f"s3://{bucket}/data/", str(back))
    assert (back / "sub" / "b.csv").read_text() == "3,4\n"
    assert (back / "big.bin").read_bytes() == big.read_bytes()
    assert aws("s3", "cp", f"s3://{bucket}/data/a.csv", "-") == "1,2\n"

    # Between S3 locations, past the multipart threshold: UploadPartCopy.
    aws("s3", "cp", f"s3://{bucket}/data/big.bin", f"s3://{bucket}/copied/big.bin")
    assert (server.data_dir / "s3" / bucket / "copied" / "big.bin").read_bytes() == big.read_bytes()
    aws("s3", "rm", f"s3://{bucket}/copied/big.bin")

    aws("s3", "rm", "--recursive", f"s3://{bucket}/data/")
    assert aws("s3", "ls", "--recursive", f"s3://{bucket}/").strip() == ""
    aws("s3", "rb", f"s3://{bucket}")
    assert not (server.data_dir / "s3" / bucket).exists()


def test_aws_s3api(aws: Any, tmp_path: Path) -> None:
    bucket = unique("s3api")
    aws("s3api", "create-bucket", "--bucket", bucket)
    body = tmp_path / "body.txt"
    body.write_text("s3api body")
    put = json.loads(aws("s3api", "put-object", "--bucket", bucket, "--key", "k.txt",
                         "--body", str(body), "--metadata", "team=ml",
                         "--content-type", "text/plain"))  # fmt: skip
    assert put["ETag"] == f'"{hashlib.md5(b"s3api body").hexdigest()}"'
    head = json.loads(aws("s3api", "head-object", "--bucket", bucket, "--key", "k.txt"))
    assert (head["ContentType"], head["Metadata"]) == ("text/plain", {"team": "ml"})
    out = tmp_path / "out.txt"
    got = json.loads(aws("s3api", "get-object", "--bucket", bucket, "--key", "k.txt",
                         "--range", "bytes=0-4", str(out)))  # fmt: skip
    assert got["ContentRange"] == "bytes 0-4/10" and out.read_text() == "s3api"
    listed = json.loads(aws("s3api", "list-objects-v2", "--bucket", bucket))
    assert [o["Key"] for o in listed["Contents"]] == ["k.txt"]
    buckets = json.loads(aws("s3api", "list-buckets"))
    assert bucket in [b["Name"] for b in buckets["Buckets"]]
    aws("s3api", "delete-object", "--bucket", bucket, "--key", "k.txt")
    aws("s3api", "delete-bucket", "--bucket", bucket)


def test_s3fs_reads_and_writes_the_store(server: Server) -> None:
    import s3fs

    bucket = unique("fsspec")
    aws_client(server.url, "s3").create_bucket(Bucket=bucket)
    fs = s3fs.S3FileSystem(
        key="x", secret="y", client_kwargs={"endpoint_url": server.url, "region_name": "us-east-1"}
    )
    fs.pipe(f"{bucket}/csv/part-0.csv", b"1,2\n")
    fs.pipe(f"{bucket}/csv/part-1.csv", b"3,4\n")
    assert fs.cat(f"{bucket}/csv/part-1.csv") == b"3,4\n"
    assert sorted(fs.ls(f"{bucket}/csv")) == [
        f"{bucket}/csv/part-0.csv",
        f"{bucket}/csv/part-1.csv",
    ]
    assert fs.isdir(f"{bucket}/csv") and fs.isfile(f"{bucket}/csv/part-0.csv")
    assert fs.info(f"{bucket}/csv/part-0.csv")["size"] == 4
    data = os.urandom(11 * 1024 * 1024)
    with fs.open(f"{bucket}/big.bin", "wb", block_size=5 * 1024 * 1024) as out:  # multipart
        out.write(data)
    with fs.open(f"{bucket}/big.bin", "rb", block_size=1024 * 1024) as stream:
        stream.seek(7 * 1024 * 1024)
        assert stream.read(1000) == data[7 * 1024 * 1024 : 7 * 1024 * 1024 + 1000]  # ranged
    fs.copy(f"{bucket}/csv/part-0.csv", f"{bucket}/copied.csv")
    assert fs.cat(f"{bucket}/copied.csv") == b"1,2\n"
    assert (server.data_dir / "s3" / bucket / "big.bin").read_bytes() == data
    fs.rm(f"{bucket}/csv", recursive=True)
    assert fs.find(bucket, refresh=True) == [f"{bucket}/big.bin", f"{bucket}/copied.csv"]
