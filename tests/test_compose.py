"""docker-compose.yml is a valid stack: checked with `docker-compose config`, which parses
and resolves it without a Docker engine (none runs on CI machines)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from tests.support.servers import ROOT

pytestmark = pytest.mark.services  # needs Debian's docker-compose (see conftest)


def test_the_compose_file_describes_the_whole_stack() -> None:
    compose = shutil.which("docker-compose")
    assert compose, "docker-compose is required (Debian's package; .ci/run installs it)"
    result = subprocess.run(
        [compose, "-f", str(ROOT / "docker-compose.yml"), "config"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load(result.stdout)
    services = config["services"]
    assert set(services) == {"postgres", "redis", "api", "worker", "beat", "flower"}
    for name in ("api", "worker", "beat"):
        environment = services[name]["environment"]
        assert environment["OPENAMT_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert environment["OPENAMT_BROKER_URL"].startswith("redis://")
        # The API serves s3:// from the volume the workers share: no store elsewhere.
        assert "OPENAMT_S3_ENDPOINT_URL" not in environment
        assert environment["OPENAMT_DATA_DIR"] == "/data"
        assert services[name]["volumes"] == ["openamt-data:/data:rw"]
    # Workers scale with --scale: no fixed name, no published port.
    assert "container_name" not in services["worker"] and "ports" not in services["worker"]
    assert services["worker"]["command"][:2] == ["openamt", "worker"]
    assert services["beat"]["command"] == ["openamt", "beat"]
    # Whatever is published listens on loopback only.
    for service in services.values():
        for port in service.get("ports", []):
            published = port if isinstance(port, str) else port.get("host_ip", "")
            assert str(published).startswith("127.0.0.1"), port


def test_the_image_runs_as_a_non_root_user() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.count("FROM ") == 2  # build stage, run stage
    run_stage = dockerfile.split("FROM ")[2]
    assert "USER openamt" in run_stage and "--find-links /wheels" in run_stage
