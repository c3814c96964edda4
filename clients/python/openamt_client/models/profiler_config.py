from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.profiler_config_profiling_parameters_type_0 import ProfilerConfigProfilingParametersType0





T = TypeVar("T", bound="ProfilerConfig")



@_attrs_define
class ProfilerConfig:
    """ SageMaker Debugger system monitoring, framework profiling and storage paths.

        Attributes:
            disable_profiler (bool | None | Unset): Turns off SageMaker Debugger's system monitoring and profiling.
            profiling_interval_in_milliseconds (int | None | Unset): A time interval for capturing system metrics in
                milliseconds.
            profiling_parameters (None | ProfilerConfigProfilingParametersType0 | Unset): Configuration information for
                capturing framework metrics.
            s3_output_path (None | str | Unset): Path to Amazon S3 storage location for system and framework metrics.
     """

    disable_profiler: bool | None | Unset = UNSET
    profiling_interval_in_milliseconds: int | None | Unset = UNSET
    profiling_parameters: None | ProfilerConfigProfilingParametersType0 | Unset = UNSET
    s3_output_path: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.profiler_config_profiling_parameters_type_0 import ProfilerConfigProfilingParametersType0 # noqa: PLC0415
        disable_profiler: bool | None | Unset
        if isinstance(self.disable_profiler, Unset):
            disable_profiler = UNSET
        else:
            disable_profiler = self.disable_profiler

        profiling_interval_in_milliseconds: int | None | Unset
        if isinstance(self.profiling_interval_in_milliseconds, Unset):
            profiling_interval_in_milliseconds = UNSET
        else:
            profiling_interval_in_milliseconds = self.profiling_interval_in_milliseconds

        profiling_parameters: dict[str, Any] | None | Unset
        if isinstance(self.profiling_parameters, Unset):
            profiling_parameters = UNSET
        elif isinstance(self.profiling_parameters, ProfilerConfigProfilingParametersType0):
            profiling_parameters = self.profiling_parameters.to_dict()
        else:
            profiling_parameters = self.profiling_parameters

        s3_output_path: None | str | Unset
        if isinstance(self.s3_output_path, Unset):
            s3_output_path = UNSET
        else:
            s3_output_path = self.s3_output_path


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if disable_profiler is not UNSET:
            field_dict["DisableProfiler"] = disable_profiler
        if profiling_interval_in_milliseconds is not UNSET:
            field_dict["ProfilingIntervalInMilliseconds"] = profiling_interval_in_milliseconds
        if profiling_parameters is not UNSET:
            field_dict["ProfilingParameters"] = profiling_parameters
        if s3_output_path is not UNSET:
            field_dict["S3OutputPath"] = s3_output_path

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profiler_config_profiling_parameters_type_0 import ProfilerConfigProfilingParametersType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_disable_profiler(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_profiler = _parse_disable_profiler(d.pop("DisableProfiler", UNSET))


        def _parse_profiling_interval_in_milliseconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        profiling_interval_in_milliseconds = _parse_profiling_interval_in_milliseconds(d.pop("ProfilingIntervalInMilliseconds", UNSET))


        def _parse_profiling_parameters(data: object) -> None | ProfilerConfigProfilingParametersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profiling_parameters_type_0 = ProfilerConfigProfilingParametersType0.from_dict(data)



                return profiling_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfilerConfigProfilingParametersType0 | Unset, data)

        profiling_parameters = _parse_profiling_parameters(d.pop("ProfilingParameters", UNSET))


        def _parse_s3_output_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_output_path = _parse_s3_output_path(d.pop("S3OutputPath", UNSET))


        profiler_config = cls(
            disable_profiler=disable_profiler,
            profiling_interval_in_milliseconds=profiling_interval_in_milliseconds,
            profiling_parameters=profiling_parameters,
            s3_output_path=s3_output_path,
        )

        return profiler_config

