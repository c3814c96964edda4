"""Generated requests over /openapi.json: no 5xx, and every error in the documented shape.

schemathesis builds requests from the OpenAPI document (valid and invalid bodies, queries,
path parameters and headers, for every operation: the REST routes and the AWS door's `POST /`)
and sends them to openamt listening on a real socket (uvicorn in a thread, SQLite, a
NullExecutor: jobs are stored but nothing trains). Hypothesis runs with a fixed seed and a
bounded number of examples, so CI gets the same requests every time.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings

from app.api.aws import sagemaker as aws
from app.config import Settings
from tests.support.in_process import listening

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

# The AWS door's bodies are JSON under AWS's media type.
schemathesis.serializer.alias("application/x-amz-json-1.1", "application/json")

SEED = 20260401
EXAMPLES_PER_MODE = 9  # x (valid, invalid) x operations of /openapi.json
AWS_EXAMPLES_PER_MODE = 6  # x (valid, invalid) x operations of the AWS door
MIN_REQUESTS = 600


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir: Path = tmp_path_factory.mktemp("schemathesis") / "data"
    settings = Settings(data_dir=data_dir)
    with listening(settings) as url:
        yield url


def error_problem(response: requests.Response) -> str | None:
    """Why an answer breaks the contract, or None: no 5xx; errors are {"__type", "message"}."""
    if response.status_code >= 500:
        return f"server error {response.status_code}: {response.text[:300]}"
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} without a JSON body: {response.text[:300]!r}"
    if (
        not isinstance(body, dict)
        or set(body) != {"__type", "message"}
        or not all(isinstance(body[key], str) and body[key] for key in body)
    ):
        return f"{response.status_code} not in the error shape: {body!r}"[:400]
    return None


def aws_door_schema() -> dict[str, Any]:
    """The AWS door's operations as an OpenAPI document of their own: /openapi.json has one
    route for all of them (the operation is a header), so bodies generated from it are
    free-form. Here each operation gets its input shape, from the models the door validates
    with; the requests still go to `POST /` with `X-Amz-Target` (see `send_aws`)."""
    paths: dict[str, Any] = {}
    components: dict[str, Any] = {}
    for name, (model, _) in aws.OPERATIONS.items():
        shape = model.model_json_schema(by_alias=True, ref_template="#/components/schemas/{model}")
        components.update(shape.pop("$defs", {}))
        components[f"{name}Input"] = shape
        body = {"schema": {"$ref": f"#/components/schemas/{name}Input"}}
        paths[f"/{name}"] = {
            "post": {
                "operationId": name,
                "requestBody": {"required": True, "content": {"application/json": body}},
                "responses": {"200": {"description": "the operation's output"}},
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "openamt AWS door", "version": "1"},
        "paths": paths,
        "components": {"schemas": components},
    }


class Run:
    """Sends every generated case and keeps what broke the contract."""

    def __init__(self, live_url: str) -> None:
        self.url = live_url
        self.session = requests.Session()
        self.sent = 0
        self.problems: list[str] = []

    def check(self, label: str, body: Any, response: requests.Response) -> None:
        self.sent += 1
        problem = error_problem(response)
        if problem:
            self.problems.append(f"{label} {body!r:.200}: {problem}")

    def send(self, case: Any) -> None:
        response = case.call(base_url=self.url, session=self.session, timeout=30)
        self.check(f"{case.method} {case.formatted_path}", case.body, response)

    def send_aws(self, case: Any) -> None:
        target = case.operation.path.lstrip("/")
        response = self.session.post(
            f"{self.url}/",
            data=case.body if isinstance(case.body, bytes) else json.dumps(case.body),
            headers={"X-Amz-Target": f"SageMaker.{target}", "Content-Type": aws.CONTENT_TYPE},
            timeout=30,
        )
        self.check(f"AWS {target}", case.body, response)

    def fuzz(self, schema: Any, send: Any, examples: int) -> None:
        for operation in [result.ok() for result in schema.get_all_operations()]:
            modes = [schemathesis.GenerationMode.POSITIVE]
            if len(operation.query) or len(operation.headers) or len(operation.body):
                # A free-form path parameter has no invalid value: only the rest can be broken.
                modes.append(schemathesis.GenerationMode.NEGATIVE)
            for mode in modes:
                strategy = operation.as_strategy(generation_mode=mode)
                test = hypothesis_settings(
                    max_examples=examples,
                    deadline=None,
                    database=None,
                    phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=list(HealthCheck),
                )(hypothesis.seed(SEED)(given(case=strategy)(send)))
                started, before = time.monotonic(), self.sent
                with contextlib.suppress(hypothesis.errors.Unsatisfiable):
                    test()  # Unsatisfiable: nothing left to make invalid
                took = time.monotonic() - started
                label = f"{operation.method.upper()} {operation.path} {mode.value}"
                print(f"{label}: {self.sent - before} requests in {took:.1f} s")


def test_generated_requests_get_no_5xx_and_errors_in_the_documented_shape(live_url: str) -> None:
    schema: Any = schemathesis.openapi.from_url(f"{live_url}/openapi.json")
    paths = {result.ok().path for result in schema.get_all_operations()}
    assert paths >= {"/", "/v1/hyper-parameter-tuning-jobs", "/v1/training-jobs/{name}"}
    run = Run(live_url)
    run.fuzz(schema, run.send, EXAMPLES_PER_MODE)
    run.fuzz(schemathesis.openapi.from_dict(aws_door_schema()), run.send_aws, AWS_EXAMPLES_PER_MODE)
    assert not run.problems, f"{len(run.problems)} bad answers, e.g.:\n" + "\n".join(
        run.problems[:10]
    )
    assert run.sent >= MIN_REQUESTS, f"only {run.sent} requests were generated"
