"""openamt: SageMaker Automatic Model Tuning's API, self-hosted."""
