from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.debug_rule_configuration_instance_type_type_0 import DebugRuleConfigurationInstanceTypeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.debug_rule_configuration_rule_parameters_type_0 import DebugRuleConfigurationRuleParametersType0





T = TypeVar("T", bound="DebugRuleConfiguration")



@_attrs_define
class DebugRuleConfiguration:
    """ Configuration information for SageMaker Debugger rules for debugging.

        Attributes:
            rule_configuration_name (str): The name of the rule configuration.
            rule_evaluator_image (str): The Amazon Elastic Container (ECR) Image for the managed rule evaluation.
            instance_type (DebugRuleConfigurationInstanceTypeType0 | None | Unset): The instance type to deploy a custom
                rule for debugging a training job.
            local_path (None | str | Unset): Path to local storage location for output of rules.
            rule_parameters (DebugRuleConfigurationRuleParametersType0 | None | Unset): Runtime configuration for rule
                container.
            s3_output_path (None | str | Unset): Path to Amazon S3 storage location for rules.
            volume_size_in_gb (int | None | Unset): The size, in GB, of the ML storage volume attached to the processing
                instance.
     """

    rule_configuration_name: str
    rule_evaluator_image: str
    instance_type: DebugRuleConfigurationInstanceTypeType0 | None | Unset = UNSET
    local_path: None | str | Unset = UNSET
    rule_parameters: DebugRuleConfigurationRuleParametersType0 | None | Unset = UNSET
    s3_output_path: None | str | Unset = UNSET
    volume_size_in_gb: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.debug_rule_configuration_rule_parameters_type_0 import DebugRuleConfigurationRuleParametersType0 # noqa: PLC0415
        rule_configuration_name = self.rule_configuration_name

        rule_evaluator_image = self.rule_evaluator_image

        instance_type: None | str | Unset
        if isinstance(self.instance_type, Unset):
            instance_type = UNSET
        elif isinstance(self.instance_type, DebugRuleConfigurationInstanceTypeType0):
            instance_type = self.instance_type.value
        else:
            instance_type = self.instance_type

        local_path: None | str | Unset
        if isinstance(self.local_path, Unset):
            local_path = UNSET
        else:
            local_path = self.local_path

        rule_parameters: dict[str, Any] | None | Unset
        if isinstance(self.rule_parameters, Unset):
            rule_parameters = UNSET
        elif isinstance(self.rule_parameters, DebugRuleConfigurationRuleParametersType0):
            rule_parameters = self.rule_parameters.to_dict()
        else:
            rule_parameters = self.rule_parameters

        s3_output_path: None | str | Unset
        if isinstance(self.s3_output_path, Unset):
            s3_output_path = UNSET
        else:
            s3_output_path = self.s3_output_path

        volume_size_in_gb: int | None | Unset
        if isinstance(self.volume_size_in_gb, Unset):
            volume_size_in_gb = UNSET
        else:
            volume_size_in_gb = self.volume_size_in_gb


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "RuleConfigurationName": rule_configuration_name,
            "RuleEvaluatorImage": rule_evaluator_image,
        })
        if instance_type is not UNSET:
            field_dict["InstanceType"] = instance_type
        if local_path is not UNSET:
            field_dict["LocalPath"] = local_path
        if rule_parameters is not UNSET:
            field_dict["RuleParameters"] = rule_parameters
        if s3_output_path is not UNSET:
            field_dict["S3OutputPath"] = s3_output_path
        if volume_size_in_gb is not UNSET:
            field_dict["VolumeSizeInGB"] = volume_size_in_gb

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.debug_rule_configuration_rule_parameters_type_0 import DebugRuleConfigurationRuleParametersType0 # noqa: PLC0415
        d = dict(src_dict)
        rule_configuration_name = d.pop("RuleConfigurationName")

        rule_evaluator_image = d.pop("RuleEvaluatorImage")

        def _parse_instance_type(data: object) -> DebugRuleConfigurationInstanceTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instance_type_type_0 = DebugRuleConfigurationInstanceTypeType0(data)



                return instance_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DebugRuleConfigurationInstanceTypeType0 | None | Unset, data)

        instance_type = _parse_instance_type(d.pop("InstanceType", UNSET))


        def _parse_local_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_path = _parse_local_path(d.pop("LocalPath", UNSET))


        def _parse_rule_parameters(data: object) -> DebugRuleConfigurationRuleParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_parameters_type_0 = DebugRuleConfigurationRuleParametersType0.from_dict(data)



                return rule_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DebugRuleConfigurationRuleParametersType0 | None | Unset, data)

        rule_parameters = _parse_rule_parameters(d.pop("RuleParameters", UNSET))


        def _parse_s3_output_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_output_path = _parse_s3_output_path(d.pop("S3OutputPath", UNSET))


        def _parse_volume_size_in_gb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_size_in_gb = _parse_volume_size_in_gb(d.pop("VolumeSizeInGB", UNSET))


        debug_rule_configuration = cls(
            rule_configuration_name=rule_configuration_name,
            rule_evaluator_image=rule_evaluator_image,
            instance_type=instance_type,
            local_path=local_path,
            rule_parameters=rule_parameters,
            s3_output_path=s3_output_path,
            volume_size_in_gb=volume_size_in_gb,
        )

        return debug_rule_configuration

