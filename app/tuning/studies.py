"""Optuna studies, one per tuning job (study name = tuning job name)."""

from __future__ import annotations

import contextlib
import logging

import optuna
from optuna.storages import RDBStorage

from app.config import Settings
from app.db.session import configure_sqlite

optuna.logging.set_verbosity(logging.WARNING)

_storages: dict[str, RDBStorage] = {}


def get_storage(settings: Settings) -> RDBStorage:
    """One RDBStorage per process and URL: creating one checks the schema, which costs."""
    url = settings.optuna_url
    storage = _storages.get(url)
    if storage is None:
        if url.startswith("sqlite"):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            storage = RDBStorage(url, engine_kwargs={"connect_args": {"timeout": 60}})
            # Same reason as openamt's own engine: queue writers instead of SQLITE_BUSY.
            storage.engine.dispose()
            configure_sqlite(storage.engine)
        else:
            storage = RDBStorage(url, engine_kwargs={"pool_pre_ping": True})
        _storages[url] = storage
    return storage


def direction(objective_type: str) -> str:
    return "maximize" if objective_type == "Maximize" else "minimize"


def create_study(settings: Settings, name: str, objective_type: str) -> None:
    """Create the study, replacing a leftover of a deleted or half-created job of that name."""
    storage = get_storage(settings)
    with contextlib.suppress(KeyError):
        optuna.delete_study(study_name=name, storage=storage)
    optuna.create_study(study_name=name, storage=storage, direction=direction(objective_type))


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
