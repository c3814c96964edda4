"""The training script of the SageMaker SDK examples: XGBoost's framework container runs it once
per training job (`sagemaker.xgboost.XGBoost(entry_point="train.py", ...)`).

Hyperparameters arrive as arguments (`--max_depth 5 --eta 0.2 ...`), the data in the
directories SM_CHANNEL_TRAIN and SM_CHANNEL_VALIDATION (CSV, label first, no header). XGBoost
prints one line per round, `[3]\ttrain-auc:0.91\tvalidation-auc:0.88`, which the tuner's
metric definitions read. The model goes to SM_MODEL_DIR as `xgboost-model`.

The same file serves the endpoint: the framework container imports it and calls `model_fn`
and `predict_fn` (the training code only runs under `__main__`). Run it alone with
`python train.py --max_depth 3` beside directories train/ and validation/.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

import numpy as np
import xgboost


def read_csv_channel(directory: str) -> xgboost.DMatrix:
    """Every CSV file of a channel as one matrix; column 0 is the label."""
    files = sorted(Path(directory).glob("*.csv"))
    rows = np.vstack([np.loadtxt(f, delimiter=",", ndmin=2) for f in files])
    return xgboost.DMatrix(rows[:, 1:], label=rows[:, 0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max_depth", type=int, default=5)
    parser.add_argument("--eta", type=float, default=0.2)
    parser.add_argument("--gamma", type=float, default=0.0)
    parser.add_argument("--min_child_weight", type=float, default=1.0)
    parser.add_argument("--subsample", type=float, default=1.0)
    parser.add_argument("--num_round", type=int, default=20)
    parser.add_argument("--objective", default="binary:logistic")
    parser.add_argument("--eval_metric", default="auc")
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "model"))
    parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN", "train"))
    parser.add_argument(
        "--validation", default=os.environ.get("SM_CHANNEL_VALIDATION", "validation")
    )
    args = parser.parse_args()

    train = read_csv_channel(args.train)
    validation = read_csv_channel(args.validation)
    params = {
        "max_depth": args.max_depth,
        "eta": args.eta,
        "gamma": args.gamma,
        "min_child_weight": args.min_child_weight,
        "subsample": args.subsample,
        "objective": args.objective,
        "eval_metric": args.eval_metric,
        "nthread": 1,
        "seed": 0,
    }
    booster = xgboost.train(
        params,
        train,
        num_boost_round=args.num_round,
        evals=[(train, "train"), (validation, "validation")],
        verbose_eval=True,
    )
    model_dir = Path(args.model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(model_dir / "xgboost-model"))


# --- serving: the framework container's handler functions --------------------------------------


def model_fn(model_dir: str) -> xgboost.Booster:
    booster = xgboost.Booster()
    booster.load_model(os.path.join(model_dir, "xgboost-model"))
    return booster


def predict_fn(data: Any, model: xgboost.Booster) -> Any:
    return model.predict(xgboost.DMatrix(np.atleast_2d(np.asarray(data, dtype=float))))


if __name__ == "__main__":
    main()
