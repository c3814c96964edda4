"""Helpers of the SageMaker SDK tests (tests/test_sdk_v2.py, tests/test_sdk_v3.py)."""
