"""The examples of the hosting wire models: the fraud tuning job's best model, deployed."""

from __future__ import annotations

from typing import Any

_ACCOUNT = "arn:aws:sagemaker:us-east-1:123456789012"
_MODEL = "fraud-xgboost-best"
_CONFIG = "fraud-xgboost-config"
_ENDPOINT = "fraud-xgboost"
_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
_MODEL_DATA = "s3://my-bucket/fraud/output/fraud-xgboost-007-1a2b3c4d/output/model.tar.gz"
_ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
_CREATED = "2026-11-26T18:05:00Z"
_CONTAINER = {"Image": _IMAGE, "ModelDataUrl": _MODEL_DATA}
_VARIANT = {
    "VariantName": "AllTraffic",
    "ModelName": _MODEL,
    "InitialInstanceCount": 1,
    "InstanceType": "ml.m5.large",
    "InitialVariantWeight": 1.0,
}

EXAMPLES: dict[str, dict[str, Any]] = {
    "CreateModelRequest": {
        "ModelName": _MODEL,
        "PrimaryContainer": _CONTAINER,
        "ExecutionRoleArn": _ROLE,
    },
    "CreateModelResponse": {"ModelArn": f"{_ACCOUNT}:model/{_MODEL}"},
    "DescribeModelRequest": {"ModelName": _MODEL},
    "DescribeModelResponse": {
        "ModelName": _MODEL,
        "PrimaryContainer": _CONTAINER,
        "ExecutionRoleArn": _ROLE,
        "CreationTime": _CREATED,
        "ModelArn": f"{_ACCOUNT}:model/{_MODEL}",
    },
    "DeleteModelRequest": {"ModelName": _MODEL},
    "CreateEndpointConfigRequest": {
        "EndpointConfigName": _CONFIG,
        "ProductionVariants": [_VARIANT],
    },
    "CreateEndpointConfigResponse": {"EndpointConfigArn": f"{_ACCOUNT}:endpoint-config/{_CONFIG}"},
    "DescribeEndpointConfigRequest": {"EndpointConfigName": _CONFIG},
    "DescribeEndpointConfigResponse": {
        "EndpointConfigName": _CONFIG,
        "EndpointConfigArn": f"{_ACCOUNT}:endpoint-config/{_CONFIG}",
        "ProductionVariants": [_VARIANT],
        "CreationTime": _CREATED,
    },
    "DeleteEndpointConfigRequest": {"EndpointConfigName": _CONFIG},
    "CreateEndpointRequest": {"EndpointName": _ENDPOINT, "EndpointConfigName": _CONFIG},
    "CreateEndpointResponse": {"EndpointArn": f"{_ACCOUNT}:endpoint/{_ENDPOINT}"},
    "DescribeEndpointRequest": {"EndpointName": _ENDPOINT},
    "DescribeEndpointResponse": {
        "EndpointName": _ENDPOINT,
        "EndpointArn": f"{_ACCOUNT}:endpoint/{_ENDPOINT}",
        "EndpointConfigName": _CONFIG,
        "ProductionVariants": [
            {
                "VariantName": "AllTraffic",
                "DeployedImages": [{"SpecifiedImage": _IMAGE, "ResolvedImage": _IMAGE}],
                "CurrentWeight": 1.0,
                "DesiredWeight": 1.0,
                "CurrentInstanceCount": 1,
                "DesiredInstanceCount": 1,
            }
        ],
        "EndpointStatus": "InService",
        "CreationTime": _CREATED,
        "LastModifiedTime": "2026-11-26T18:05:02Z",
    },
    "DeleteEndpointRequest": {"EndpointName": _ENDPOINT},
    "ListEndpointsRequest": {"MaxResults": 10, "SortBy": "CreationTime"},
    "ListEndpointsResponse": {
        "Endpoints": [
            {
                "EndpointName": _ENDPOINT,
                "EndpointArn": f"{_ACCOUNT}:endpoint/{_ENDPOINT}",
                "CreationTime": _CREATED,
                "LastModifiedTime": "2026-11-26T18:05:02Z",
                "EndpointStatus": "InService",
            }
        ]
    },
    "ListModelsRequest": {"SortBy": "CreationTime", "SortOrder": "Descending", "MaxResults": 10},
    "ListModelsResponse": {
        "Models": [
            {
                "ModelName": "fraud-xgboost",
                "ModelArn": f"{_ACCOUNT}:model/fraud-xgboost",
                "CreationTime": "2026-01-10T12:40:00Z",
            }
        ]
    },
    "ListEndpointConfigsRequest": {"NameContains": "fraud", "MaxResults": 10},
    "ListEndpointConfigsResponse": {
        "EndpointConfigs": [
            {
                "EndpointConfigName": "fraud-xgboost-config",
                "EndpointConfigArn": f"{_ACCOUNT}:endpoint-config/fraud-xgboost-config",
                "CreationTime": "2026-01-10T12:40:01Z",
            }
        ]
    },
    "UpdateEndpointRequest": {
        "EndpointName": "fraud-xgboost",
        "EndpointConfigName": "fraud-xgboost-config-2",
    },
    "UpdateEndpointResponse": {"EndpointArn": f"{_ACCOUNT}:endpoint/fraud-xgboost"},
}
