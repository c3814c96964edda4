"""What counting a job directory's disk use (workers/watch.py, DiskUse) costs the watch.

    python bench/disk_use.py [--files 10000] [--per-directory 100] [--repeats 20]

A job directory of `--files` small files (4 KiB each, `--per-directory` to a directory, as a
job's checkpoints or a dataset's shards lie) is counted whole `--repeats` times, warm (the
inodes in the page cache, as they are for a job that just wrote them). Printed: the time of
one whole count (median and max), the bytes counted against `du -sB1`, and how many of the
watch's slices (VOLUME_SLICE_SECONDS each, one a VOLUME_CHECK_SECONDS) one count takes.
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere

from workers.watch import VOLUME_CHECK_SECONDS, VOLUME_SLICE_SECONDS, allocated_blocks  # noqa: E402


def _fill(root: Path, files: int, per_directory: int) -> None:
    block = b"x" * 4096
    for index in range(files):
        directory = root / f"shard-{index // per_directory:05d}"
        directory.mkdir(exist_ok=True)
        (directory / f"part-{index:07d}").write_bytes(block)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--per-directory", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="disk-use-") as scratch:
        root = Path(scratch)
        _fill(root, args.files, args.per_directory)
        timings, counted = [], 0
        for _ in range(args.repeats):
            began = time.perf_counter()
            counted = sum(allocated_blocks(root)) * 512
            timings.append(time.perf_counter() - began)
        du = int(subprocess.run(["du", "-sB1", str(root)], capture_output=True, text=True,
                                check=True).stdout.split()[0])  # fmt: skip
    median = statistics.median(timings)
    print(f"{args.files} files in {math.ceil(args.files / args.per_directory)} directories")
    print(f"one whole count: median {median * 1000:.1f} ms, max {max(timings) * 1000:.1f} ms")
    print(f"bytes counted {counted}, du -sB1 {du} (du adds the top directory's own blocks)")
    slices = math.ceil(median / VOLUME_SLICE_SECONDS)
    print(
        f"slices of {VOLUME_SLICE_SECONDS * 1000:.0f} ms per count: {slices} "
        f"(one every {VOLUME_CHECK_SECONDS:.0f} s: at most "
        f"{VOLUME_SLICE_SECONDS / VOLUME_CHECK_SECONDS:.0%} of the watch's time)"
    )


if __name__ == "__main__":
    main()
