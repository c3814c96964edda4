"""Local locations a job names, judged at create: file:// channels, file:// output paths and a
local sagemaker_submit_directory must lie under OPENAMT_ALLOWED_PATHS (ValidationException
naming the field). A tuning job's definitions and a standalone training job are judged alike.

The runner checks again when it reads or writes (app/storage.py): links may change between
create and run, and a stored request may predate a narrower OPENAMT_ALLOWED_PATHS.
"""

from __future__ import annotations

import json
from typing import Any

from app import storage
from app.config import Settings
from app.errors import ValidationError

SUBMIT_DIRECTORY = "sagemaker_submit_directory"


def check_job_locations(
    definition: Any,
    settings: Settings,
    *,
    field: str = "",
    hyperparameters: dict[str, str] | None,
    hyperparameters_member: str,
) -> None:
    """`definition`: a wire model with InputDataConfig, OutputDataConfig, CheckpointConfig and
    Environment (a TrainingJobDefinition, a CreateTrainingJob request); `field`: where it sits
    in the request ("" at the top)."""
    at = f"{field}." if field else ""
    for i, channel in enumerate(definition.input_data_config or []):
        source = channel.data_source.s3_data_source
        if source is not None:
            where = f"{at}InputDataConfig[{i}].DataSource.S3DataSource.S3Uri"
            _check(source.s3_uri, where, settings)
    output = definition.output_data_config.s3_output_path
    _check(output, f"{at}OutputDataConfig.S3OutputPath", settings)
    if definition.checkpoint_config is not None:
        _check(definition.checkpoint_config.s3_uri, f"{at}CheckpointConfig.S3Uri", settings)
    environment = definition.environment or {}
    if SUBMIT_DIRECTORY in (hyperparameters or {}):
        submit = _decode((hyperparameters or {})[SUBMIT_DIRECTORY])
        _check(submit, f"{at}{hyperparameters_member}.{SUBMIT_DIRECTORY}", settings)
    elif environment.get(SUBMIT_DIRECTORY.upper()):
        submit = _decode(environment[SUBMIT_DIRECTORY.upper()])
        _check(submit, f"{at}Environment.{SUBMIT_DIRECTORY.upper()}", settings)


def _decode(value: str) -> str:
    """The SageMaker SDK JSON-encodes hyperparameters ('"file:///code"'), as script mode reads."""
    try:
        decoded = json.loads(value)
    except (ValueError, TypeError):
        return value
    return decoded if isinstance(decoded, str) else value


def _check(uri: str, field: str, settings: Settings) -> None:
    if not storage.is_local(uri):
        return  # s3:// is confined to its store; anything else fails when the job runs
    try:
        storage.local_path_for(uri, settings)
    except storage.StorageError as error:
        raise ValidationError(f"{field}: {error}") from None
