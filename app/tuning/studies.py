"""Optuna studies, one per tuning job (study name = tuning job name)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from typing import Literal

import optuna
from optuna.storages import BaseStorage, RDBStorage
from optuna.storages._cached_storage import _CachedStorage
from optuna.trial import FrozenTrial

from app.config import Settings
from app.db.session import configure_sqlite

optuna.logging.set_verbosity(logging.WARNING)

_storages: dict[str, BaseStorage] = {}


def get_storage(settings: Settings) -> BaseStorage:
    """One storage per process and URL: creating one checks the schema, which costs, and its
    cache of finished trials (Optuna's _CachedStorage, what Optuna itself wraps an RDBStorage
    in) lives as long as the process, so a suggestion does not re-read every trial."""
    url = settings.optuna_url
    storage = _storages.get(url)
    if storage is None:
        if url.startswith("sqlite"):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            rdb = RDBStorage(url, engine_kwargs={"connect_args": {"timeout": 60}})
            # Same reason as openamt's own engine: queue writers instead of SQLITE_BUSY.
            rdb.engine.dispose()
            configure_sqlite(rdb.engine)
        else:
            rdb = RDBStorage(url, engine_kwargs={"pool_pre_ping": True})
        storage = _storages[url] = _CachedStorage(rdb)
    return storage


def direction(objective_type: str) -> Literal["maximize", "minimize"]:
    return "maximize" if objective_type == "Maximize" else "minimize"


def create_study(
    settings: Settings,
    name: str,
    objective_type: str,
    *,
    trials: Sequence[FrozenTrial] = (),
) -> None:
    """Create the study, replacing a leftover of a deleted or half-created job of that name;
    `trials` (a warm start's) are added to it as finished trials."""
    storage = get_storage(settings)
    with contextlib.suppress(KeyError):
        optuna.delete_study(study_name=name, storage=storage)
    study = optuna.create_study(
        study_name=name, storage=storage, direction=direction(objective_type)
    )
    if trials:
        study.add_trials(trials)


def delete_study(settings: Settings, name: str) -> None:
    with contextlib.suppress(KeyError):
        optuna.delete_study(study_name=name, storage=get_storage(settings))


def load_study(
    settings: Settings,
    name: str,
    *,
    sampler: optuna.samplers.BaseSampler | None = None,
    pruner: optuna.pruners.BasePruner | None = None,
) -> optuna.Study:
    return optuna.load_study(
        study_name=name,
        storage=get_storage(settings),
        sampler=sampler,
        pruner=pruner or optuna.pruners.NopPruner(),
    )
