""" Contains all the data models used in inputs/outputs """

from .add_tags_request import AddTagsRequest
from .add_tags_response import AddTagsResponse
from .algorithm_specification import AlgorithmSpecification
from .algorithm_specification_traininginputmode import AlgorithmSpecificationTraininginputmode
from .auto_parameter import AutoParameter
from .autotune import Autotune
from .best_objective_not_improving import BestObjectiveNotImproving
from .best_so_far_point import BestSoFarPoint
from .categorical_parameter_range import CategoricalParameterRange
from .channel import Channel
from .channel_compression_type_type_0 import ChannelCompressionTypeType0
from .channel_input_mode_type_0 import ChannelInputModeType0
from .channel_record_wrapper_type_type_0 import ChannelRecordWrapperTypeType0
from .checkpoint_config import CheckpointConfig
from .collection_configuration import CollectionConfiguration
from .collection_configuration_collection_parameters_type_0 import CollectionConfigurationCollectionParametersType0
from .completion_criteria import CompletionCriteria
from .consumed_resources import ConsumedResources
from .continuous_parameter_range import ContinuousParameterRange
from .continuous_parameter_range_scaling_type_type_0 import ContinuousParameterRangeScalingTypeType0
from .convergence_detected import ConvergenceDetected
from .convergence_detected_complete_on_convergence_type_0 import ConvergenceDetectedCompleteOnConvergenceType0
from .create_tuning_job_request import CreateTuningJobRequest
from .create_tuning_job_response import CreateTuningJobResponse
from .data_source import DataSource
from .dataset_source import DatasetSource
from .debug_hook_config import DebugHookConfig
from .debug_hook_config_hook_parameters_type_0 import DebugHookConfigHookParametersType0
from .debug_rule_configuration import DebugRuleConfiguration
from .debug_rule_configuration_instance_type_type_0 import DebugRuleConfigurationInstanceTypeType0
from .debug_rule_configuration_rule_parameters_type_0 import DebugRuleConfigurationRuleParametersType0
from .debug_rule_evaluation_status import DebugRuleEvaluationStatus
from .debug_rule_evaluation_status_rule_evaluation_status_type_0 import DebugRuleEvaluationStatusRuleEvaluationStatusType0
from .describe_training_job_response import DescribeTrainingJobResponse
from .describe_training_job_response_environment_type_0 import DescribeTrainingJobResponseEnvironmentType0
from .describe_training_job_response_hyper_parameters_type_0 import DescribeTrainingJobResponseHyperParametersType0
from .describe_training_job_response_profiling_status_type_0 import DescribeTrainingJobResponseProfilingStatusType0
from .describe_training_job_response_secondarystatus import DescribeTrainingJobResponseSecondarystatus
from .describe_training_job_response_trainingjobstatus import DescribeTrainingJobResponseTrainingjobstatus
from .describe_tuning_job_response import DescribeTuningJobResponse
from .describe_tuning_job_response_hyperparametertuningjobstatus import DescribeTuningJobResponseHyperparametertuningjobstatus
from .error import Error
from .experiment_config import ExperimentConfig
from .file_system_data_source import FileSystemDataSource
from .file_system_data_source_filesystemaccessmode import FileSystemDataSourceFilesystemaccessmode
from .file_system_data_source_filesystemtype import FileSystemDataSourceFilesystemtype
from .final_objective_metric import FinalObjectiveMetric
from .final_objective_metric_type_type_0 import FinalObjectiveMetricTypeType0
from .get_hyper_parameter_tuning_job_analytics_format_type_0 import GetHyperParameterTuningJobAnalyticsFormatType0
from .healthz_response_healthz import HealthzResponseHealthz
from .hub_access_config import HubAccessConfig
from .hyperband_strategy_config import HyperbandStrategyConfig
from .infra_check_config import InfraCheckConfig
from .instance_group import InstanceGroup
from .instance_group_instancetype import InstanceGroupInstancetype
from .instance_placement_config import InstancePlacementConfig
from .instance_preference import InstancePreference
from .instance_preference_instancetype import InstancePreferenceInstancetype
from .integer_parameter_range import IntegerParameterRange
from .integer_parameter_range_scaling_type_type_0 import IntegerParameterRangeScalingTypeType0
from .list_hyper_parameter_tuning_jobs_sort_by_type_0 import ListHyperParameterTuningJobsSortByType0
from .list_hyper_parameter_tuning_jobs_sort_order_type_0 import ListHyperParameterTuningJobsSortOrderType0
from .list_hyper_parameter_tuning_jobs_status_equals_type_0 import ListHyperParameterTuningJobsStatusEqualsType0
from .list_metric_points_response import ListMetricPointsResponse
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
from .mlflow_config import MlflowConfig
from .mlflow_details import MlflowDetails
from .model_access_config import ModelAccessConfig
from .model_artifacts import ModelArtifacts
from .model_package_config import ModelPackageConfig
from .objective_status_counters import ObjectiveStatusCounters
from .output_data_config import OutputDataConfig
from .output_data_config_compression_type_type_0 import OutputDataConfigCompressionTypeType0
from .parameter_ranges import ParameterRanges
from .parent_tuning_job import ParentTuningJob
from .placement_specification import PlacementSpecification
from .profiler_config import ProfilerConfig
from .profiler_config_profiling_parameters_type_0 import ProfilerConfigProfilingParametersType0
from .profiler_rule_configuration import ProfilerRuleConfiguration
from .profiler_rule_configuration_instance_type_type_0 import ProfilerRuleConfigurationInstanceTypeType0
from .profiler_rule_configuration_rule_parameters_type_0 import ProfilerRuleConfigurationRuleParametersType0
from .profiler_rule_evaluation_status import ProfilerRuleEvaluationStatus
from .profiler_rule_evaluation_status_rule_evaluation_status_type_0 import ProfilerRuleEvaluationStatusRuleEvaluationStatusType0
from .remote_debug_config import RemoteDebugConfig
from .resource_config import ResourceConfig
from .resource_config_instance_type_type_0 import ResourceConfigInstanceTypeType0
from .resource_config_selected_instance_type_type_0 import ResourceConfigSelectedInstanceTypeType0
from .resource_limits import ResourceLimits
from .retry_strategy import RetryStrategy
from .s3_data_source import S3DataSource
from .s3_data_source_s3_data_distribution_type_type_0 import S3DataSourceS3DataDistributionTypeType0
from .s3_data_source_s3_datatype import S3DataSourceS3Datatype
from .secondary_status_transition import SecondaryStatusTransition
from .secondary_status_transition_status import SecondaryStatusTransitionStatus
from .serverless_job_config import ServerlessJobConfig
from .serverless_job_config_customization_technique_type_0 import ServerlessJobConfigCustomizationTechniqueType0
from .serverless_job_config_evaluation_type_type_0 import ServerlessJobConfigEvaluationTypeType0
from .serverless_job_config_jobtype import ServerlessJobConfigJobtype
from .shuffle_config import ShuffleConfig
from .stopping_condition import StoppingCondition
from .strategy_config import StrategyConfig
from .tag import Tag
from .tensor_board_output_config import TensorBoardOutputConfig
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
from .vpc_config import VpcConfig
from .warm_pool_status import WarmPoolStatus
from .warm_pool_status_status import WarmPoolStatusStatus
from .warm_start_config import WarmStartConfig
from .warm_start_config_warmstarttype import WarmStartConfigWarmstarttype

__all__ = (
    "AddTagsRequest",
    "AddTagsResponse",
    "AlgorithmSpecification",
    "AlgorithmSpecificationTraininginputmode",
    "AutoParameter",
    "Autotune",
    "BestObjectiveNotImproving",
    "BestSoFarPoint",
    "CategoricalParameterRange",
    "Channel",
    "ChannelCompressionTypeType0",
    "ChannelInputModeType0",
    "ChannelRecordWrapperTypeType0",
    "CheckpointConfig",
    "CollectionConfiguration",
    "CollectionConfigurationCollectionParametersType0",
    "CompletionCriteria",
    "ConsumedResources",
    "ContinuousParameterRange",
    "ContinuousParameterRangeScalingTypeType0",
    "ConvergenceDetected",
    "ConvergenceDetectedCompleteOnConvergenceType0",
    "CreateTuningJobRequest",
    "CreateTuningJobResponse",
    "DatasetSource",
    "DataSource",
    "DebugHookConfig",
    "DebugHookConfigHookParametersType0",
    "DebugRuleConfiguration",
    "DebugRuleConfigurationInstanceTypeType0",
    "DebugRuleConfigurationRuleParametersType0",
    "DebugRuleEvaluationStatus",
    "DebugRuleEvaluationStatusRuleEvaluationStatusType0",
    "DescribeTrainingJobResponse",
    "DescribeTrainingJobResponseEnvironmentType0",
    "DescribeTrainingJobResponseHyperParametersType0",
    "DescribeTrainingJobResponseProfilingStatusType0",
    "DescribeTrainingJobResponseSecondarystatus",
    "DescribeTrainingJobResponseTrainingjobstatus",
    "DescribeTuningJobResponse",
    "DescribeTuningJobResponseHyperparametertuningjobstatus",
    "Error",
    "ExperimentConfig",
    "FileSystemDataSource",
    "FileSystemDataSourceFilesystemaccessmode",
    "FileSystemDataSourceFilesystemtype",
    "FinalObjectiveMetric",
    "FinalObjectiveMetricTypeType0",
    "GetHyperParameterTuningJobAnalyticsFormatType0",
    "HealthzResponseHealthz",
    "HubAccessConfig",
    "HyperbandStrategyConfig",
    "InfraCheckConfig",
    "InstanceGroup",
    "InstanceGroupInstancetype",
    "InstancePlacementConfig",
    "InstancePreference",
    "InstancePreferenceInstancetype",
    "IntegerParameterRange",
    "IntegerParameterRangeScalingTypeType0",
    "ListHyperParameterTuningJobsSortByType0",
    "ListHyperParameterTuningJobsSortOrderType0",
    "ListHyperParameterTuningJobsStatusEqualsType0",
    "ListMetricPointsResponse",
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
    "MlflowConfig",
    "MlflowDetails",
    "ModelAccessConfig",
    "ModelArtifacts",
    "ModelPackageConfig",
    "ObjectiveStatusCounters",
    "OutputDataConfig",
    "OutputDataConfigCompressionTypeType0",
    "ParameterRanges",
    "ParentTuningJob",
    "PlacementSpecification",
    "ProfilerConfig",
    "ProfilerConfigProfilingParametersType0",
    "ProfilerRuleConfiguration",
    "ProfilerRuleConfigurationInstanceTypeType0",
    "ProfilerRuleConfigurationRuleParametersType0",
    "ProfilerRuleEvaluationStatus",
    "ProfilerRuleEvaluationStatusRuleEvaluationStatusType0",
    "RemoteDebugConfig",
    "ResourceConfig",
    "ResourceConfigInstanceTypeType0",
    "ResourceConfigSelectedInstanceTypeType0",
    "ResourceLimits",
    "RetryStrategy",
    "S3DataSource",
    "S3DataSourceS3DataDistributionTypeType0",
    "S3DataSourceS3Datatype",
    "SecondaryStatusTransition",
    "SecondaryStatusTransitionStatus",
    "ServerlessJobConfig",
    "ServerlessJobConfigCustomizationTechniqueType0",
    "ServerlessJobConfigEvaluationTypeType0",
    "ServerlessJobConfigJobtype",
    "ShuffleConfig",
    "StoppingCondition",
    "StrategyConfig",
    "Tag",
    "TensorBoardOutputConfig",
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
    "VpcConfig",
    "WarmPoolStatus",
    "WarmPoolStatusStatus",
    "WarmStartConfig",
    "WarmStartConfigWarmstarttype",
)
