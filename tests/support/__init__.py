"""What the tests share: openamt started for real (servers), the requests and data they send
(jobs), the training scripts they run (scripts), the SageMaker SDK runs (runs) and the
in-process helpers. Only this package is imported across test modules: a test module
imports no other test module (tests/test_suite_layout.py)."""
