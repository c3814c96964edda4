"""SageMaker's wire models, generated from botocore's service model (`make schemas`).

`generate.py` writes `sagemaker.py` from botocore's model and `overrides.py` (what is
openamt's own); `base.py` is the hand-written base every generated model stands on.
"""
