"""A training job's DebugRuleEvaluationStatuses: written InProgress at create, by its watcher
when a rule fires and when the training ends (workers/watch.py), read by
DescribeTrainingJob.

Decision: each rule's evaluation is named as AWS names its rule evaluation (a processing
job): "<job>-<rule configuration>-<8 hex>", 63 characters at most; openamt runs no such job,
the ARN only names the evaluation. A job that ended before its watcher gave a rule its verdict
(it failed before training, its worker was lost) shows that rule as Error, or Stopped when
the job was stopped.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import Any

import re2
from sqlalchemy.exc import DBAPIError

from app.clock import now
from app.config import Settings
from app.db import repositories
from app.db.models import TrainingJob
from app.db.session import Database
from app.errors import ValidationError
from app.training import debug_rules, lifecycle
from app.training.debug_rules import Rule
from app.training.rule_evaluators import ERROR, IN_PROGRESS, ISSUES, STOPPED, Finding, RuleBook
from app.training.states import TERMINAL, TrainingJobStatus

log = logging.getLogger(__name__)
FINAL = frozenset({"NoIssuesFound", "IssuesFound", "Error", "Stopped"})


def evaluation_name(job_name: str, rule_name: str) -> str:
    digest = hashlib.sha256(f"{job_name}/{rule_name}".encode()).hexdigest()[:8]
    rule = re2.sub(r"[^A-Za-z0-9]+", "-", rule_name).strip("-") or "rule"
    stem = f"{job_name[:30]}-{rule}"[:54].rstrip("-")
    return f"{stem}-{digest}"


def evaluation_arn(settings: Settings, job_name: str, rule_name: str) -> str:
    name = evaluation_name(job_name, rule_name)
    return f"arn:aws:sagemaker:{settings.region}:{settings.account_id}:processing-job/{name}"


def initial(settings: Settings, job_name: str, rules: list[Rule]) -> list[dict[str, Any]]:
    stamp = now().isoformat()
    return [
        {
            "RuleConfigurationName": rule.name,
            "RuleEvaluationJobArn": evaluation_arn(settings, job_name, rule.name).lower(),
            "RuleEvaluationStatus": IN_PROGRESS,
            "LastModifiedTime": stamp,
        }
        for rule in rules
    ]


def updated(statuses: list[dict[str, Any]], findings: list[Finding]) -> list[dict[str, Any]]:
    """The statuses with these findings in them (a final status is not changed again)."""
    by_name = {f.rule.name: f for f in findings}
    stamp = now().isoformat()
    result = []
    for status in statuses:
        finding = by_name.get(status["RuleConfigurationName"])
        if finding is not None and status["RuleEvaluationStatus"] not in FINAL:
            status = {**status, "RuleEvaluationStatus": finding.status, "LastModifiedTime": stamp}
            if finding.details:
                status["StatusDetails"] = finding.details
        result.append(status)
    return result


def record(db: Database, name: str, owner: str, findings: list[Finding]) -> None:
    """Write findings into the job's statuses, if the job is still this runner's. A database
    briefly unreachable loses the write (logged); the verdicts at the training's end are
    written again with the rest."""
    try:
        with db.write(durable=False) as session:
            training = repositories.training_job(session, name, lock=True)
            if training is not None and lifecycle.held_by(training, owner):
                training.debug_rule_statuses = updated(training.debug_rule_statuses, findings)
    except DBAPIError:
        log.warning("training job %s: rule statuses not recorded", name, exc_info=True)


def described(training: TrainingJob) -> list[dict[str, Any]] | None:
    """DescribeTrainingJob's DebugRuleEvaluationStatuses (None: the job has no rules)."""
    statuses = training.debug_rule_statuses
    if not statuses:
        return None
    if training.status not in TERMINAL:
        return [_timed(s) for s in statuses]
    ended = training.training_end_time or training.last_modified_time
    result = []
    for status in statuses:
        if status["RuleEvaluationStatus"] not in FINAL:
            stopped = training.status == TrainingJobStatus.STOPPED
            status = {
                **status,
                "RuleEvaluationStatus": STOPPED if stopped else ERROR,
                "StatusDetails": "The training job ended before the rule was evaluated",
                "LastModifiedTime": ended.isoformat(),
            }
        result.append(_timed(status))
    return result


def _timed(status: dict[str, Any]) -> dict[str, Any]:
    return {**status, "LastModifiedTime": datetime.fromisoformat(status["LastModifiedTime"])}


class RuleWatcher:
    """A running job's rules, between its watcher (workers/watch.py) and the database: fed
    each metric value, asked each turn of the watch loop whether a rule fired (written to the
    statuses and, as CloudWatch Events would carry it, a line of the job's log) and whether
    one asks to stop the training."""

    def __init__(self, book: RuleBook, name: str) -> None:
        self.book = book
        self.name = name
        self._last_point = 0.0
        self._new_points = False

    @classmethod
    def of(cls, name: str, spec: dict[str, Any]) -> RuleWatcher | None:
        configs = spec.get("DebugRuleConfigurations") or []
        if not configs:
            return None
        try:
            rules = debug_rules.parse(configs, job_name=name)
        except ValidationError:  # judged at create; one a later openamt refuses is skipped
            log.warning("training job %s: its rules cannot be evaluated", name, exc_info=True)
            return None
        return cls(RuleBook(rules), name)

    def resume(self, clock: float) -> None:
        """A run of the training starts (again, after a spot interruption): idle from now."""
        self._last_point = clock

    def observe(self, metric: str, value: float) -> None:
        self.book.observe(metric, value)
        self._new_points = True

    def check(self, db: Database, owner: str, clock: float, log_file: Any) -> bool:
        """Whether a rule that fired asks to stop the training."""
        if self._new_points:
            self._last_point, self._new_points = clock, False
        self.book.idle(clock - self._last_point)
        fresh = self.book.take_fresh()
        if fresh:
            _log_findings(log_file, fresh)
            record(db, self.name, owner, fresh)
        return self.book.stop_requested

    def end(self, db: Database, owner: str, log_file: Any, *, stopped_by_user: bool) -> None:
        """The training ended: every rule's verdict."""
        fired_last = self.book.take_fresh()  # by the last lines, after the loop's last check
        findings = self.book.final(stopped_by_user=stopped_by_user)
        _log_findings(log_file, fired_last + [f for f in findings if f.status != ISSUES])
        record(db, self.name, owner, findings)


def _log_findings(log_file: Any, findings: list[Finding]) -> None:
    for finding in findings:
        details = f": {finding.details}" if finding.details else ""
        log_file.write(f"[openamt] Debugger rule {finding.rule.name}: {finding.status}{details}\n")
