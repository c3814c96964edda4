"""Tags of tuning jobs and training jobs, addressed by ARN (AddTags, ListTags, DeleteTags).

A tuning job's tags are copied to each training job when it is launched (the scheduler does
that), so, as AWS documents, tags added to a tuning job later reach only the training jobs it
launches afterwards, and tags deleted from it stay on those it launched before.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import TrainingJob, TuningJob
from app.errors import ResourceLimitExceeded, ValidationError
from app.schemas_common import Tag
from app.tags.schemas import tag_list

MAX_TAGS = 50
# AWS keeps keys starting with aws: for itself; a user cannot add or delete them.
RESERVED_PREFIX = "aws:"
KINDS: dict[str, type[TuningJob] | type[TrainingJob]] = {
    "hyper-parameter-tuning-job": TuningJob,
    "training-job": TrainingJob,
}


def check_tags(tags: list[Tag], *, field: str) -> list[dict[str, str]]:
    """Tags of one request as stored: keys unique, none reserved."""
    keys = [t.key for t in tags]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise ValidationError(f"{field}: tag keys must be unique, repeated: {repeated}")
    _refuse_reserved(keys, field)
    return [{"Key": t.key, "Value": t.value} for t in tags]


def _refuse_reserved(keys: list[str], field: str) -> None:
    reserved = [k for k in keys if k.lower().startswith(RESERVED_PREFIX)]
    if reserved:
        raise ValidationError(f"{field}: the prefix 'aws:' is reserved for AWS's use: {reserved}")


def find_resource(session: Session, arn: str, *, lock: bool = False) -> TuningJob | TrainingJob:
    """The tuning job or training job of an ARN. Decision: an ARN of nothing answers
    ValidationException, as SageMaker does for AddTags/ListTags (the model declares no error
    for them, and a deleted resource is reported that way)."""
    resource = arn.split(":", 5)[5]  # the pattern guarantees six parts
    kind, _, name = resource.partition("/")
    model = KINDS.get(kind)
    if model is None or not name:
        raise ValidationError(
            f"ResourceArn: {arn} is not the ARN of a hyperparameter tuning job or training job"
        )
    # ARNs hold names lower-cased: the exact name first (it uses the unique index).
    row: TuningJob | TrainingJob | None = None
    for condition in (model.name == name, func.lower(model.name) == name.lower()):
        query = select(model).where(condition)
        row = cast(Any, session.scalar(query.with_for_update() if lock else query))
        if row is not None:
            break
    if row is None or row.arn.lower() != arn.lower():
        raise ValidationError(f"Could not find resource {arn}")
    return row


def add(session: Session, arn: str, tags: list[Tag]) -> list[dict[str, str]]:
    """Adds tags, or replaces the value of a key already there. Returns the tags added."""
    added = check_tags(tags, field="Tags")
    row = find_resource(session, arn, lock=True)
    merged = {t["Key"]: t["Value"] for t in tag_list(row.tags)}
    merged.update({t["Key"]: t["Value"] for t in added})
    if len(merged) > MAX_TAGS:
        raise ResourceLimitExceeded(
            f"Tags: a resource can have at most {MAX_TAGS} tags; {arn} would have {len(merged)}"
        )
    row.tags = [{"Key": k, "Value": v} for k, v in merged.items()]  # a new list: tracked
    session.flush()
    return added


def list_tags(session: Session, arn: str, next_token: str | None = None) -> dict[str, Any]:
    """Every tag in one page: a resource has at most 50 and ListTags's MaxResults is at least
    50, so there is never a next page (and no token of ours to continue from)."""
    if next_token:
        raise ValidationError("NextToken: invalid pagination token")
    return {"Tags": tag_list(find_resource(session, arn).tags)}


def delete(session: Session, arn: str, keys: list[str]) -> None:
    """Deletes the tags with these keys; a key the resource does not have is ignored."""
    _refuse_reserved(keys, "TagKeys")
    row = find_resource(session, arn, lock=True)
    gone = set(keys)
    row.tags = [t for t in tag_list(row.tags) if t["Key"] not in gone]
    session.flush()
