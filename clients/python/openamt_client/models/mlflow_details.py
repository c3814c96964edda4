from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MlflowDetails")



@_attrs_define
class MlflowDetails:
    """ The MLflow details of this job.

        Attributes:
            mlflow_experiment_id (None | str | Unset): The MLflow experiment ID used for this job.
            mlflow_run_id (None | str | Unset): The MLflow run ID used for this job.
     """

    mlflow_experiment_id: None | str | Unset = UNSET
    mlflow_run_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        mlflow_experiment_id: None | str | Unset
        if isinstance(self.mlflow_experiment_id, Unset):
            mlflow_experiment_id = UNSET
        else:
            mlflow_experiment_id = self.mlflow_experiment_id

        mlflow_run_id: None | str | Unset
        if isinstance(self.mlflow_run_id, Unset):
            mlflow_run_id = UNSET
        else:
            mlflow_run_id = self.mlflow_run_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if mlflow_experiment_id is not UNSET:
            field_dict["MlflowExperimentId"] = mlflow_experiment_id
        if mlflow_run_id is not UNSET:
            field_dict["MlflowRunId"] = mlflow_run_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_mlflow_experiment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mlflow_experiment_id = _parse_mlflow_experiment_id(d.pop("MlflowExperimentId", UNSET))


        def _parse_mlflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mlflow_run_id = _parse_mlflow_run_id(d.pop("MlflowRunId", UNSET))


        mlflow_details = cls(
            mlflow_experiment_id=mlflow_experiment_id,
            mlflow_run_id=mlflow_run_id,
        )

        return mlflow_details

