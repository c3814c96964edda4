from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.s3_model_data_source_compressiontype import S3ModelDataSourceCompressiontype
from ..models.s3_model_data_source_s3_datatype import S3ModelDataSourceS3Datatype
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.inference_hub_access_config import InferenceHubAccessConfig
  from ..models.model_access_config import ModelAccessConfig





T = TypeVar("T", bound="S3ModelDataSource")



@_attrs_define
class S3ModelDataSource:
    """ Specifies the S3 location of ML model data to deploy.

        Attributes:
            compression_type (S3ModelDataSourceCompressiontype): Specifies how the ML model data is prepared.
            s3_data_type (S3ModelDataSourceS3Datatype): Specifies the type of ML model data to deploy.
            s3_uri (str): Specifies the S3 path of ML model data to deploy.
            e_tag (None | str | Unset): The ETag associated with S3 URI.
            hub_access_config (InferenceHubAccessConfig | None | Unset): Configuration information for hub access.
            manifest_etag (None | str | Unset): The ETag associated with Manifest S3 URI.
            manifest_s3_uri (None | str | Unset): The Amazon S3 URI of the manifest file.
            model_access_config (ModelAccessConfig | None | Unset): Specifies the access configuration file for the ML
                model.
     """

    compression_type: S3ModelDataSourceCompressiontype
    s3_data_type: S3ModelDataSourceS3Datatype
    s3_uri: str
    e_tag: None | str | Unset = UNSET
    hub_access_config: InferenceHubAccessConfig | None | Unset = UNSET
    manifest_etag: None | str | Unset = UNSET
    manifest_s3_uri: None | str | Unset = UNSET
    model_access_config: ModelAccessConfig | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.inference_hub_access_config import InferenceHubAccessConfig # noqa: PLC0415
        from ..models.model_access_config import ModelAccessConfig # noqa: PLC0415
        compression_type = self.compression_type.value

        s3_data_type = self.s3_data_type.value

        s3_uri = self.s3_uri

        e_tag: None | str | Unset
        if isinstance(self.e_tag, Unset):
            e_tag = UNSET
        else:
            e_tag = self.e_tag

        hub_access_config: dict[str, Any] | None | Unset
        if isinstance(self.hub_access_config, Unset):
            hub_access_config = UNSET
        elif isinstance(self.hub_access_config, InferenceHubAccessConfig):
            hub_access_config = self.hub_access_config.to_dict()
        else:
            hub_access_config = self.hub_access_config

        manifest_etag: None | str | Unset
        if isinstance(self.manifest_etag, Unset):
            manifest_etag = UNSET
        else:
            manifest_etag = self.manifest_etag

        manifest_s3_uri: None | str | Unset
        if isinstance(self.manifest_s3_uri, Unset):
            manifest_s3_uri = UNSET
        else:
            manifest_s3_uri = self.manifest_s3_uri

        model_access_config: dict[str, Any] | None | Unset
        if isinstance(self.model_access_config, Unset):
            model_access_config = UNSET
        elif isinstance(self.model_access_config, ModelAccessConfig):
            model_access_config = self.model_access_config.to_dict()
        else:
            model_access_config = self.model_access_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CompressionType": compression_type,
            "S3DataType": s3_data_type,
            "S3Uri": s3_uri,
        })
        if e_tag is not UNSET:
            field_dict["ETag"] = e_tag
        if hub_access_config is not UNSET:
            field_dict["HubAccessConfig"] = hub_access_config
        if manifest_etag is not UNSET:
            field_dict["ManifestEtag"] = manifest_etag
        if manifest_s3_uri is not UNSET:
            field_dict["ManifestS3Uri"] = manifest_s3_uri
        if model_access_config is not UNSET:
            field_dict["ModelAccessConfig"] = model_access_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inference_hub_access_config import InferenceHubAccessConfig # noqa: PLC0415
        from ..models.model_access_config import ModelAccessConfig # noqa: PLC0415
        d = dict(src_dict)
        compression_type = S3ModelDataSourceCompressiontype(d.pop("CompressionType"))




        s3_data_type = S3ModelDataSourceS3Datatype(d.pop("S3DataType"))




        s3_uri = d.pop("S3Uri")

        def _parse_e_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        e_tag = _parse_e_tag(d.pop("ETag", UNSET))


        def _parse_hub_access_config(data: object) -> InferenceHubAccessConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hub_access_config_type_0 = InferenceHubAccessConfig.from_dict(data)



                return hub_access_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InferenceHubAccessConfig | None | Unset, data)

        hub_access_config = _parse_hub_access_config(d.pop("HubAccessConfig", UNSET))


        def _parse_manifest_etag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manifest_etag = _parse_manifest_etag(d.pop("ManifestEtag", UNSET))


        def _parse_manifest_s3_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manifest_s3_uri = _parse_manifest_s3_uri(d.pop("ManifestS3Uri", UNSET))


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


        s3_model_data_source = cls(
            compression_type=compression_type,
            s3_data_type=s3_data_type,
            s3_uri=s3_uri,
            e_tag=e_tag,
            hub_access_config=hub_access_config,
            manifest_etag=manifest_etag,
            manifest_s3_uri=manifest_s3_uri,
            model_access_config=model_access_config,
        )

        return s3_model_data_source

