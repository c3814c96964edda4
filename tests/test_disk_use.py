"""A job directory's disk use as workers/watch.py counts it against VolumeSizeInGB: what `du`
counts (allocated blocks, a link not followed, a hard-linked file once), a slice at a time."""

from __future__ import annotations

import os
from pathlib import Path

from workers.watch import DiskUse, Volume, allocated_blocks

KIB = 1024


def _used(root: Path) -> int:
    return sum(allocated_blocks(root)) * 512


def test_written_bytes_count_and_holes_links_and_second_names_do_not(tmp_path: Path) -> None:
    job = tmp_path / "job"
    (job / "model").mkdir(parents=True)
    (job / "model" / "weights.bin").write_bytes(b"w" * 256 * KIB)
    baseline = _used(job)
    with open(job / "sparse.bin", "wb") as sparse:
        sparse.truncate(64 * 1024 * KIB)  # a hole: nothing allocated
    outside = tmp_path / "outside.bin"
    outside.write_bytes(b"o" * 512 * KIB)
    (job / "link-out").symlink_to(outside)
    os.link(job / "model" / "weights.bin", job / "weights-again.bin")
    assert _used(job) - baseline < 16 * KIB  # the hole's and the links' own blocks, if any
    assert 256 * KIB <= baseline < 300 * KIB  # the file and its directory


def test_an_unreadable_or_vanished_directory_counts_as_nothing(tmp_path: Path) -> None:
    assert _used(tmp_path / "absent") == 0


def test_a_count_goes_on_across_slices_and_says_over_once_past_the_capacity(
    tmp_path: Path,
) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / name).write_bytes(b"x" * 64 * KIB)
    one_file = _used(tmp_path) // 3
    disk = DiskUse(tmp_path, capacity=one_file * 2 + 1)
    # A slice of no time counts one entry: the pass goes on where the last one stopped.
    assert [disk.over(0), disk.over(0), disk.over(0)] == [False, False, True]
    assert DiskUse(tmp_path, capacity=one_file * 3).over(10) is False  # at the capacity: fine


def test_a_job_names_its_volume_in_its_resource_config(tmp_path: Path) -> None:
    volume = Volume.of({"ResourceConfig": {"VolumeSizeInGB": 2}}, tmp_path)
    assert volume is not None and volume.capacity == 2 * 1024**3
    assert "VolumeSizeInGB=2" in volume.full_reason
    assert "No space left on device" in volume.full_reason
    assert volume.full_reason.startswith("ClientError: ")
    # 0 (instance storage) or no ResourceConfig: not held to a size here.
    assert Volume.of({"ResourceConfig": {"VolumeSizeInGB": 0}}, tmp_path) is None
    assert Volume.of({}, tmp_path) is None


def test_a_directory_the_job_closed_is_counted_all_the_same(tmp_path: Path) -> None:
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "weights.bin").write_bytes(b"w" * 256 * KIB)
    hidden.chmod(0)  # what a job running as the worker's user may do to hide its bytes
    assert _used(tmp_path) >= 256 * KIB
