from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.s3_data_source_s3_data_distribution_type_type_0 import S3DataSourceS3DataDistributionTypeType0
from ..models.s3_data_source_s3_datatype import S3DataSourceS3Datatype
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.hub_access_config import HubAccessConfig
  from ..models.model_access_config import ModelAccessConfig





T = TypeVar("T", bound="S3DataSource")



@_attrs_define
class S3DataSource:
    """ Describes the S3 data source.

        Attributes:
            s3_data_type (S3DataSourceS3Datatype): Whether S3Uri is a key prefix (S3Prefix) or a manifest listing the
                objects to use.
            s3_uri (str): The S3 key name prefix or manifest file that holds the channel data.
            attribute_names (list[str] | None | Unset): The attribute names to use from an augmented manifest file.
            hub_access_config (HubAccessConfig | None | Unset): A private hub model reference that points to a SageMaker
                JumpStart public hub model.
            instance_group_names (list[str] | None | Unset): A list of names of instance groups that get data from the S3
                data source.
            model_access_config (ModelAccessConfig | None | Unset): The access configuration file to control access to the
                ML model.
            s3_data_distribution_type (None | S3DataSourceS3DataDistributionTypeType0 | Unset): FullyReplicated copies all
                data to every instance; ShardedByS3Key splits it.
     """

    s3_data_type: S3DataSourceS3Datatype
    s3_uri: str
    attribute_names: list[str] | None | Unset = UNSET
    hub_access_config: HubAccessConfig | None | Unset = UNSET
    instance_group_names: list[str] | None | Unset = UNSET
    model_access_config: ModelAccessConfig | None | Unset = UNSET
    s3_data_distribution_type: None | S3DataSourceS3DataDistributionTypeType0 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.hub_access_config import HubAccessConfig # noqa: PLC0415
        from ..models.model_access_config import ModelAccessConfig # noqa: PLC0415
        s3_data_type = self.s3_data_type.value

        s3_uri = self.s3_uri

        attribute_names: list[str] | None | Unset
        if isinstance(self.attribute_names, Unset):
            attribute_names = UNSET
        elif isinstance(self.attribute_names, list):
            attribute_names = self.attribute_names


        else:
            attribute_names = self.attribute_names

        hub_access_config: dict[str, Any] | None | Unset
        if isinstance(self.hub_access_config, Unset):
            hub_access_config = UNSET
        elif isinstance(self.hub_access_config, HubAccessConfig):
            hub_access_config = self.hub_access_config.to_dict()
        else:
            hub_access_config = self.hub_access_config

        instance_group_names: list[str] | None | Unset
        if isinstance(self.instance_group_names, Unset):
            instance_group_names = UNSET
        elif isinstance(self.instance_group_names, list):
            instance_group_names = self.instance_group_names


        else:
            instance_group_names = self.instance_group_names

        model_access_config: dict[str, Any] | None | Unset
        if isinstance(self.model_access_config, Unset):
            model_access_config = UNSET
        elif isinstance(self.model_access_config, ModelAccessConfig):
            model_access_config = self.model_access_config.to_dict()
        else:
            model_access_config = self.model_access_config

        s3_data_distribution_type: None | str | Unset
        if isinstance(self.s3_data_distribution_type, Unset):
            s3_data_distribution_type = UNSET
        elif isinstance(self.s3_data_distribution_type, S3DataSourceS3DataDistributionTypeType0):
            s3_data_distribution_type = self.s3_data_distribution_type.value
        else:
            s3_data_distribution_type = self.s3_data_distribution_type


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "S3DataType": s3_data_type,
            "S3Uri": s3_uri,
        })
        if attribute_names is not UNSET:
            field_dict["AttributeNames"] = attribute_names
        if hub_access_config is not UNSET:
            field_dict["HubAccessConfig"] = hub_access_config
        if instance_group_names is not UNSET:
            field_dict["InstanceGroupNames"] = instance_group_names
        if model_access_config is not UNSET:
            field_dict["ModelAccessConfig"] = model_access_config
        if s3_data_distribution_type is not UNSET:
            field_dict["S3DataDistributionType"] = s3_data_distribution_type

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hub_access_config import HubAccessConfig # noqa: PLC0415
        from ..models.model_access_config import ModelAccessConfig # noqa: PLC0415
        d = dict(src_dict)
        s3_data_type = S3DataSourceS3Datatype(d.pop("S3DataType"))




        s3_uri = d.pop("S3Uri")

        def _parse_attribute_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attribute_names_type_0 = cast(list[str], data)

                return attribute_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        attribute_names = _parse_attribute_names(d.pop("AttributeNames", UNSET))


        def _parse_hub_access_config(data: object) -> HubAccessConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hub_access_config_type_0 = HubAccessConfig.from_dict(data)



                return hub_access_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HubAccessConfig | None | Unset, data)

        hub_access_config = _parse_hub_access_config(d.pop("HubAccessConfig", UNSET))


        def _parse_instance_group_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instance_group_names_type_0 = cast(list[str], data)

                return instance_group_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        instance_group_names = _parse_instance_group_names(d.pop("InstanceGroupNames", UNSET))


        def _parse_model_access_config(data: object) -> ModelAccessConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_access_config_type_0 = ModelAccessConfig.from_dict(data)



                return model_access_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelAccessConfig | None | Unset, data)

        model_access_config = _parse_model_access_config(d.pop("ModelAccessConfig", UNSET))


        def _parse_s3_data_distribution_type(data: object) -> None | S3DataSourceS3DataDistributionTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                s3_data_distribution_type_type_0 = S3DataSourceS3DataDistributionTypeType0(data)



                return s3_data_distribution_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | S3DataSourceS3DataDistributionTypeType0 | Unset, data)

        s3_data_distribution_type = _parse_s3_data_distribution_type(d.pop("S3DataDistributionType", UNSET))


        s3_data_source = cls(
            s3_data_type=s3_data_type,
            s3_uri=s3_uri,
            attribute_names=attribute_names,
            hub_access_config=hub_access_config,
            instance_group_names=instance_group_names,
            model_access_config=model_access_config,
            s3_data_distribution_type=s3_data_distribution_type,
        )

        return s3_data_source

