"""Script mode: a training program openamt runs once per training job, as SageMaker would.

Hyperparameters arrive as command-line arguments (`--max-depth 4 --learning-rate 0.1`); the
objective is a line of output, `validation:accuracy=<value>`, printed after every epoch and
read by the tuning job's MetricDefinitions. The model goes to SM_MODEL_DIR. Run it alone:

    python examples/script-mode/train.py --max-depth 4 --learning-rate 0.1
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import numpy as np
import xgboost
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-depth", type=int, default=3)
    parser.add_argument("--learning-rate", type=float, default=0.1)
    parser.add_argument("--epochs", type=int, default=5, help="Hyperband's resource.")
    parser.add_argument("--rounds-per-epoch", type=int, default=4)
    parser.add_argument("--booster", default="gbtree", choices=["gbtree", "dart"])
    args = parser.parse_args()

    # A small synthetic problem, so the example needs no data of its own.
    x, y = make_classification(n_samples=2000, n_features=20, n_informative=8, random_state=0)
    x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.25, random_state=0)
    train, validation = xgboost.DMatrix(x_train, y_train), xgboost.DMatrix(x_val, y_val)
    params = {
        "objective": "binary:logistic",
        "max_depth": args.max_depth,
        "eta": args.learning_rate,
        "booster": args.booster,
        "nthread": 1,
    }
    booster = None
    for epoch in range(1, args.epochs + 1):
        booster = xgboost.train(params, train, args.rounds_per_epoch, xgb_model=booster)
        accuracy = float(np.mean((booster.predict(validation) > 0.5) == y_val))
        print(f"epoch {epoch}: validation:accuracy={accuracy:.4f}", flush=True)

    model_dir = Path(os.environ.get("SM_MODEL_DIR", "model"))
    model_dir.mkdir(parents=True, exist_ok=True)
    assert booster is not None
    booster.save_model(model_dir / "xgboost-model.json")


if __name__ == "__main__":
    main()
