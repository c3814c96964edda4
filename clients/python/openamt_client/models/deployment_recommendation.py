from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deployment_recommendation_recommendationstatus import DeploymentRecommendationRecommendationstatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.real_time_inference_recommendation import RealTimeInferenceRecommendation





T = TypeVar("T", bound="DeploymentRecommendation")



@_attrs_define
class DeploymentRecommendation:
    """ A set of recommended deployment configurations for the model.

        Attributes:
            recommendation_status (DeploymentRecommendationRecommendationstatus): Status of the deployment recommendation.
            real_time_inference_recommendations (list[RealTimeInferenceRecommendation] | None | Unset): A list of
                RealTimeInferenceRecommendation items.
     """

    recommendation_status: DeploymentRecommendationRecommendationstatus
    real_time_inference_recommendations: list[RealTimeInferenceRecommendation] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.real_time_inference_recommendation import RealTimeInferenceRecommendation # noqa: PLC0415
        recommendation_status = self.recommendation_status.value

        real_time_inference_recommendations: list[dict[str, Any]] | None | Unset
        if isinstance(self.real_time_inference_recommendations, Unset):
            real_time_inference_recommendations = UNSET
        elif isinstance(self.real_time_inference_recommendations, list):
            real_time_inference_recommendations = []
            for real_time_inference_recommendations_type_0_item_data in self.real_time_inference_recommendations:
                real_time_inference_recommendations_type_0_item = real_time_inference_recommendations_type_0_item_data.to_dict()
                real_time_inference_recommendations.append(real_time_inference_recommendations_type_0_item)


        else:
            real_time_inference_recommendations = self.real_time_inference_recommendations


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "RecommendationStatus": recommendation_status,
        })
        if real_time_inference_recommendations is not UNSET:
            field_dict["RealTimeInferenceRecommendations"] = real_time_inference_recommendations

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.real_time_inference_recommendation import RealTimeInferenceRecommendation # noqa: PLC0415
        d = dict(src_dict)
        recommendation_status = DeploymentRecommendationRecommendationstatus(d.pop("RecommendationStatus"))




        def _parse_real_time_inference_recommendations(data: object) -> list[RealTimeInferenceRecommendation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                real_time_inference_recommendations_type_0 = []
                _real_time_inference_recommendations_type_0 = data
                for real_time_inference_recommendations_type_0_item_data in (_real_time_inference_recommendations_type_0):
                    real_time_inference_recommendations_type_0_item = RealTimeInferenceRecommendation.from_dict(real_time_inference_recommendations_type_0_item_data)



                    real_time_inference_recommendations_type_0.append(real_time_inference_recommendations_type_0_item)

                return real_time_inference_recommendations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RealTimeInferenceRecommendation] | None | Unset, data)

        real_time_inference_recommendations = _parse_real_time_inference_recommendations(d.pop("RealTimeInferenceRecommendations", UNSET))


        deployment_recommendation = cls(
            recommendation_status=recommendation_status,
            real_time_inference_recommendations=real_time_inference_recommendations,
        )

        return deployment_recommendation

