from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.serverless_job_config_customization_technique_type_0 import ServerlessJobConfigCustomizationTechniqueType0
from ..models.serverless_job_config_evaluation_type_type_0 import ServerlessJobConfigEvaluationTypeType0
from ..models.serverless_job_config_jobtype import ServerlessJobConfigJobtype
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="ServerlessJobConfig")



@_attrs_define
class ServerlessJobConfig:
    """ The configuration for the serverless training job.

        Attributes:
            base_model_arn (str): The base model ARN in SageMaker Public Hub.
            job_type (ServerlessJobConfigJobtype): The serverless training job type.
            accept_eula (bool | None | Unset): Specifies agreement to the model end-user license agreement (EULA).
            customization_technique (None | ServerlessJobConfigCustomizationTechniqueType0 | Unset): The model customization
                technique.
            evaluation_type (None | ServerlessJobConfigEvaluationTypeType0 | Unset): The evaluation job type.
            evaluator_arn (None | str | Unset): The evaluator ARN used as reward function or reward prompt.
            peft (Literal['LORA'] | None | Unset): The parameter-efficient fine-tuning configuration.
            sequence_length (None | str | Unset): The maximum sequence length, in tokens, that the customization job
                supports.
     """

    base_model_arn: str
    job_type: ServerlessJobConfigJobtype
    accept_eula: bool | None | Unset = UNSET
    customization_technique: None | ServerlessJobConfigCustomizationTechniqueType0 | Unset = UNSET
    evaluation_type: None | ServerlessJobConfigEvaluationTypeType0 | Unset = UNSET
    evaluator_arn: None | str | Unset = UNSET
    peft: Literal['LORA'] | None | Unset = UNSET
    sequence_length: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        base_model_arn = self.base_model_arn

        job_type = self.job_type.value

        accept_eula: bool | None | Unset
        if isinstance(self.accept_eula, Unset):
            accept_eula = UNSET
        else:
            accept_eula = self.accept_eula

        customization_technique: None | str | Unset
        if isinstance(self.customization_technique, Unset):
            customization_technique = UNSET
        elif isinstance(self.customization_technique, ServerlessJobConfigCustomizationTechniqueType0):
            customization_technique = self.customization_technique.value
        else:
            customization_technique = self.customization_technique

        evaluation_type: None | str | Unset
        if isinstance(self.evaluation_type, Unset):
            evaluation_type = UNSET
        elif isinstance(self.evaluation_type, ServerlessJobConfigEvaluationTypeType0):
            evaluation_type = self.evaluation_type.value
        else:
            evaluation_type = self.evaluation_type

        evaluator_arn: None | str | Unset
        if isinstance(self.evaluator_arn, Unset):
            evaluator_arn = UNSET
        else:
            evaluator_arn = self.evaluator_arn

        peft: Literal['LORA'] | None | Unset
        if isinstance(self.peft, Unset):
            peft = UNSET
        else:
            peft = self.peft

        sequence_length: None | str | Unset
        if isinstance(self.sequence_length, Unset):
            sequence_length = UNSET
        else:
            sequence_length = self.sequence_length


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "BaseModelArn": base_model_arn,
            "JobType": job_type,
        })
        if accept_eula is not UNSET:
            field_dict["AcceptEula"] = accept_eula
        if customization_technique is not UNSET:
            field_dict["CustomizationTechnique"] = customization_technique
        if evaluation_type is not UNSET:
            field_dict["EvaluationType"] = evaluation_type
        if evaluator_arn is not UNSET:
            field_dict["EvaluatorArn"] = evaluator_arn
        if peft is not UNSET:
            field_dict["Peft"] = peft
        if sequence_length is not UNSET:
            field_dict["SequenceLength"] = sequence_length

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_model_arn = d.pop("BaseModelArn")

        job_type = ServerlessJobConfigJobtype(d.pop("JobType"))




        def _parse_accept_eula(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accept_eula = _parse_accept_eula(d.pop("AcceptEula", UNSET))


        def _parse_customization_technique(data: object) -> None | ServerlessJobConfigCustomizationTechniqueType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customization_technique_type_0 = ServerlessJobConfigCustomizationTechniqueType0(data)



                return customization_technique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerlessJobConfigCustomizationTechniqueType0 | Unset, data)

        customization_technique = _parse_customization_technique(d.pop("CustomizationTechnique", UNSET))


        def _parse_evaluation_type(data: object) -> None | ServerlessJobConfigEvaluationTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluation_type_type_0 = ServerlessJobConfigEvaluationTypeType0(data)



                return evaluation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerlessJobConfigEvaluationTypeType0 | Unset, data)

        evaluation_type = _parse_evaluation_type(d.pop("EvaluationType", UNSET))


        def _parse_evaluator_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evaluator_arn = _parse_evaluator_arn(d.pop("EvaluatorArn", UNSET))


        def _parse_peft(data: object) -> Literal['LORA'] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            peft_type_0 = cast(Literal['LORA'] , data)
            if peft_type_0 != 'LORA':
                raise ValueError(f"Peft_type_0 must match const 'LORA', got '{peft_type_0}'")
            return peft_type_0
            return cast(Literal['LORA'] | None | Unset, data)

        peft = _parse_peft(d.pop("Peft", UNSET))


        def _parse_sequence_length(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_length = _parse_sequence_length(d.pop("SequenceLength", UNSET))


        serverless_job_config = cls(
            base_model_arn=base_model_arn,
            job_type=job_type,
            accept_eula=accept_eula,
            customization_technique=customization_technique,
            evaluation_type=evaluation_type,
            evaluator_arn=evaluator_arn,
            peft=peft,
            sequence_length=sequence_length,
        )

        return serverless_job_config

