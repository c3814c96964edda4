"""Shared fixtures: openamt running for real, in each of its modes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import docker
import httpx
import pytest

from tests.support import images
from tests.support.servers import Server, Stack

# Tests keep their code and data under the system's temporary directory: every openamt this
# session starts (in-process or as a subprocess) may read and write there. The tests of the
# confinement itself (test_hostile.py) set their own, narrower roots.
os.environ.setdefault("OPENAMT_ALLOWED_PATHS", tempfile.gettempdir())


@pytest.fixture(scope="session")
def running_modes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Server]]:
    """Each mode's openamt, started the first time a test asks for it and kept until the
    session ends. (A parametrized session fixture would hold one at a time: every module that
    runs both modes stopped one and started the other twice, ~40 starts a run.)"""
    started: dict[str, Server] = {}
    yield started
    for instance in started.values():
        instance.stop()


@pytest.fixture(scope="module", params=["embedded", "distributed"])
def server(
    request: pytest.FixtureRequest,
    running_modes: dict[str, Server],
    tmp_path_factory: pytest.TempPathFactory,
) -> Server:
    """The contract suite runs over both modes: embedded (SQLite, local worker processes)
    and distributed (PostgreSQL, Redis, Celery workers and beat in separate processes). One
    server of each per test process: a test never assumes a store only its module used."""
    mode = request.param
    if mode not in running_modes:
        data_dir = tmp_path_factory.mktemp(mode) / "data"
        instance = Server(data_dir) if mode == "embedded" else Stack(data_dir)
        running_modes[mode] = instance.start()
    return running_modes[mode]


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as http:
        yield http


@pytest.fixture(scope="module")
def engine() -> docker.DockerClient:
    """The machine's Docker engine; where none answers, the test fails saying why."""
    return images.require_engine()


@pytest.fixture(scope="module")
def image(engine: docker.DockerClient, request: pytest.FixtureRequest) -> str:
    """The tag of the image the test's module describes in its IMAGE (tests/support/images.py),
    busybox-static kept in pytest's cache."""
    cache = Path(str(request.config.cache.mkdir("busybox-static")))
    return images.build(engine, cache, request.module.IMAGE)


# The fast tier (`make test-fast`: `-m "not services"`) is every test that starts no openamt
# and needs no PostgreSQL, Redis or browser. A test is in the slow tier when it asks for one of
# these fixtures, its module imports the classes that start servers
# (tests/support/servers.py), or it says so (`pytestmark = pytest.mark.services`).
SERVICE_FIXTURES = frozenset({"server", "client", "token_server"})


# The services tier's slowest modules (seconds of test time in one run, 2026-12-04: 272 to 103
# each), run first: pytest-xdist hands the modules out in collection order (--dist loadfile),
# and a slow one handed out last ran alone while the other process sat idle.
SLOWEST_FIRST = (
    "test_sdk_v2.py", "test_examples.py", "test_containers.py", "test_serving_containers.py",
    "test_e2e_faults.py", "test_chaos.py", "test_warm_start.py", "test_e2e_xgboost.py",
    "test_sdk_v3.py", "test_sandbox.py", "test_deploy.py", "test_debugger_rules.py",
)  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = getattr(item, "module", None)
        starts_servers = module is not None and (
            getattr(module, "Server", None) is Server or getattr(module, "Stack", None) is Stack
        )
        if starts_servers or SERVICE_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.services)
    rank = {name: place for place, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest as found


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI (CI=true) a skipped test fails: what CI does not run is not proven."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {report.longrepr}"


API_TOKEN = "client-test-token"


@pytest.fixture(scope="session")
def token_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Embedded openamt that requires a bearer token: the SDK's and the CLI's tests."""
    instance = Server(
        tmp_path_factory.mktemp("token") / "data", env={"OPENAMT_API_TOKENS": API_TOKEN}
    )
    instance.start()
    yield instance
    instance.stop()
