"""Generate an imbalanced, transaction-like dataset for the fraud-detection example.

Writes CSV (label first, no header: the built-in XGBoost's text/csv format) to
<data dir>/s3/my-bucket/fraud/{train,validation}/, where openamt finds s3://my-bucket/fraud/...
when no S3 endpoint is configured.

    python examples/fraud/make_data.py [--rows 5000] [--data-dir ./openamt-data]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--features", type=int, default=30)
    parser.add_argument("--positive-share", type=float, default=0.03)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--data-dir", type=Path, default=Path(os.environ.get("OPENAMT_DATA_DIR", "openamt-data"))
    )
    args = parser.parse_args()
    features, labels = make_classification(
        n_samples=args.rows,
        n_features=args.features,
        n_informative=args.features // 2,
        weights=[1 - args.positive_share],
        flip_y=0.01,
        class_sep=0.8,
        random_state=args.seed,
    )
    x_train, x_val, y_train, y_val = train_test_split(
        features, labels, test_size=0.25, stratify=labels, random_state=args.seed
    )
    root = args.data_dir / "s3" / "my-bucket" / "fraud"
    for channel, x, y in (("train", x_train, y_train), ("validation", x_val, y_val)):
        (root / channel).mkdir(parents=True, exist_ok=True)
        np.savetxt(root / channel / "data.csv", np.column_stack([y, x]), delimiter=",", fmt="%.6g")
    print(f"wrote {len(y_train)} training and {len(y_val)} validation rows under {root}")


if __name__ == "__main__":
    main()
