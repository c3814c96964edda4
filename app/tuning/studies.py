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
from typing import Any, Literal, TypeVar

import optuna
from optuna.exceptions import UpdateFinishedTrialError
from optuna.pruners import BasePruner
from optuna.samplers import BaseSampler
from optuna.search_space import IntersectionSearchSpace
from optuna.storages import InMemoryStorage, RDBStorage
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
            storage = RDBStorage(url, engine_kwargs=_server_engine_options(url))
        _storages[url] = storage
    return storage


def _server_engine_options(url: str) -> dict[str, Any]:
    """Decision: on PostgreSQL the study's writes do not wait for the disk
    (synchronous_commit off; a durable commit costs ~10 ms here, and a launch made two of
    them). Nothing is lost by it: openamt's rows share the database and its one write-ahead
    log, and every study write that matters is followed by the durable commit of the
    transaction it belongs to (an ask by its launch's, a tell by the end's, a new study by
    its tuning job's), which flushes the log up to that commit, the study's records before
    it included. A crash before that commit loses both, as a rollback would. The values a
    running trial reports for the pruner may lose their last steps to a server crash, as
    the metric points beside them (heartbeats) may."""
    options: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("postgresql"):
        options["connect_args"] = {"options": "-c synchronous_commit=off"}
    return options


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
    object, so a process keeps its studies open: a read then fetches only what changed."""

    study: optuna.Study
    study_id: int
    history: _History | None = None  # built at the first ask in this process


@dataclass
class _History:
    """The sampler's copy of a study, in memory: each ask samples there, and the stored study
    gets the new trial in one write with its parameters (`_ask_in_memory`).

    Decision: asking the stored study directly costs a write per suggested parameter and
    three reads of its trials (about 9 ms of a 19 ms launch, measured by bench/overhead.py's
    profile); here a launch costs one incremental read (Optuna's cache of the stored study)
    and one write. The copy holds the same trials under the same numbers, study name and
    direction, so the sampler (and Hyperband's bracket of a trial number) sees what it would
    see on the stored study."""

    study: optuna.Study
    storage: InMemoryStorage
    study_id: int
    # The ranges every finished trial shares, computed incrementally (FixedSpaceTPESampler);
    # it belongs to this copy, as Optuna's own belongs to one study.
    search_space: IntersectionSearchSpace
    finished: set[int]  # numbers of the copied trials that have ended


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
        )
    _studies[key] = found  # most recently used last
    while len(_studies) > MAX_OPEN_STUDIES:
        _studies.popitem(last=False)
    return found


def _new_history(stored: optuna.Study) -> _History:
    storage = InMemoryStorage()
    study = optuna.create_study(
        study_name=stored.study_name, storage=storage, direction=stored.direction
    )
    return _History(
        study=study,
        storage=storage,
        study_id=storage.get_study_id_from_name(stored.study_name),
        search_space=IntersectionSearchSpace(include_pruned=True),
        finished=set(),
    )


def _caught_up(opened: _Open) -> _History:
    """The in-memory copy with every stored trial: new ones added, ended ones brought to their
    end (one incremental read of the stored study). Trials are numbered in the order they
    are created, and a job's asks are serialised by the lock on its row, so a stored trial
    and its copy share a number; a copy that no longer matches the stored numbering (a gap,
    or more trials than the store) is rebuilt from the store."""
    stored = opened.study.get_trials(deepcopy=False)
    history = opened.history
    if history is None or len(history.study.get_trials(deepcopy=False)) > len(stored):
        history = opened.history = _new_history(opened.study)
    copied = history.study.get_trials(deepcopy=False)
    count = len(copied)
    for trial in stored:
        if trial.number > count:
            opened.history = None
            return _caught_up(opened)
        if trial.number == count:
            history.storage.create_new_trial(history.study_id, template_trial=trial)
            count += 1
            if trial.state.is_finished():
                history.finished.add(trial.number)
        elif trial.state.is_finished() and trial.number not in history.finished:
            _bring_to_end(history, copied[trial.number], trial)
    return history


def _bring_to_end(history: _History, copy: FrozenTrial, trial: FrozenTrial) -> None:
    """A copied trial that has since ended in the store: what it gained, then its end."""
    trial_id = history.storage.get_trial_id_from_study_id_trial_number(
        history.study_id, trial.number
    )
    for param, value in trial.params.items():
        if param not in copy.params:
            distribution = trial.distributions[param]
            history.storage.set_trial_param(
                trial_id, param, distribution.to_internal_repr(value), distribution
            )
    for step, value in trial.intermediate_values.items():
        if step not in copy.intermediate_values:
            history.storage.set_trial_intermediate_value(trial_id, step, value)
    for key, value in trial.user_attrs.items():
        history.storage.set_trial_user_attr(trial_id, key, value)
    for key, value in trial.system_attrs.items():
        history.storage.set_trial_system_attr(trial_id, key, value)
    history.storage.set_trial_state_values(trial_id, trial.state, trial.values)
    history.finished.add(trial.number)


SamplerFactory = Callable[[IntersectionSearchSpace], BaseSampler]
Suggested = TypeVar("Suggested")


def ask(
    settings: Settings,
    job_id: int,
    name: str,
    make_sampler: SamplerFactory,
    suggest: Callable[[optuna.Trial], Suggested],
    fixed: dict[str, Any] | None = None,
) -> tuple[Suggested, int]:
    """A new trial of the job's study, sampled by a sampler made for this one suggestion
    (seeded by the launch), with `fixed` parameters enqueued first (Grid): `suggest` picks its
    parameters, and the trial is stored RUNNING with them in one write. Returns what `suggest`
    returned and the stored trial's id."""
    opened = _open(settings, job_id, name)
    try:
        return _ask_in_memory(settings, opened, make_sampler, suggest, fixed)
    except BaseException:
        opened.history = None  # the copy may hold a trial the store never got
        raise


def _ask_in_memory(
    settings: Settings,
    opened: _Open,
    make_sampler: SamplerFactory,
    suggest: Callable[[optuna.Trial], Suggested],
    fixed: dict[str, Any] | None,
) -> tuple[Suggested, int]:
    history = _caught_up(opened)
    history.study.sampler = make_sampler(history.search_space)
    # The same pruner as the stored study's: Hyperband gives the sampler its bracket only.
    history.study.pruner = opened.study.pruner
    if fixed is not None:
        history.study.enqueue_trial(fixed, skip_if_exists=False)
    trial = history.study.ask()
    suggested = suggest(trial)
    sampled = history.storage.get_trial(
        history.storage.get_trial_id_from_study_id_trial_number(history.study_id, trial.number)
    )
    trial_id = get_storage(settings).create_new_trial(opened.study_id, template_trial=sampled)
    return suggested, trial_id


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
