"""What Debugger rules cost the watch (app/training/rule_evaluators.py, RuleBook).

    python bench/debug_rules.py [--values 200000]

The four rules openamt evaluates, with parameters that never fire, are fed `--values` values
of a train and a validation loss (the watcher's call per metric value), and asked as often
whether the training stalled (its call per turn of the watch loop). Printed: microseconds per
metric value and per idle check (the best of three runs).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere

from app.training.debug_rules import parse  # noqa: E402
from app.training.rule_evaluators import RuleBook  # noqa: E402

IMAGE = "503895931360.dkr.ecr.us-east-1.amazonaws.com/sagemaker-debugger-rules:latest"
NEVER = {
    "LossNotDecreasing": {"num_steps": "100000000"},
    "Overfit": {"ratio_threshold": "1e9"},
    "Overtraining": {"patience_train": "100000000", "patience_validation": "100000000"},
    "StalledTrainingRule": {},
}


def _book() -> RuleBook:
    configs = [
        {
            "RuleConfigurationName": rule,
            "RuleEvaluatorImage": IMAGE,
            "RuleParameters": {"rule_to_invoke": rule, **parameters},
        }
        for rule, parameters in NEVER.items()
    ]
    return RuleBook(parse(configs, job_name="bench"))


def _per_value(values: int) -> float:
    book = _book()
    started = time.perf_counter()
    for step in range(1, values + 1):
        book.observe("train:loss", 1.0 / step)
        book.observe("validation:loss", 1.1 / step)
    return (time.perf_counter() - started) / (2 * values)


def _per_idle(checks: int) -> float:
    book = _book()
    started = time.perf_counter()
    for _ in range(checks):
        book.idle(1.0)
    return (time.perf_counter() - started) / checks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=200_000)
    args = parser.parse_args()
    value = min(_per_value(args.values) for _ in range(3))
    idle = min(_per_idle(args.values) for _ in range(3))
    rules = len(NEVER)
    print(f"{rules} rules: {value * 1e6:.2f} us per metric value, {idle * 1e6:.2f} us per idle")


if __name__ == "__main__":
    main()
