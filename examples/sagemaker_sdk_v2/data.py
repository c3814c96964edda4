"""The examples' data: a small binary classification problem written as SageMaker's XGBoost
reads CSV (label in column 0, no header), so the examples need no data set of their own."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def write_csv_data(directory: Path, *, rows: int = 3000, features: int = 10) -> list[list[float]]:
    """train/ and validation/ CSV files under `directory` (80/20), and a few rows without their
    label for a prediction request."""
    rng = np.random.default_rng(7)
    x = rng.normal(size=(rows, features))
    weights = rng.normal(size=features)
    logits = x @ weights + 0.8 * x[:, 0] * x[:, 1] - 0.5 * x[:, 2] ** 2
    y = (logits + rng.normal(scale=1.0, size=rows) > 0).astype(float)
    table = np.column_stack([y, x])
    cut = int(rows * 0.8)
    for channel, part in (("train", table[:cut]), ("validation", table[cut:])):
        (directory / channel).mkdir(parents=True, exist_ok=True)
        np.savetxt(directory / channel / f"{channel}.csv", part, delimiter=",", fmt="%.6f")
    return [[round(float(v), 6) for v in row] for row in x[cut : cut + 5]]
