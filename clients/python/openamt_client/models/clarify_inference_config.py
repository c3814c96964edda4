from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.clarify_inference_config_feature_types_type_0_item import ClarifyInferenceConfigFeatureTypesType0Item
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ClarifyInferenceConfig")



@_attrs_define
class ClarifyInferenceConfig:
    """ The inference configuration parameter for the model container.

        Attributes:
            content_template (None | str | Unset): A template string used to format a JSON record into an acceptable model
                container input.
            feature_headers (list[str] | None | Unset): The names of the features.
            feature_types (list[ClarifyInferenceConfigFeatureTypesType0Item] | None | Unset): A list of data types of the
                features (optional).
            features_attribute (None | str | Unset): Provides the JMESPath expression to extract the features from a model
                container input in JSON Lines format.
            label_attribute (None | str | Unset): A JMESPath expression used to locate the list of label headers in the
                model container output.
            label_headers (list[str] | None | Unset): For multiclass classification problems, the label headers are the
                names of the classes.
            label_index (int | None | Unset): A zero-based index used to extract a label header or list of label headers
                from model container output in CSV format.
            max_payload_in_mb (int | None | Unset): The maximum payload size (MB) allowed of a request from the explainer to
                the model container.
            max_record_count (int | None | Unset): The maximum number of records in a request that the model container can
                process when querying the model container for the predictions of a synthetic dataset.
            probability_attribute (None | str | Unset): A JMESPath expression used to extract the probability (or score)
                from the model container output if the model container is in JSON Lines format.
            probability_index (int | None | Unset): A zero-based index used to extract a probability value (score) or list
                from model container output in CSV format.
     """

    content_template: None | str | Unset = UNSET
    feature_headers: list[str] | None | Unset = UNSET
    feature_types: list[ClarifyInferenceConfigFeatureTypesType0Item] | None | Unset = UNSET
    features_attribute: None | str | Unset = UNSET
    label_attribute: None | str | Unset = UNSET
    label_headers: list[str] | None | Unset = UNSET
    label_index: int | None | Unset = UNSET
    max_payload_in_mb: int | None | Unset = UNSET
    max_record_count: int | None | Unset = UNSET
    probability_attribute: None | str | Unset = UNSET
    probability_index: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        content_template: None | str | Unset
        if isinstance(self.content_template, Unset):
            content_template = UNSET
        else:
            content_template = self.content_template

        feature_headers: list[str] | None | Unset
        if isinstance(self.feature_headers, Unset):
            feature_headers = UNSET
        elif isinstance(self.feature_headers, list):
            feature_headers = self.feature_headers


        else:
            feature_headers = self.feature_headers

        feature_types: list[str] | None | Unset
        if isinstance(self.feature_types, Unset):
            feature_types = UNSET
        elif isinstance(self.feature_types, list):
            feature_types = []
            for feature_types_type_0_item_data in self.feature_types:
                feature_types_type_0_item = feature_types_type_0_item_data.value
                feature_types.append(feature_types_type_0_item)


        else:
            feature_types = self.feature_types

        features_attribute: None | str | Unset
        if isinstance(self.features_attribute, Unset):
            features_attribute = UNSET
        else:
            features_attribute = self.features_attribute

        label_attribute: None | str | Unset
        if isinstance(self.label_attribute, Unset):
            label_attribute = UNSET
        else:
            label_attribute = self.label_attribute

        label_headers: list[str] | None | Unset
        if isinstance(self.label_headers, Unset):
            label_headers = UNSET
        elif isinstance(self.label_headers, list):
            label_headers = self.label_headers


        else:
            label_headers = self.label_headers

        label_index: int | None | Unset
        if isinstance(self.label_index, Unset):
            label_index = UNSET
        else:
            label_index = self.label_index

        max_payload_in_mb: int | None | Unset
        if isinstance(self.max_payload_in_mb, Unset):
            max_payload_in_mb = UNSET
        else:
            max_payload_in_mb = self.max_payload_in_mb

        max_record_count: int | None | Unset
        if isinstance(self.max_record_count, Unset):
            max_record_count = UNSET
        else:
            max_record_count = self.max_record_count

        probability_attribute: None | str | Unset
        if isinstance(self.probability_attribute, Unset):
            probability_attribute = UNSET
        else:
            probability_attribute = self.probability_attribute

        probability_index: int | None | Unset
        if isinstance(self.probability_index, Unset):
            probability_index = UNSET
        else:
            probability_index = self.probability_index


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if content_template is not UNSET:
            field_dict["ContentTemplate"] = content_template
        if feature_headers is not UNSET:
            field_dict["FeatureHeaders"] = feature_headers
        if feature_types is not UNSET:
            field_dict["FeatureTypes"] = feature_types
        if features_attribute is not UNSET:
            field_dict["FeaturesAttribute"] = features_attribute
        if label_attribute is not UNSET:
            field_dict["LabelAttribute"] = label_attribute
        if label_headers is not UNSET:
            field_dict["LabelHeaders"] = label_headers
        if label_index is not UNSET:
            field_dict["LabelIndex"] = label_index
        if max_payload_in_mb is not UNSET:
            field_dict["MaxPayloadInMB"] = max_payload_in_mb
        if max_record_count is not UNSET:
            field_dict["MaxRecordCount"] = max_record_count
        if probability_attribute is not UNSET:
            field_dict["ProbabilityAttribute"] = probability_attribute
        if probability_index is not UNSET:
            field_dict["ProbabilityIndex"] = probability_index

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_content_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_template = _parse_content_template(d.pop("ContentTemplate", UNSET))


        def _parse_feature_headers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                feature_headers_type_0 = cast(list[str], data)

                return feature_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        feature_headers = _parse_feature_headers(d.pop("FeatureHeaders", UNSET))


        def _parse_feature_types(data: object) -> list[ClarifyInferenceConfigFeatureTypesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                feature_types_type_0 = []
                _feature_types_type_0 = data
                for feature_types_type_0_item_data in (_feature_types_type_0):
                    feature_types_type_0_item = ClarifyInferenceConfigFeatureTypesType0Item(feature_types_type_0_item_data)



                    feature_types_type_0.append(feature_types_type_0_item)

                return feature_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClarifyInferenceConfigFeatureTypesType0Item] | None | Unset, data)

        feature_types = _parse_feature_types(d.pop("FeatureTypes", UNSET))


        def _parse_features_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        features_attribute = _parse_features_attribute(d.pop("FeaturesAttribute", UNSET))


        def _parse_label_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_attribute = _parse_label_attribute(d.pop("LabelAttribute", UNSET))


        def _parse_label_headers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                label_headers_type_0 = cast(list[str], data)

                return label_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        label_headers = _parse_label_headers(d.pop("LabelHeaders", UNSET))


        def _parse_label_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        label_index = _parse_label_index(d.pop("LabelIndex", UNSET))


        def _parse_max_payload_in_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_payload_in_mb = _parse_max_payload_in_mb(d.pop("MaxPayloadInMB", UNSET))


        def _parse_max_record_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_record_count = _parse_max_record_count(d.pop("MaxRecordCount", UNSET))


        def _parse_probability_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        probability_attribute = _parse_probability_attribute(d.pop("ProbabilityAttribute", UNSET))


        def _parse_probability_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probability_index = _parse_probability_index(d.pop("ProbabilityIndex", UNSET))


        clarify_inference_config = cls(
            content_template=content_template,
            feature_headers=feature_headers,
            feature_types=feature_types,
            features_attribute=features_attribute,
            label_attribute=label_attribute,
            label_headers=label_headers,
            label_index=label_index,
            max_payload_in_mb=max_payload_in_mb,
            max_record_count=max_record_count,
            probability_attribute=probability_attribute,
            probability_index=probability_index,
        )

        return clarify_inference_config

