"""The S3 door's throughput: one large object up and down through boto3, against a plain
file copy on the same disk, in the same run.

    python bench/s3.py [--size-mib 256]

`openamt serve` (embedded, one worker) on a fresh data directory under the system's temporary
directory; a file of random bytes beside it. Then, timed:
  * copy: `shutil.copyfile` of the file to another on the same disk (the floor);
  * upload: boto3 `upload_file` to the S3 door, default TransferConfig (8 MiB parts, 10
    threads, CRC32 checksums; over http botocore also signs each part's SHA-256);
  * download: boto3 `download_file`, default TransferConfig (ranged GETs, 10 threads).
The downloaded bytes are compared with the source; the server's peak resident memory
(VmHWM) is reported, as the door streams bodies rather than holding them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import boto3
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: bench.* below

from tests.support.servers import Server  # noqa: E402

MiB = 1024 * 1024


def random_file(path: Path, size: int) -> str:
    digest = hashlib.md5()
    with open(path, "wb") as out:
        for _ in range(size // MiB):
            block = os.urandom(MiB)
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as stream:
        while block := stream.read(8 * MiB):
            digest.update(block)
    return digest.hexdigest()


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256)
    args = parser.parse_args()
    size = args.size_mib * MiB

    work = Path(tempfile.mkdtemp(prefix="openamt-bench-s3-"))
    data_dir = work / "data"
    (data_dir / "s3").mkdir(parents=True)  # its own store: none of the tests' data
    # The tests' harness, every setting at the default a user gets (auth off) but the paths.
    server = Server(data_dir, workers=1, env={"OPENAMT_ALLOWED_PATHS": str(work)},
                    user_defaults=True)  # fmt: skip
    url = server.url
    try:
        server.start()
        assert server.process is not None
        source = work / "source.bin"
        expected = random_file(source, size)
        s3 = boto3.client(
            "s3", endpoint_url=url, region_name="us-east-1",
            aws_access_key_id="bench", aws_secret_access_key="bench",
        )  # fmt: skip
        s3.create_bucket(Bucket="bench")
        baseline_rss = peak_rss_mib(server.process.pid)

        copy_s = timed(lambda: shutil.copyfile(source, work / "copy.bin"))
        upload_s = timed(lambda: s3.upload_file(str(source), "bench", "big/object.bin"))
        download_s = timed(
            lambda: s3.download_file("bench", "big/object.bin", str(work / "back.bin"))
        )
        assert md5_of(work / "back.bin") == expected, "downloaded bytes differ"
        assert md5_of(data_dir / "s3" / "bench" / "big" / "object.bin") == expected
        peak = peak_rss_mib(server.process.pid)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    table = Table(title=f"{args.size_mib} MiB through the S3 door (boto3, default TransferConfig)")
    for column in ("", "seconds", "MiB/s", "× plain copy"):
        table.add_column(column, justify="right")
    for name, seconds in (("plain copy", copy_s), ("upload", upload_s), ("download", download_s)):
        table.add_row(name, f"{seconds:.2f}", f"{args.size_mib / seconds:.0f}",
                      f"{seconds / copy_s:.1f}")  # fmt: skip
    console = Console()
    console.print(table)
    console.print(
        f"server peak RSS: {peak:.0f} MiB (before the transfers: {baseline_rss:.0f} MiB); "
        f"CPUs: {os.cpu_count()}"
    )


if __name__ == "__main__":
    main()
