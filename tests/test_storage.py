"""app/storage.py on this machine: the local store, file:// and paths (s3:// at a real remote
S3 endpoint: tests/test_remote_s3.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.config import Settings
from app.storage import (
    StorageError,
    join_uri,
    local_path_for,
    materialize_channel,
    upload_file,
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_local_path_for_maps_s3_under_the_local_store(settings: Settings) -> None:
    assert local_path_for("s3://b/data/train.csv", settings) == (
        settings.local_s3_dir / "b" / "data" / "train.csv"
    )
    assert local_path_for("s3://b", settings) == settings.local_s3_dir / "b"


def test_local_path_for_file_uris_and_paths(settings: Settings, tmp_path: Path) -> None:
    assert local_path_for(f"file://{tmp_path}/x y", settings) == tmp_path / "x y"
    assert local_path_for(f"file://{tmp_path}/x%20y", settings) == tmp_path / "x y"
    assert local_path_for(str(tmp_path / "z"), settings) == tmp_path / "z"


def test_local_path_for_remote_s3_is_none(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", s3_endpoint_url="http://s3.invalid")
    assert local_path_for("s3://b/key", settings) is None


@pytest.mark.parametrize(
    "uri",
    ["relative/path", "gs://b/k", "s3://b/../other/k", "s3:///key", "file://otherhost/etc"],
)
def test_local_path_for_refuses(settings: Settings, uri: str) -> None:
    with pytest.raises(StorageError):
        local_path_for(uri, settings)


def test_materialize_prefix_links_the_directory(settings: Settings, tmp_path: Path) -> None:
    source = settings.local_s3_dir / "b" / "data" / "train"
    _write(source / "part-0.csv", "1,2\n")
    _write(source / "sub" / "part-1.csv", "3,4\n")
    dest = tmp_path / "job" / "input" / "data" / "train"

    channel = materialize_channel("s3://b/data/train/", dest, settings)

    assert channel == dest
    assert dest.is_symlink()  # linked, not copied
    assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*.csv")) == [
        "part-0.csv",
        "sub/part-1.csv",
    ]


def test_materialize_replaces_an_empty_placeholder_and_is_repeatable(
    settings: Settings, tmp_path: Path
) -> None:
    source = tmp_path / "src"
    _write(source / "a.txt", "a")
    dest = tmp_path / "channel"
    dest.mkdir()
    materialize_channel(f"file://{source}", dest, settings)
    materialize_channel(str(source), dest, settings)  # a retry
    assert (dest / "a.txt").read_text() == "a"


def test_materialize_refuses_a_non_empty_destination(settings: Settings, tmp_path: Path) -> None:
    _write(tmp_path / "src" / "a.txt", "a")
    _write(tmp_path / "channel" / "stale.txt", "x")
    with pytest.raises(StorageError, match="not empty"):
        materialize_channel(str(tmp_path / "src"), tmp_path / "channel", settings)


def test_materialize_single_file(settings: Settings, tmp_path: Path) -> None:
    source = _write(settings.local_s3_dir / "b" / "train.csv", "1,2\n")
    dest = tmp_path / "channel"
    materialize_channel("s3://b/train.csv", dest, settings)
    assert dest.is_dir() and not dest.is_symlink()
    assert [p.name for p in dest.iterdir()] == ["train.csv"]
    assert (dest / "train.csv").resolve() == source.resolve()


def test_materialize_nothing_found(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match=r"No data found at s3://b/missing"):
        materialize_channel("s3://b/missing", tmp_path / "channel", settings)


def test_upload_file_local(settings: Settings, tmp_path: Path) -> None:
    model = _write(tmp_path / "model.tar.gz", "model")
    upload_file(model, "s3://out/job-1/output/model.tar.gz", settings)
    stored = settings.local_s3_dir / "out/job-1/output/model.tar.gz"
    assert stored.read_text() == "model"
    # Readable by every uid: a later sandboxed job, under a uid of its own, reads it in place.
    assert stored.stat().st_mode & 0o777 == 0o644
    assert not list((settings.local_s3_dir / "out/job-1/output").glob(".*"))  # no temp left


def test_remote_s3_without_s3fs_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine without the `distributed` extra: importing s3fs fails (a None in sys.modules
    makes `import s3fs` raise ImportError, as a missing package does)."""
    monkeypatch.setitem(sys.modules, "s3fs", None)
    settings = Settings(data_dir=tmp_path / "data", s3_endpoint_url="http://127.0.0.1:9")
    with pytest.raises(StorageError, match="s3fs"):
        materialize_channel("s3://b/train", tmp_path / "channel", settings)


def test_join_uri() -> None:
    assert join_uri("s3://b/out/", "job", "/output/", "model.tar.gz") == (
        "s3://b/out/job/output/model.tar.gz"
    )
    assert join_uri("s3://b", "k") == "s3://b/k"
    assert join_uri("file:///srv/out", "a") == "file:///srv/out/a"
    assert join_uri("/srv/out/", "", "a") == "/srv/out/a"
