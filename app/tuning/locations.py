"""Local locations a tuning job names, judged at create: file:// channels, file:// output
paths and a local sagemaker_submit_directory must lie under OPENAMT_ALLOWED_PATHS.

The runner checks again when it reads or writes (app/storage.py): links may change between
create and run, and a stored request may predate a narrower OPENAMT_ALLOWED_PATHS.
"""

from __future__ import annotations

import json

from app import storage
from app.config import Settings
from app.errors import ValidationError
from app.tuning.schemas import CreateTuningJobRequest, TrainingJobDefinition

SUBMIT_DIRECTORY = "sagemaker_submit_directory"


def check_locations(request: CreateTuningJobRequest, settings: Settings) -> None:
    if request.training_job_definition is not None:
        _check_definition(request.training_job_definition, "TrainingJobDefinition", settings)
    for i, definition in enumerate(request.training_job_definitions or []):
        _check_definition(definition, f"TrainingJobDefinitions[{i}]", settings)


def _check_definition(definition: TrainingJobDefinition, field: str, settings: Settings) -> None:
    for i, channel in enumerate(definition.input_data_config or []):
        source = channel.data_source.s3_data_source
        if source is not None:
            where = f"{field}.InputDataConfig[{i}].DataSource.S3DataSource.S3Uri"
            _check(source.s3_uri, where, settings)
    output = definition.output_data_config.s3_output_path
    _check(output, f"{field}.OutputDataConfig.S3OutputPath", settings)
    if definition.checkpoint_config is not None:
        _check(definition.checkpoint_config.s3_uri, f"{field}.CheckpointConfig.S3Uri", settings)
    static = definition.static_hyper_parameters or {}
    if SUBMIT_DIRECTORY in static:
        submit = _decode(static[SUBMIT_DIRECTORY])
        _check(submit, f"{field}.StaticHyperParameters.{SUBMIT_DIRECTORY}", settings)
    elif (definition.environment or {}).get(SUBMIT_DIRECTORY.upper()):
        submit = (definition.environment or {})[SUBMIT_DIRECTORY.upper()]
        _check(submit, f"{field}.Environment.{SUBMIT_DIRECTORY.upper()}", settings)


def _decode(value: str) -> str:
    """The SageMaker SDK JSON-encodes hyperparameters ('"file:///code"'), as script mode reads."""
    try:
        decoded = json.loads(value)
    except (ValueError, TypeError):
        return value
    return decoded if isinstance(decoded, str) else value


def check_location(uri: str, field: str, settings: Settings) -> None:
    """One location of a request (a standalone training job's too): a local one must lie under
    OPENAMT_ALLOWED_PATHS (ValidationException naming `field`)."""
    _check(uri, field, settings)


def _check(uri: str, field: str, settings: Settings) -> None:
    if not storage.is_local(uri):
        return  # s3:// is confined to its store; anything else fails when the job runs
    try:
        storage.local_path_for(uri, settings)
    except storage.StorageError as error:
        raise ValidationError(f"{field}: {error}") from None
