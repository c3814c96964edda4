from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.real_time_inference_recommendation_instancetype import RealTimeInferenceRecommendationInstancetype
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.real_time_inference_recommendation_environment_type_0 import RealTimeInferenceRecommendationEnvironmentType0





T = TypeVar("T", bound="RealTimeInferenceRecommendation")



@_attrs_define
class RealTimeInferenceRecommendation:
    """ The recommended configuration to use for Real-Time Inference.

        Attributes:
            instance_type (RealTimeInferenceRecommendationInstancetype): The recommended instance type for Real-Time
                Inference.
            recommendation_id (str): The recommendation ID which uniquely identifies each recommendation.
            environment (None | RealTimeInferenceRecommendationEnvironmentType0 | Unset): The recommended environment
                variables to set in the model container for Real-Time Inference.
     """

    instance_type: RealTimeInferenceRecommendationInstancetype
    recommendation_id: str
    environment: None | RealTimeInferenceRecommendationEnvironmentType0 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.real_time_inference_recommendation_environment_type_0 import RealTimeInferenceRecommendationEnvironmentType0 # noqa: PLC0415
        instance_type = self.instance_type.value

        recommendation_id = self.recommendation_id

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, RealTimeInferenceRecommendationEnvironmentType0):
            environment = self.environment.to_dict()
        else:
            environment = self.environment


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "InstanceType": instance_type,
            "RecommendationId": recommendation_id,
        })
        if environment is not UNSET:
            field_dict["Environment"] = environment

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.real_time_inference_recommendation_environment_type_0 import RealTimeInferenceRecommendationEnvironmentType0 # noqa: PLC0415
        d = dict(src_dict)
        instance_type = RealTimeInferenceRecommendationInstancetype(d.pop("InstanceType"))




        recommendation_id = d.pop("RecommendationId")

        def _parse_environment(data: object) -> None | RealTimeInferenceRecommendationEnvironmentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = RealTimeInferenceRecommendationEnvironmentType0.from_dict(data)



                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RealTimeInferenceRecommendationEnvironmentType0 | Unset, data)

        environment = _parse_environment(d.pop("Environment", UNSET))


        real_time_inference_recommendation = cls(
            instance_type=instance_type,
            recommendation_id=recommendation_id,
            environment=environment,
        )

        return real_time_inference_recommendation

