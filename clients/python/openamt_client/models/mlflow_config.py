from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MlflowConfig")



@_attrs_define
class MlflowConfig:
    """ The MLflow configuration using SageMaker managed MLflow.

        Attributes:
            mlflow_resource_arn (str): The ARN of the MLflow resource.
            mlflow_experiment_name (None | str | Unset): The MLflow experiment name used for this job.
            mlflow_run_name (None | str | Unset): The MLflow run name used for this job.
     """

    mlflow_resource_arn: str
    mlflow_experiment_name: None | str | Unset = UNSET
    mlflow_run_name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        mlflow_resource_arn = self.mlflow_resource_arn

        mlflow_experiment_name: None | str | Unset
        if isinstance(self.mlflow_experiment_name, Unset):
            mlflow_experiment_name = UNSET
        else:
            mlflow_experiment_name = self.mlflow_experiment_name

        mlflow_run_name: None | str | Unset
        if isinstance(self.mlflow_run_name, Unset):
            mlflow_run_name = UNSET
        else:
            mlflow_run_name = self.mlflow_run_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MlflowResourceArn": mlflow_resource_arn,
        })
        if mlflow_experiment_name is not UNSET:
            field_dict["MlflowExperimentName"] = mlflow_experiment_name
        if mlflow_run_name is not UNSET:
            field_dict["MlflowRunName"] = mlflow_run_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mlflow_resource_arn = d.pop("MlflowResourceArn")

        def _parse_mlflow_experiment_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mlflow_experiment_name = _parse_mlflow_experiment_name(d.pop("MlflowExperimentName", UNSET))


        def _parse_mlflow_run_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mlflow_run_name = _parse_mlflow_run_name(d.pop("MlflowRunName", UNSET))


        mlflow_config = cls(
            mlflow_resource_arn=mlflow_resource_arn,
            mlflow_experiment_name=mlflow_experiment_name,
            mlflow_run_name=mlflow_run_name,
        )

        return mlflow_config

