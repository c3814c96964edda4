"""Optuna's studies, one per tuning job (study name = tuning job name): the one module that
reads or writes them, through Optuna's public API only.

openamt's rows are the truth; a study is the sampler's and the pruner's memory of them, kept
in step where the rows change: a trial is asked in the launch's transaction (and failed if
that transaction rolls back), and told in the transaction that ends its training job,
whoever ends it (`app/tuning/outcomes.record_end`). A process killed between the ask and the
commit can leave one RUNNING trial that no training job owns; the sampler treats it as a
running trial, which at worst spreads the next suggestions a little.
"""

from __future__ import annotations

import contextlib
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import optuna
from optuna.exceptions import UpdateFinishedTrialError
from optuna.pruners import BasePruner
from optuna.samplers import BaseSampler
from optuna.search_space import IntersectionSearchSpace
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial, TrialState

from app.config import Settings
from app.db.session import configure_sqlite

optuna.logging.set_verbosity(logging.WARNING)

_storages: dict[str, RDBStorage] = {}


def get_storage(settings: Settings) -> RDBStorage:
    """One storage (and connection pool) per process and URL: creating one checks the schema,
    which costs."""
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


def forget_storages() -> None:
    """After a fork: a child must not share its parent's connections."""
    _storages.clear()
    _studies.clear()


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


@dataclass
class _Open:
    """A study this process works with. Optuna caches a study's finished trials in the Study
    object, so a process keeps its studies open: a suggestion then reads only what changed."""

    study: optuna.Study
    study_id: int
    # The ranges every finished trial shares, computed incrementally (FixedSpaceTPESampler).
    search_space: IntersectionSearchSpace


# A process serves many tuning jobs; it keeps the most recently used ones open.
MAX_OPEN_STUDIES = 256
_studies: OrderedDict[tuple[str, int, str], _Open] = OrderedDict()


def _open(settings: Settings, job_id: int, name: str) -> _Open:
    """Keyed by the tuning job's row id too: a job deleted and created again under the same
    name has a new study."""
    key = (settings.optuna_url, job_id, name)
    found = _studies.pop(key, None)
    if found is None:
        storage = get_storage(settings)
        found = _Open(
            study=optuna.load_study(study_name=name, storage=storage),
            study_id=storage.get_study_id_from_name(name),
            search_space=IntersectionSearchSpace(include_pruned=True),
        )
    _studies[key] = found  # most recently used last
    while len(_studies) > MAX_OPEN_STUDIES:
        _studies.popitem(last=False)
    return found


SamplerFactory = Callable[[IntersectionSearchSpace], BaseSampler]


def ask(
    settings: Settings,
    job_id: int,
    name: str,
    make_sampler: SamplerFactory,
    fixed: dict[str, Any] | None = None,
) -> tuple[optuna.Trial, int]:
    """A new trial of the job's study, sampled by a sampler made for this one suggestion
    (seeded by the launch), with `fixed` parameters enqueued first (Grid); and its trial id."""
    opened = _open(settings, job_id, name)
    opened.study.sampler = make_sampler(opened.search_space)
    if fixed is not None:
        opened.study.enqueue_trial(fixed, skip_if_exists=False)
    trial = opened.study.ask()
    trial_id = get_storage(settings).get_trial_id_from_study_id_trial_number(
        opened.study_id, trial.number
    )
    return trial, trial_id


def trial_for_reports(
    settings: Settings, job_id: int, name: str, trial_id: int, pruner: BasePruner
) -> optuna.Trial:
    """The running trial a training job reports its objective to, judged by `pruner`."""
    opened = _open(settings, job_id, name)
    opened.study.pruner = pruner
    return optuna.Trial(opened.study, trial_id)


def tell(settings: Settings, trial_id: int, objective: float | None, *, pruned: bool) -> None:
    """Finish the trial once; a trial already finished (or gone with its study) is left."""
    storage = get_storage(settings)
    try:
        if pruned and objective is not None:
            storage.set_trial_state_values(trial_id, TrialState.PRUNED)
        elif objective is not None:
            storage.set_trial_state_values(trial_id, TrialState.COMPLETE, [objective])
        else:
            storage.set_trial_state_values(trial_id, TrialState.FAIL)
    except (KeyError, UpdateFinishedTrialError):
        pass  # the study was deleted with its tuning job, or someone told it already
