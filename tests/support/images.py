"""Training images the container tests build themselves: CI has no registry to pull from.

An image is a root file system of Debian's busybox-static (a shell and the usual tools in one
static binary) plus a test's shell scripts in /usr/bin (an algorithm's `train`, a server's
`serve`), made with `docker import`. It is tagged by a hash of what it holds, so a session
builds it once and the next reuses it. A test module says what its image holds in IMAGE
(`algorithm` or `serving`); the `image` fixture (tests/conftest.py) builds it.

Where no Docker engine runs, `require_engine` fails with a clear message: the tests that need
one fail (never skip) in CI.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import tarfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import docker
import docker.errors

REPOSITORY = "openamt-test/algorithm"
SERVING_REPOSITORY = "openamt-test/serving"


def require_engine() -> docker.DockerClient:
    """The local engine's client, or an AssertionError that says why there is none."""
    try:
        client = docker.from_env(timeout=30)
        client.ping()
    except docker.errors.DockerException as error:
        raise AssertionError(
            "these tests need a Docker engine: install docker.io and start dockerd (.ci/run "
            f"starts it where it is installed); here: {error}"
        ) from None
    return client


def busybox(cache: Path) -> Path:
    """bin/busybox of Debian's busybox-static, downloaded once into `cache`."""
    binary = cache / "root" / "bin" / "busybox"
    if binary.is_file():
        return binary
    cache.mkdir(parents=True, exist_ok=True)
    if not list(cache.glob("busybox-static_*.deb")):
        download = ["apt-get", "download", "-q", "busybox-static"]
        if subprocess.run(download, cwd=cache, capture_output=True).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], check=True, capture_output=True)
            subprocess.run(download, cwd=cache, check=True, capture_output=True)
    deb = sorted(cache.glob("busybox-static_*.deb"))[-1]
    subprocess.run(["dpkg-deb", "-x", str(deb), str(cache / "root")], check=True)
    assert binary.is_file(), f"{deb.name} holds no bin/busybox"
    return binary


@dataclass(frozen=True)
class Image:
    """What a test image holds: `programs` (name -> /bin/sh script) in /usr/bin, tagged in
    `repository`."""

    repository: str
    programs: Mapping[str, str]


def algorithm(train_script: str) -> Image:
    """A training image whose `train` (what SageMaker runs a training image with) is
    `train_script`."""
    return Image(REPOSITORY, {"train": train_script})


def serving(programs: Mapping[str, str]) -> Image:
    """A serving image with `programs`, `serve` (what SageMaker runs a serving image with)
    among them."""
    assert "serve" in programs
    return Image(SERVING_REPOSITORY, programs)


def build(client: docker.DockerClient, cache: Path, image: Image) -> str:
    """`image` in the engine (imported unless an earlier session did); its tag."""
    scripts = {f"usr/bin/{name}": text for name, text in sorted(image.programs.items())}
    binary = busybox(cache).read_bytes()
    held = binary + "".join(scripts.values()).encode()
    tag = f"{image.repository}:{hashlib.sha256(held).hexdigest()[:16]}"
    try:
        client.images.get(tag)
        return tag
    except docker.errors.ImageNotFound:
        pass
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w") as tar:
        for directory in ("bin", "usr", "usr/bin", "tmp", "etc", "proc", "sys", "dev"):
            _add(tar, directory, mode=0o1777 if directory == "tmp" else 0o755)
        _add(tar, "bin/busybox", data=binary, mode=0o755)
        applets = subprocess.run(
            [str(cache / "root" / "bin" / "busybox"), "--list"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        for applet in applets:
            if applet != "busybox":
                _add(tar, f"bin/{applet}", link="busybox")
        for name, text in scripts.items():
            _add(tar, name, data=text.encode(), mode=0o755)
        _add(tar, "etc/passwd", data=b"root:x:0:0:root:/root:/bin/sh\n", mode=0o644)
    version = tag.partition(":")[2]
    client.api.import_image_from_data(  # `docker import`
        archive.getvalue(),
        repository=image.repository,
        tag=version,
        changes=["ENV PATH=/usr/bin:/bin"],
    )
    return tag


def _add(
    tar: tarfile.TarFile, name: str, *, data: bytes | None = None, mode: int = 0o755,
    link: str | None = None,
) -> None:  # fmt: skip
    info = tarfile.TarInfo(name)
    info.mode = mode
    if link is not None:
        info.type, info.linkname = tarfile.SYMTYPE, link
    elif data is None:
        info.type = tarfile.DIRTYPE
    else:
        info.size = len(data)
    tar.addfile(info, io.BytesIO(data) if data is not None else None)
