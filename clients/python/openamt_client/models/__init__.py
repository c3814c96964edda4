""" Contains all the data models used in inputs/outputs """

from .add_tags_request import AddTagsRequest
from .add_tags_response import AddTagsResponse
from .additional_model_data_source import AdditionalModelDataSource
from .alarm import Alarm
from .algorithm_specification import AlgorithmSpecification
from .algorithm_specification_traininginputmode import AlgorithmSpecificationTraininginputmode
from .async_inference_client_config import AsyncInferenceClientConfig
from .async_inference_config import AsyncInferenceConfig
from .async_inference_notification_config import AsyncInferenceNotificationConfig
from .async_inference_notification_config_include_inference_response_in_type_0_item import AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item
from .async_inference_output_config import AsyncInferenceOutputConfig
from .auto_parameter import AutoParameter
from .auto_rollback_config import AutoRollbackConfig
from .autotune import Autotune
from .best_objective_not_improving import BestObjectiveNotImproving
from .best_so_far_point import BestSoFarPoint
from .blue_green_update_policy import BlueGreenUpdatePolicy
from .capacity_size import CapacitySize
from .capacity_size_type import CapacitySizeType
from .capture_content_type_header import CaptureContentTypeHeader
from .capture_option import CaptureOption
from .capture_option_capturemode import CaptureOptionCapturemode
from .categorical_parameter_range import CategoricalParameterRange
from .channel import Channel
from .channel_compression_type_type_0 import ChannelCompressionTypeType0
from .channel_input_mode_type_0 import ChannelInputModeType0
from .channel_record_wrapper_type_type_0 import ChannelRecordWrapperTypeType0
from .checkpoint_config import CheckpointConfig
from .clarify_explainer_config import ClarifyExplainerConfig
from .clarify_inference_config import ClarifyInferenceConfig
from .clarify_inference_config_feature_types_type_0_item import ClarifyInferenceConfigFeatureTypesType0Item
from .clarify_shap_baseline_config import ClarifyShapBaselineConfig
from .clarify_shap_config import ClarifyShapConfig
from .clarify_text_config import ClarifyTextConfig
from .clarify_text_config_granularity import ClarifyTextConfigGranularity
from .clarify_text_config_language import ClarifyTextConfigLanguage
from .collection_configuration import CollectionConfiguration
from .collection_configuration_collection_parameters_type_0 import CollectionConfigurationCollectionParametersType0
from .completion_criteria import CompletionCriteria
from .consumed_resources import ConsumedResources
from .container_definition import ContainerDefinition
from .container_definition_environment_type_0 import ContainerDefinitionEnvironmentType0
from .container_definition_mode_type_0 import ContainerDefinitionModeType0
from .container_metrics_config import ContainerMetricsConfig
from .continuous_parameter_range import ContinuousParameterRange
from .continuous_parameter_range_scaling_type_type_0 import ContinuousParameterRangeScalingTypeType0
from .convergence_detected import ConvergenceDetected
from .convergence_detected_complete_on_convergence_type_0 import ConvergenceDetectedCompleteOnConvergenceType0
from .create_endpoint_config_request import CreateEndpointConfigRequest
from .create_endpoint_config_response import CreateEndpointConfigResponse
from .create_endpoint_request import CreateEndpointRequest
from .create_endpoint_response import CreateEndpointResponse
from .create_model_request import CreateModelRequest
from .create_model_response import CreateModelResponse
from .create_training_job_request import CreateTrainingJobRequest
from .create_training_job_request_environment_type_0 import CreateTrainingJobRequestEnvironmentType0
from .create_training_job_request_hyper_parameters_type_0 import CreateTrainingJobRequestHyperParametersType0
from .create_training_job_response import CreateTrainingJobResponse
from .create_tuning_job_request import CreateTuningJobRequest
from .create_tuning_job_response import CreateTuningJobResponse
from .data_capture_config import DataCaptureConfig
from .data_capture_config_summary import DataCaptureConfigSummary
from .data_capture_config_summary_capturestatus import DataCaptureConfigSummaryCapturestatus
from .data_source import DataSource
from .dataset_source import DatasetSource
from .debug_hook_config import DebugHookConfig
from .debug_hook_config_hook_parameters_type_0 import DebugHookConfigHookParametersType0
from .debug_rule_configuration import DebugRuleConfiguration
from .debug_rule_configuration_instance_type_type_0 import DebugRuleConfigurationInstanceTypeType0
from .debug_rule_configuration_rule_parameters_type_0 import DebugRuleConfigurationRuleParametersType0
from .debug_rule_evaluation_status import DebugRuleEvaluationStatus
from .debug_rule_evaluation_status_rule_evaluation_status_type_0 import DebugRuleEvaluationStatusRuleEvaluationStatusType0
from .deployed_image import DeployedImage
from .deployment_config import DeploymentConfig
from .deployment_recommendation import DeploymentRecommendation
from .deployment_recommendation_recommendationstatus import DeploymentRecommendationRecommendationstatus
from .describe_endpoint_config_response import DescribeEndpointConfigResponse
from .describe_endpoint_response import DescribeEndpointResponse
from .describe_endpoint_response_endpointstatus import DescribeEndpointResponseEndpointstatus
from .describe_model_response import DescribeModelResponse
from .describe_training_job_response import DescribeTrainingJobResponse
from .describe_training_job_response_environment_type_0 import DescribeTrainingJobResponseEnvironmentType0
from .describe_training_job_response_hyper_parameters_type_0 import DescribeTrainingJobResponseHyperParametersType0
from .describe_training_job_response_profiling_status_type_0 import DescribeTrainingJobResponseProfilingStatusType0
from .describe_training_job_response_secondarystatus import DescribeTrainingJobResponseSecondarystatus
from .describe_training_job_response_trainingjobstatus import DescribeTrainingJobResponseTrainingjobstatus
from .describe_tuning_job_response import DescribeTuningJobResponse
from .describe_tuning_job_response_hyperparametertuningjobstatus import DescribeTuningJobResponseHyperparametertuningjobstatus
from .ec_2_capacity_reservation import Ec2CapacityReservation
from .endpoint_config_summary import EndpointConfigSummary
from .endpoint_summary import EndpointSummary
from .endpoint_summary_endpointstatus import EndpointSummaryEndpointstatus
from .endpoint_update import EndpointUpdate
from .error import Error
from .experiment_config import ExperimentConfig
from .explainer_config import ExplainerConfig
from .file_system_data_source import FileSystemDataSource
from .file_system_data_source_filesystemaccessmode import FileSystemDataSourceFilesystemaccessmode
from .file_system_data_source_filesystemtype import FileSystemDataSourceFilesystemtype
from .final_objective_metric import FinalObjectiveMetric
from .final_objective_metric_type_type_0 import FinalObjectiveMetricTypeType0
from .get_hyper_parameter_tuning_job_analytics_format_type_0 import GetHyperParameterTuningJobAnalyticsFormatType0
from .healthz_response_healthz import HealthzResponseHealthz
from .hub_access_config import HubAccessConfig
from .hyperband_strategy_config import HyperbandStrategyConfig
from .image_config import ImageConfig
from .image_config_repositoryaccessmode import ImageConfigRepositoryaccessmode
from .inference_execution_config import InferenceExecutionConfig
from .inference_execution_config_mode import InferenceExecutionConfigMode
from .inference_hub_access_config import InferenceHubAccessConfig
from .infra_check_config import InfraCheckConfig
from .instance_group import InstanceGroup
from .instance_group_instancetype import InstanceGroupInstancetype
from .instance_placement_config import InstancePlacementConfig
from .instance_pool import InstancePool
from .instance_pool_instancetype import InstancePoolInstancetype
from .instance_pool_summary import InstancePoolSummary
from .instance_pool_summary_instancetype import InstancePoolSummaryInstancetype
from .instance_preference import InstancePreference
from .instance_preference_instancetype import InstancePreferenceInstancetype
from .integer_parameter_range import IntegerParameterRange
from .integer_parameter_range_scaling_type_type_0 import IntegerParameterRangeScalingTypeType0
from .list_endpoint_configs_response import ListEndpointConfigsResponse
from .list_endpoint_configs_sort_by_type_0 import ListEndpointConfigsSortByType0
from .list_endpoint_configs_sort_order_type_0 import ListEndpointConfigsSortOrderType0
from .list_endpoints_response import ListEndpointsResponse
from .list_endpoints_sort_by_type_0 import ListEndpointsSortByType0
from .list_endpoints_sort_order_type_0 import ListEndpointsSortOrderType0
from .list_endpoints_status_equals_type_0 import ListEndpointsStatusEqualsType0
from .list_hyper_parameter_tuning_jobs_sort_by_type_0 import ListHyperParameterTuningJobsSortByType0
from .list_hyper_parameter_tuning_jobs_sort_order_type_0 import ListHyperParameterTuningJobsSortOrderType0
from .list_hyper_parameter_tuning_jobs_status_equals_type_0 import ListHyperParameterTuningJobsStatusEqualsType0
from .list_metric_points_response import ListMetricPointsResponse
from .list_models_response import ListModelsResponse
from .list_models_sort_by_type_0 import ListModelsSortByType0
from .list_models_sort_order_type_0 import ListModelsSortOrderType0
from .list_tags_response import ListTagsResponse
from .list_training_jobs_for_hyper_parameter_tuning_job_sort_by_type_0 import ListTrainingJobsForHyperParameterTuningJobSortByType0
from .list_training_jobs_for_hyper_parameter_tuning_job_sort_order_type_0 import ListTrainingJobsForHyperParameterTuningJobSortOrderType0
from .list_training_jobs_for_hyper_parameter_tuning_job_status_equals_type_0 import ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0
from .list_training_jobs_for_tuning_job_response import ListTrainingJobsForTuningJobResponse
from .list_training_jobs_response import ListTrainingJobsResponse
from .list_training_jobs_sort_by_type_0 import ListTrainingJobsSortByType0
from .list_training_jobs_sort_order_type_0 import ListTrainingJobsSortOrderType0
from .list_training_jobs_status_equals_type_0 import ListTrainingJobsStatusEqualsType0
from .list_tuning_jobs_response import ListTuningJobsResponse
from .metric_data import MetricData
from .metric_definition import MetricDefinition
from .metric_point_record import MetricPointRecord
from .metrics_config import MetricsConfig
from .metrics_endpoint import MetricsEndpoint
from .mlflow_config import MlflowConfig
from .mlflow_details import MlflowDetails
from .model_access_config import ModelAccessConfig
from .model_artifacts import ModelArtifacts
from .model_data_source import ModelDataSource
from .model_package_config import ModelPackageConfig
from .model_summary import ModelSummary
from .multi_model_config import MultiModelConfig
from .multi_model_config_model_cache_setting_type_0 import MultiModelConfigModelCacheSettingType0
from .objective_status_counters import ObjectiveStatusCounters
from .output_data_config import OutputDataConfig
from .output_data_config_compression_type_type_0 import OutputDataConfigCompressionTypeType0
from .parameter_ranges import ParameterRanges
from .parent_tuning_job import ParentTuningJob
from .pending_deployment_summary import PendingDeploymentSummary
from .pending_production_variant_summary import PendingProductionVariantSummary
from .pending_production_variant_summary_accelerator_type_type_0 import PendingProductionVariantSummaryAcceleratorTypeType0
from .pending_production_variant_summary_instance_type_type_0 import PendingProductionVariantSummaryInstanceTypeType0
from .placement_specification import PlacementSpecification
from .prefix_aware_routing_config import PrefixAwareRoutingConfig
from .production_variant import ProductionVariant
from .production_variant_accelerator_type_type_0 import ProductionVariantAcceleratorTypeType0
from .production_variant_capacity_reservation_config import ProductionVariantCapacityReservationConfig
from .production_variant_capacity_reservation_summary import ProductionVariantCapacityReservationSummary
from .production_variant_core_dump_config import ProductionVariantCoreDumpConfig
from .production_variant_inference_ami_version_type_0 import ProductionVariantInferenceAmiVersionType0
from .production_variant_instance_type_type_0 import ProductionVariantInstanceTypeType0
from .production_variant_managed_instance_scaling import ProductionVariantManagedInstanceScaling
from .production_variant_managed_instance_scaling_scale_in_policy import ProductionVariantManagedInstanceScalingScaleInPolicy
from .production_variant_managed_instance_scaling_scale_in_policy_strategy import ProductionVariantManagedInstanceScalingScaleInPolicyStrategy
from .production_variant_managed_instance_scaling_status_type_0 import ProductionVariantManagedInstanceScalingStatusType0
from .production_variant_routing_config import ProductionVariantRoutingConfig
from .production_variant_routing_config_routingstrategy import ProductionVariantRoutingConfigRoutingstrategy
from .production_variant_serverless_config import ProductionVariantServerlessConfig
from .production_variant_status import ProductionVariantStatus
from .production_variant_status_status import ProductionVariantStatusStatus
from .production_variant_summary import ProductionVariantSummary
from .profiler_config import ProfilerConfig
from .profiler_config_profiling_parameters_type_0 import ProfilerConfigProfilingParametersType0
from .profiler_rule_configuration import ProfilerRuleConfiguration
from .profiler_rule_configuration_instance_type_type_0 import ProfilerRuleConfigurationInstanceTypeType0
from .profiler_rule_configuration_rule_parameters_type_0 import ProfilerRuleConfigurationRuleParametersType0
from .profiler_rule_evaluation_status import ProfilerRuleEvaluationStatus
from .profiler_rule_evaluation_status_rule_evaluation_status_type_0 import ProfilerRuleEvaluationStatusRuleEvaluationStatusType0
from .real_time_inference_recommendation import RealTimeInferenceRecommendation
from .real_time_inference_recommendation_environment_type_0 import RealTimeInferenceRecommendationEnvironmentType0
from .real_time_inference_recommendation_instancetype import RealTimeInferenceRecommendationInstancetype
from .remote_debug_config import RemoteDebugConfig
from .repository_auth_config import RepositoryAuthConfig
from .resource_config import ResourceConfig
from .resource_config_instance_type_type_0 import ResourceConfigInstanceTypeType0
from .resource_config_selected_instance_type_type_0 import ResourceConfigSelectedInstanceTypeType0
from .resource_limits import ResourceLimits
from .retry_strategy import RetryStrategy
from .rolling_update_policy import RollingUpdatePolicy
from .s3_data_source import S3DataSource
from .s3_data_source_s3_data_distribution_type_type_0 import S3DataSourceS3DataDistributionTypeType0
from .s3_data_source_s3_datatype import S3DataSourceS3Datatype
from .s3_model_data_source import S3ModelDataSource
from .s3_model_data_source_compressiontype import S3ModelDataSourceCompressiontype
from .s3_model_data_source_s3_datatype import S3ModelDataSourceS3Datatype
from .secondary_status_transition import SecondaryStatusTransition
from .secondary_status_transition_status import SecondaryStatusTransitionStatus
from .serverless_job_config import ServerlessJobConfig
from .serverless_job_config_customization_technique_type_0 import ServerlessJobConfigCustomizationTechniqueType0
from .serverless_job_config_evaluation_type_type_0 import ServerlessJobConfigEvaluationTypeType0
from .serverless_job_config_jobtype import ServerlessJobConfigJobtype
from .session_chaining_config import SessionChainingConfig
from .shuffle_config import ShuffleConfig
from .stopping_condition import StoppingCondition
from .strategy_config import StrategyConfig
from .tag import Tag
from .tensor_board_output_config import TensorBoardOutputConfig
from .traffic_routing_config import TrafficRoutingConfig
from .traffic_routing_config_type import TrafficRoutingConfigType
from .training_algorithm_specification import TrainingAlgorithmSpecification
from .training_algorithm_specification_traininginputmode import TrainingAlgorithmSpecificationTraininginputmode
from .training_image_config import TrainingImageConfig
from .training_image_config_trainingrepositoryaccessmode import TrainingImageConfigTrainingrepositoryaccessmode
from .training_job_analytics import TrainingJobAnalytics
from .training_job_analytics_trainingjobstatus import TrainingJobAnalyticsTrainingjobstatus
from .training_job_analytics_tunedhyperparameters import TrainingJobAnalyticsTunedhyperparameters
from .training_job_definition import TrainingJobDefinition
from .training_job_definition_environment_type_0 import TrainingJobDefinitionEnvironmentType0
from .training_job_definition_static_hyper_parameters_type_0 import TrainingJobDefinitionStaticHyperParametersType0
from .training_job_list_summary import TrainingJobListSummary
from .training_job_list_summary_secondary_status_type_0 import TrainingJobListSummarySecondaryStatusType0
from .training_job_list_summary_trainingjobstatus import TrainingJobListSummaryTrainingjobstatus
from .training_job_status_counters import TrainingJobStatusCounters
from .training_job_summary import TrainingJobSummary
from .training_job_summary_objective_status_type_0 import TrainingJobSummaryObjectiveStatusType0
from .training_job_summary_trainingjobstatus import TrainingJobSummaryTrainingjobstatus
from .training_job_summary_tunedhyperparameters import TrainingJobSummaryTunedhyperparameters
from .training_progress_info import TrainingProgressInfo
from .training_repository_auth_config import TrainingRepositoryAuthConfig
from .tuning_instance_config import TuningInstanceConfig
from .tuning_instance_config_instancetype import TuningInstanceConfigInstancetype
from .tuning_job_analytics_response import TuningJobAnalyticsResponse
from .tuning_job_analytics_response_objectivetype import TuningJobAnalyticsResponseObjectivetype
from .tuning_job_completion_details import TuningJobCompletionDetails
from .tuning_job_config import TuningJobConfig
from .tuning_job_config_strategy import TuningJobConfigStrategy
from .tuning_job_config_training_job_early_stopping_type_type_0 import TuningJobConfigTrainingJobEarlyStoppingTypeType0
from .tuning_job_summary import TuningJobSummary
from .tuning_job_summary_hyperparametertuningjobstatus import TuningJobSummaryHyperparametertuningjobstatus
from .tuning_job_summary_strategy import TuningJobSummaryStrategy
from .tuning_objective import TuningObjective
from .tuning_objective_type import TuningObjectiveType
from .tuning_resource_config import TuningResourceConfig
from .tuning_resource_config_instance_type_type_0 import TuningResourceConfigInstanceTypeType0
from .update_endpoint_response import UpdateEndpointResponse
from .variant_property import VariantProperty
from .variant_property_variantpropertytype import VariantPropertyVariantpropertytype
from .vpc_config import VpcConfig
from .warm_pool_status import WarmPoolStatus
from .warm_pool_status_status import WarmPoolStatusStatus
from .warm_start_config import WarmStartConfig
from .warm_start_config_warmstarttype import WarmStartConfigWarmstarttype

__all__ = (
    "AdditionalModelDataSource",
    "AddTagsRequest",
    "AddTagsResponse",
    "Alarm",
    "AlgorithmSpecification",
    "AlgorithmSpecificationTraininginputmode",
    "AsyncInferenceClientConfig",
    "AsyncInferenceConfig",
    "AsyncInferenceNotificationConfig",
    "AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item",
    "AsyncInferenceOutputConfig",
    "AutoParameter",
    "AutoRollbackConfig",
    "Autotune",
    "BestObjectiveNotImproving",
    "BestSoFarPoint",
    "BlueGreenUpdatePolicy",
    "CapacitySize",
    "CapacitySizeType",
    "CaptureContentTypeHeader",
    "CaptureOption",
    "CaptureOptionCapturemode",
    "CategoricalParameterRange",
    "Channel",
    "ChannelCompressionTypeType0",
    "ChannelInputModeType0",
    "ChannelRecordWrapperTypeType0",
    "CheckpointConfig",
    "ClarifyExplainerConfig",
    "ClarifyInferenceConfig",
    "ClarifyInferenceConfigFeatureTypesType0Item",
    "ClarifyShapBaselineConfig",
    "ClarifyShapConfig",
    "ClarifyTextConfig",
    "ClarifyTextConfigGranularity",
    "ClarifyTextConfigLanguage",
    "CollectionConfiguration",
    "CollectionConfigurationCollectionParametersType0",
    "CompletionCriteria",
    "ConsumedResources",
    "ContainerDefinition",
    "ContainerDefinitionEnvironmentType0",
    "ContainerDefinitionModeType0",
    "ContainerMetricsConfig",
    "ContinuousParameterRange",
    "ContinuousParameterRangeScalingTypeType0",
    "ConvergenceDetected",
    "ConvergenceDetectedCompleteOnConvergenceType0",
    "CreateEndpointConfigRequest",
    "CreateEndpointConfigResponse",
    "CreateEndpointRequest",
    "CreateEndpointResponse",
    "CreateModelRequest",
    "CreateModelResponse",
    "CreateTrainingJobRequest",
    "CreateTrainingJobRequestEnvironmentType0",
    "CreateTrainingJobRequestHyperParametersType0",
    "CreateTrainingJobResponse",
    "CreateTuningJobRequest",
    "CreateTuningJobResponse",
    "DataCaptureConfig",
    "DataCaptureConfigSummary",
    "DataCaptureConfigSummaryCapturestatus",
    "DatasetSource",
    "DataSource",
    "DebugHookConfig",
    "DebugHookConfigHookParametersType0",
    "DebugRuleConfiguration",
    "DebugRuleConfigurationInstanceTypeType0",
    "DebugRuleConfigurationRuleParametersType0",
    "DebugRuleEvaluationStatus",
    "DebugRuleEvaluationStatusRuleEvaluationStatusType0",
    "DeployedImage",
    "DeploymentConfig",
    "DeploymentRecommendation",
    "DeploymentRecommendationRecommendationstatus",
    "DescribeEndpointConfigResponse",
    "DescribeEndpointResponse",
    "DescribeEndpointResponseEndpointstatus",
    "DescribeModelResponse",
    "DescribeTrainingJobResponse",
    "DescribeTrainingJobResponseEnvironmentType0",
    "DescribeTrainingJobResponseHyperParametersType0",
    "DescribeTrainingJobResponseProfilingStatusType0",
    "DescribeTrainingJobResponseSecondarystatus",
    "DescribeTrainingJobResponseTrainingjobstatus",
    "DescribeTuningJobResponse",
    "DescribeTuningJobResponseHyperparametertuningjobstatus",
    "Ec2CapacityReservation",
    "EndpointConfigSummary",
    "EndpointSummary",
    "EndpointSummaryEndpointstatus",
    "EndpointUpdate",
    "Error",
    "ExperimentConfig",
    "ExplainerConfig",
    "FileSystemDataSource",
    "FileSystemDataSourceFilesystemaccessmode",
    "FileSystemDataSourceFilesystemtype",
    "FinalObjectiveMetric",
    "FinalObjectiveMetricTypeType0",
    "GetHyperParameterTuningJobAnalyticsFormatType0",
    "HealthzResponseHealthz",
    "HubAccessConfig",
    "HyperbandStrategyConfig",
    "ImageConfig",
    "ImageConfigRepositoryaccessmode",
    "InferenceExecutionConfig",
    "InferenceExecutionConfigMode",
    "InferenceHubAccessConfig",
    "InfraCheckConfig",
    "InstanceGroup",
    "InstanceGroupInstancetype",
    "InstancePlacementConfig",
    "InstancePool",
    "InstancePoolInstancetype",
    "InstancePoolSummary",
    "InstancePoolSummaryInstancetype",
    "InstancePreference",
    "InstancePreferenceInstancetype",
    "IntegerParameterRange",
    "IntegerParameterRangeScalingTypeType0",
    "ListEndpointConfigsResponse",
    "ListEndpointConfigsSortByType0",
    "ListEndpointConfigsSortOrderType0",
    "ListEndpointsResponse",
    "ListEndpointsSortByType0",
    "ListEndpointsSortOrderType0",
    "ListEndpointsStatusEqualsType0",
    "ListHyperParameterTuningJobsSortByType0",
    "ListHyperParameterTuningJobsSortOrderType0",
    "ListHyperParameterTuningJobsStatusEqualsType0",
    "ListMetricPointsResponse",
    "ListModelsResponse",
    "ListModelsSortByType0",
    "ListModelsSortOrderType0",
    "ListTagsResponse",
    "ListTrainingJobsForHyperParameterTuningJobSortByType0",
    "ListTrainingJobsForHyperParameterTuningJobSortOrderType0",
    "ListTrainingJobsForHyperParameterTuningJobStatusEqualsType0",
    "ListTrainingJobsForTuningJobResponse",
    "ListTrainingJobsResponse",
    "ListTrainingJobsSortByType0",
    "ListTrainingJobsSortOrderType0",
    "ListTrainingJobsStatusEqualsType0",
    "ListTuningJobsResponse",
    "MetricData",
    "MetricDefinition",
    "MetricPointRecord",
    "MetricsConfig",
    "MetricsEndpoint",
    "MlflowConfig",
    "MlflowDetails",
    "ModelAccessConfig",
    "ModelArtifacts",
    "ModelDataSource",
    "ModelPackageConfig",
    "ModelSummary",
    "MultiModelConfig",
    "MultiModelConfigModelCacheSettingType0",
    "ObjectiveStatusCounters",
    "OutputDataConfig",
    "OutputDataConfigCompressionTypeType0",
    "ParameterRanges",
    "ParentTuningJob",
    "PendingDeploymentSummary",
    "PendingProductionVariantSummary",
    "PendingProductionVariantSummaryAcceleratorTypeType0",
    "PendingProductionVariantSummaryInstanceTypeType0",
    "PlacementSpecification",
    "PrefixAwareRoutingConfig",
    "ProductionVariant",
    "ProductionVariantAcceleratorTypeType0",
    "ProductionVariantCapacityReservationConfig",
    "ProductionVariantCapacityReservationSummary",
    "ProductionVariantCoreDumpConfig",
    "ProductionVariantInferenceAmiVersionType0",
    "ProductionVariantInstanceTypeType0",
    "ProductionVariantManagedInstanceScaling",
    "ProductionVariantManagedInstanceScalingScaleInPolicy",
    "ProductionVariantManagedInstanceScalingScaleInPolicyStrategy",
    "ProductionVariantManagedInstanceScalingStatusType0",
    "ProductionVariantRoutingConfig",
    "ProductionVariantRoutingConfigRoutingstrategy",
    "ProductionVariantServerlessConfig",
    "ProductionVariantStatus",
    "ProductionVariantStatusStatus",
    "ProductionVariantSummary",
    "ProfilerConfig",
    "ProfilerConfigProfilingParametersType0",
    "ProfilerRuleConfiguration",
    "ProfilerRuleConfigurationInstanceTypeType0",
    "ProfilerRuleConfigurationRuleParametersType0",
    "ProfilerRuleEvaluationStatus",
    "ProfilerRuleEvaluationStatusRuleEvaluationStatusType0",
    "RealTimeInferenceRecommendation",
    "RealTimeInferenceRecommendationEnvironmentType0",
    "RealTimeInferenceRecommendationInstancetype",
    "RemoteDebugConfig",
    "RepositoryAuthConfig",
    "ResourceConfig",
    "ResourceConfigInstanceTypeType0",
    "ResourceConfigSelectedInstanceTypeType0",
    "ResourceLimits",
    "RetryStrategy",
    "RollingUpdatePolicy",
    "S3DataSource",
    "S3DataSourceS3DataDistributionTypeType0",
    "S3DataSourceS3Datatype",
    "S3ModelDataSource",
    "S3ModelDataSourceCompressiontype",
    "S3ModelDataSourceS3Datatype",
    "SecondaryStatusTransition",
    "SecondaryStatusTransitionStatus",
    "ServerlessJobConfig",
    "ServerlessJobConfigCustomizationTechniqueType0",
    "ServerlessJobConfigEvaluationTypeType0",
    "ServerlessJobConfigJobtype",
    "SessionChainingConfig",
    "ShuffleConfig",
    "StoppingCondition",
    "StrategyConfig",
    "Tag",
    "TensorBoardOutputConfig",
    "TrafficRoutingConfig",
    "TrafficRoutingConfigType",
    "TrainingAlgorithmSpecification",
    "TrainingAlgorithmSpecificationTraininginputmode",
    "TrainingImageConfig",
    "TrainingImageConfigTrainingrepositoryaccessmode",
    "TrainingJobAnalytics",
    "TrainingJobAnalyticsTrainingjobstatus",
    "TrainingJobAnalyticsTunedhyperparameters",
    "TrainingJobDefinition",
    "TrainingJobDefinitionEnvironmentType0",
    "TrainingJobDefinitionStaticHyperParametersType0",
    "TrainingJobListSummary",
    "TrainingJobListSummarySecondaryStatusType0",
    "TrainingJobListSummaryTrainingjobstatus",
    "TrainingJobStatusCounters",
    "TrainingJobSummary",
    "TrainingJobSummaryObjectiveStatusType0",
    "TrainingJobSummaryTrainingjobstatus",
    "TrainingJobSummaryTunedhyperparameters",
    "TrainingProgressInfo",
    "TrainingRepositoryAuthConfig",
    "TuningInstanceConfig",
    "TuningInstanceConfigInstancetype",
    "TuningJobAnalyticsResponse",
    "TuningJobAnalyticsResponseObjectivetype",
    "TuningJobCompletionDetails",
    "TuningJobConfig",
    "TuningJobConfigStrategy",
    "TuningJobConfigTrainingJobEarlyStoppingTypeType0",
    "TuningJobSummary",
    "TuningJobSummaryHyperparametertuningjobstatus",
    "TuningJobSummaryStrategy",
    "TuningObjective",
    "TuningObjectiveType",
    "TuningResourceConfig",
    "TuningResourceConfigInstanceTypeType0",
    "UpdateEndpointResponse",
    "VariantProperty",
    "VariantPropertyVariantpropertytype",
    "VpcConfig",
    "WarmPoolStatus",
    "WarmPoolStatusStatus",
    "WarmStartConfig",
    "WarmStartConfigWarmstarttype",
)
