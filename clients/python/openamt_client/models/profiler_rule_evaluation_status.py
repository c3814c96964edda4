from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.profiler_rule_evaluation_status_rule_evaluation_status_type_0 import ProfilerRuleEvaluationStatusRuleEvaluationStatusType0
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ProfilerRuleEvaluationStatus")



@_attrs_define
class ProfilerRuleEvaluationStatus:
    """ Information about the status of the rule evaluation.

        Attributes:
            last_modified_time (datetime.datetime | None | Unset): Timestamp when the rule evaluation status was last
                modified.
            rule_configuration_name (None | str | Unset): The name of the rule configuration.
            rule_evaluation_job_arn (None | str | Unset): The ARN of the rule evaluation job.
            rule_evaluation_status (None | ProfilerRuleEvaluationStatusRuleEvaluationStatusType0 | Unset): Status of the
                rule evaluation.
            status_details (None | str | Unset): Details from the rule evaluation.
     """

    last_modified_time: datetime.datetime | None | Unset = UNSET
    rule_configuration_name: None | str | Unset = UNSET
    rule_evaluation_job_arn: None | str | Unset = UNSET
    rule_evaluation_status: None | ProfilerRuleEvaluationStatusRuleEvaluationStatusType0 | Unset = UNSET
    status_details: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        last_modified_time: None | str | Unset
        if isinstance(self.last_modified_time, Unset):
            last_modified_time = UNSET
        elif isinstance(self.last_modified_time, datetime.datetime):
            last_modified_time = self.last_modified_time.isoformat()
        else:
            last_modified_time = self.last_modified_time

        rule_configuration_name: None | str | Unset
        if isinstance(self.rule_configuration_name, Unset):
            rule_configuration_name = UNSET
        else:
            rule_configuration_name = self.rule_configuration_name

        rule_evaluation_job_arn: None | str | Unset
        if isinstance(self.rule_evaluation_job_arn, Unset):
            rule_evaluation_job_arn = UNSET
        else:
            rule_evaluation_job_arn = self.rule_evaluation_job_arn

        rule_evaluation_status: None | str | Unset
        if isinstance(self.rule_evaluation_status, Unset):
            rule_evaluation_status = UNSET
        elif isinstance(self.rule_evaluation_status, ProfilerRuleEvaluationStatusRuleEvaluationStatusType0):
            rule_evaluation_status = self.rule_evaluation_status.value
        else:
            rule_evaluation_status = self.rule_evaluation_status

        status_details: None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        else:
            status_details = self.status_details


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if last_modified_time is not UNSET:
            field_dict["LastModifiedTime"] = last_modified_time
        if rule_configuration_name is not UNSET:
            field_dict["RuleConfigurationName"] = rule_configuration_name
        if rule_evaluation_job_arn is not UNSET:
            field_dict["RuleEvaluationJobArn"] = rule_evaluation_job_arn
        if rule_evaluation_status is not UNSET:
            field_dict["RuleEvaluationStatus"] = rule_evaluation_status
        if status_details is not UNSET:
            field_dict["StatusDetails"] = status_details

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_last_modified_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_time_type_0 = datetime.datetime.fromisoformat(data)



                return last_modified_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modified_time = _parse_last_modified_time(d.pop("LastModifiedTime", UNSET))


        def _parse_rule_configuration_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_configuration_name = _parse_rule_configuration_name(d.pop("RuleConfigurationName", UNSET))


        def _parse_rule_evaluation_job_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_evaluation_job_arn = _parse_rule_evaluation_job_arn(d.pop("RuleEvaluationJobArn", UNSET))


        def _parse_rule_evaluation_status(data: object) -> None | ProfilerRuleEvaluationStatusRuleEvaluationStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rule_evaluation_status_type_0 = ProfilerRuleEvaluationStatusRuleEvaluationStatusType0(data)



                return rule_evaluation_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfilerRuleEvaluationStatusRuleEvaluationStatusType0 | Unset, data)

        rule_evaluation_status = _parse_rule_evaluation_status(d.pop("RuleEvaluationStatus", UNSET))


        def _parse_status_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_details = _parse_status_details(d.pop("StatusDetails", UNSET))


        profiler_rule_evaluation_status = cls(
            last_modified_time=last_modified_time,
            rule_configuration_name=rule_configuration_name,
            rule_evaluation_job_arn=rule_evaluation_job_arn,
            rule_evaluation_status=rule_evaluation_status,
            status_details=status_details,
        )

        return profiler_rule_evaluation_status

