"""The rows an openamt database held at each earlier revision of its schema, written once.

Every row is given as today's schema has it, with the revision that could first store it.
A database at revision R holds the rows of R and earlier, without the columns later
revisions added (ADDED); upgraded to head, those columns hold what their revision gives the
rows it finds (its server default, or NULL). tests/test_migrations.py stores them at R with
SQLAlchemy Core (no ORM model: the models describe head), upgrades, and reads them back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, column, table
from sqlalchemy.sql.expression import TableClause

from app.db.models import UtcDateTime
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.spec import interpret
from tests.support.jobs import xgboost_job

REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007"]  # base..head-1, oldest first
HEAD = "0008"

# Derived by its revision from the rows themselves (0005 interprets the stored request, 0008
# gives a warm start its parents' best): checked by what it means (tests/test_migrations.py),
# not against a fixed value.
DERIVED = object()

# The columns each revision added to a table that existed before it, with the value the
# revision gives the rows already there.
ADDED: dict[str, dict[str, dict[str, Any]]] = {
    "0002": {
        "tuning_jobs": {"parent_best_training_job": DERIVED, "parent_best_objective": DERIVED},
        "training_jobs": {"definition_name": None},
    },
    "0003": {
        "training_jobs": {"training_seconds": None, "billable_seconds": None, "interruptions": 0}
    },
    "0004": {
        "training_jobs": {"secondary_status_transitions": []},
        "endpoints": {
            "generation": 0,
            "pending_config_name": None,
            "pending_variants": None,
            "update_start_time": None,
        },
    },
    "0005": {"tuning_jobs": {"plan": DERIVED}},
    "0007": {"training_jobs": {"debug_rule_statuses": []}},
}

STAMP = datetime(2026, 1, 1, tzinfo=UTC)
ACCOUNT = "arn:aws:sagemaker:us-east-1:123456789012"
PARENT, CHILD, INVALID = "migrated-parent", "migrated-child", "migrated-invalid"
STANDALONE = "migrated-standalone"
ENDPOINT, ENDPOINT_CONFIG, MODEL = "migrated-endpoint", "migrated-config", "migrated-model"


def at(minutes: float) -> datetime:
    return STAMP + timedelta(minutes=minutes)


def _request(name: str, **changes: Any) -> dict[str, Any]:
    body = xgboost_job(name, max_jobs=4, parallel=2)
    body.update(changes)
    return body


PARENT_REQUEST = _request(PARENT)
CHILD_REQUEST = _request(
    CHILD,
    WarmStartConfig={
        "ParentHyperParameterTuningJobs": [{"HyperParameterTuningJobName": PARENT}],
        "WarmStartType": "IdenticalDataAndAlgorithm",
    },
)
# Stored when MaxParallelTrainingJobs past MaxNumberOfTrainingJobs passed; today's rules refuse.
INVALID_REQUEST = _request(INVALID)
INVALID_REQUEST["HyperParameterTuningJobConfig"]["ResourceLimits"]["MaxParallelTrainingJobs"] = 99
INVALID_REASON = "cannot exceed MaxNumberOfTrainingJobs"

REQUESTS = {PARENT: PARENT_REQUEST, CHILD: CHILD_REQUEST, INVALID: INVALID_REQUEST}


def frozen_plan(request: dict[str, Any]) -> dict[str, Any]:
    """The plan openamt froze at create (0005 and later) for a request today's rules take."""
    from app.config import Settings

    parsed = CreateTuningJobRequest.model_validate(request)
    return interpret(parsed).freeze(Settings.model_construct()).to_json()


COUNTERS = (
    "launched", "completed", "in_progress", "retryable_error", "non_retryable_error", "stopped",
    "objective_succeeded", "objective_pending", "objective_failed", "not_improving",
)  # fmt: skip


def _tuning_job(id_: int, name: str, status: str, minutes: float, **values: Any) -> dict[str, Any]:
    request = REQUESTS[name]
    config = request["HyperParameterTuningJobConfig"]
    limits = config["ResourceLimits"]
    return {
        "id": id_,
        "name": name,
        "arn": f"{ACCOUNT}:hyper-parameter-tuning-job/{name}",
        "status": status,
        "request": request,
        "plan": values.pop("plan", None) or frozen_plan(request),
        "strategy": config["Strategy"],
        "objective_type": "Maximize",
        "objective_metric": "validation:auc",
        "max_training_jobs": limits["MaxNumberOfTrainingJobs"],
        "max_parallel": limits["MaxParallelTrainingJobs"],
        "max_runtime_seconds": None,
        "stop_reason": None,
        "failure_reason": None,
        "creation_time": at(minutes),
        "end_time": None,
        "last_modified_time": at(minutes + 30),
        "convergence_detected_time": None,
        **dict.fromkeys(COUNTERS, 0),
        "best_training_job": None,
        "best_objective": None,
        "parent_best_training_job": None,
        "parent_best_objective": None,
        "tags": [{"Key": "team", "Value": "search"}],
        **values,
    }


SPEC = {
    key: value
    for key, value in PARENT_REQUEST["TrainingJobDefinition"].items()
    if key != "StaticHyperParameters"
}
STATIC = PARENT_REQUEST["TrainingJobDefinition"]["StaticHyperParameters"]


def _training_job(
    id_: int, tuning: str | None, sequence: int, status: str, **values: Any
) -> dict[str, Any]:
    name = f"{tuning}-{sequence:03d}-abcdef{id_:02d}" if tuning else STANDALONE
    tuned = {"eta": f"0.{id_}", "max_depth": str(2 + sequence)} if tuning else {}
    objective = values.get("final_objective")
    return {
        "id": id_,
        "name": name,
        "arn": f"{ACCOUNT}:training-job/{name}",
        "tuning_job_name": tuning,
        "tuning_job_arn": f"{ACCOUNT}:hyper-parameter-tuning-job/{tuning}" if tuning else None,
        "sequence": sequence,
        "trial_id": id_ if tuning else None,
        "definition_name": None,
        "status": status,
        "secondary_status": {
            "Completed": "Completed",
            "Failed": "Failed",
            "Stopped": "Stopped",
            "InProgress": "Training",
        }[status],  # fmt: skip
        "secondary_status_transitions": [],
        "failure_kind": None,
        "failure_reason": None,
        "objective_status": "Pending" if objective is None else "Succeeded",
        "final_objective": None,
        "early_stopped": False,
        "tuned_hyperparameters": tuned,
        "hyperparameters": {
            **STATIC,
            **tuned,
            **({"_tuning_objective_metric": "validation:auc"} if tuning else {}),
        },  # fmt: skip
        "spec": SPEC,
        "final_metrics": []
        if objective is None
        else [
            {
                "MetricName": "validation:auc",
                "Value": objective,
                "Timestamp": at(id_ + 5).isoformat(),
            }
        ],  # fmt: skip
        "model_artifacts": None,
        "creation_time": at(id_),
        "training_start_time": at(id_ + 1),
        "training_end_time": None if status == "InProgress" else at(id_ + 5),
        "last_modified_time": at(id_ + 5),
        "lease_owner": None,
        "process_group": None,
        "lease_expires_at": None,
        "attempts": 1,
        "tags": [],
        "training_seconds": None,
        "billable_seconds": None,
        "interruptions": 0,
        **values,
    }


def _model_uri(job: str) -> str:
    return f"s3://test-bucket/fraud/output/{job}/output/model.tar.gz"


BEST = f"{PARENT}-001-abcdef01"  # the parent's best (0.91), better than the child's own
CHILD_BEST = f"{CHILD}-001-abcdef04"
VARIANT = {"VariantName": "AllTraffic", "ModelName": MODEL, "Weight": 1.0,
           "Image": PARENT_REQUEST["TrainingJobDefinition"]["AlgorithmSpecification"]
           ["TrainingImage"], "ModelDataUrl": _model_uri(BEST), "Environment": {},
           "BuiltinXGBoost": True, "Instances": 1}  # fmt: skip

# (the revision that could first store it, table, the row as head has it), in insert order.
ROWS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "0001",
        "tuning_jobs",
        _tuning_job(
            1,
            PARENT,
            "Completed",
            0,
            launched=3,
            completed=1,
            non_retryable_error=1,
            stopped=1,
            objective_succeeded=2,
            objective_failed=1,
            best_training_job=BEST,
            best_objective=0.91,
            end_time=at(20),
            not_improving=2,
        ),
    ),
    (
        "0001",
        "tuning_jobs",
        _tuning_job(
            2,
            CHILD,
            "InProgress",
            25,
            launched=2,
            completed=1,
            in_progress=1,
            objective_succeeded=1,
            objective_pending=1,
            best_training_job=CHILD_BEST,
            best_objective=0.85,
            parent_best_training_job=BEST,
            parent_best_objective=0.91,
        ),
    ),
    (
        "0001",
        "tuning_jobs",
        _tuning_job(
            3,
            INVALID,
            "Completed",
            40,
            end_time=at(41),
            plan={
                "Version": 0,
                "Invalid": "HyperParameterTuningJobConfig.ResourceLimits."
                "MaxParallelTrainingJobs (99) cannot exceed MaxNumberOfTrainingJobs (4)",
            },
        ),
    ),
    (
        "0001",
        "training_jobs",
        _training_job(
            1,
            PARENT,
            1,
            "Completed",
            final_objective=0.91,
            model_artifacts=_model_uri(BEST),
            training_seconds=240.0,
            billable_seconds=240,
            secondary_status_transitions=[
                {
                    "Status": "Completed",
                    "StartTime": at(6).isoformat(),
                    "StatusMessage": "Training job completed",
                }
            ],
        ),
    ),  # fmt: skip
    (
        "0001",
        "training_jobs",
        _training_job(
            2,
            PARENT,
            2,
            "Stopped",
            final_objective=0.6,
            early_stopped=True,
            definition_name="xgb",
        ),
    ),
    (
        "0001",
        "training_jobs",
        _training_job(
            3,
            PARENT,
            3,
            "Failed",
            failure_kind="NonRetryable",
            objective_status="Failed",
            failure_reason="AlgorithmError: the data has no label column",
        ),
    ),
    ("0001", "training_jobs", _training_job(4, CHILD, 1, "Completed", final_objective=0.85)),
    (
        "0001",
        "training_jobs",
        _training_job(
            5,
            CHILD,
            2,
            "InProgress",
            lease_owner="host:4242",
            process_group=4242,
            lease_expires_at=at(60),
            interruptions=1,
        ),
    ),
    ("0004", "training_jobs", _training_job(6, None, 0, "Completed", final_objective=None)),
    *[
        (
            "0001",
            "metric_points",
            {
                "id": i,
                "training_job_id": job,
                "metric_name": "validation:auc",
                "step": step,
                "value": value,
                "timestamp": at(job + step),
            },
        )
        for i, (job, step, value) in enumerate(
            [(1, 0, 0.7), (1, 1, 0.91), (2, 0, 0.6), (4, 0, 0.85)], start=1
        )
    ],  # fmt: skip
    (
        "0003",
        "models",
        {
            "id": 1,
            "name": MODEL,
            "arn": f"{ACCOUNT}:model/{MODEL}",
            "creation_time": at(50),
            "request": {
                "ModelName": MODEL,
                "ExecutionRoleArn": SPEC["RoleArn"],
                "PrimaryContainer": {"Image": VARIANT["Image"], "ModelDataUrl": _model_uri(BEST)},
            },
        },
    ),  # fmt: skip
    (
        "0003",
        "endpoint_configs",
        {
            "id": 1,
            "name": ENDPOINT_CONFIG,
            "arn": f"{ACCOUNT}:endpoint-config/{ENDPOINT_CONFIG}",
            "creation_time": at(51),
            "request": {
                "EndpointConfigName": ENDPOINT_CONFIG,
                "ProductionVariants": [
                    {
                        "VariantName": "AllTraffic",
                        "ModelName": MODEL,
                        "InitialInstanceCount": 1,
                        "InstanceType": "ml.m5.large",
                    }
                ],
            },
        },
    ),  # fmt: skip
    (
        "0003",
        "endpoints",
        {
            "id": 1,
            "name": ENDPOINT,
            "arn": f"{ACCOUNT}:endpoint/{ENDPOINT}",
            "config_name": ENDPOINT_CONFIG,
            "status": "InService",
            "failure_reason": None,
            "variants": [VARIANT],
            "tags": [],
            "creation_time": at(52),
            "last_modified_time": at(53),
            "generation": 2,
            "pending_config_name": None,
            "pending_variants": None,
            "update_start_time": None,
        },
    ),  # fmt: skip
]


def _added_after(revision: str, table_name: str) -> dict[str, Any]:
    """The columns of `table_name` revisions after `revision` added, with what they give."""
    added: dict[str, Any] = {}
    for later, tables in ADDED.items():
        if later > revision:
            added.update(tables.get(table_name, {}))
    return added


def stored_at(revision: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each row a database at `revision` held, with the columns it had then."""
    for since, table_name, row in ROWS:
        if since <= revision:
            later = _added_after(revision, table_name)
            yield table_name, {k: v for k, v in row.items() if k not in later}


def expected_at_head(revision: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each row of `revision`, upgraded to head: its values kept, the columns added since with
    what their revisions give (DERIVED: checked elsewhere, left out)."""
    for since, table_name, row in ROWS:
        if since <= revision:
            later = _added_after(revision, table_name)
            kept = {k: v for k, v in row.items() if k not in later}
            yield table_name, kept | {k: v for k, v in later.items() if v is not DERIVED}


def shaped(table_name: str, row: dict[str, Any]) -> TableClause:
    """A Core table of the row's columns, typed where the value needs a type to be bound and
    read back (JSON documents, UTC datetimes); the rest pass through as the driver has them."""

    def typed(name: str, value: Any) -> Any:
        if isinstance(value, dict | list):
            return column(name, JSON)
        if isinstance(value, datetime):
            return column(name, UtcDateTime)
        return column(name)

    return table(table_name, *(typed(name, value) for name, value in row.items()))
