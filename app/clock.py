from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime | None) -> datetime | None:
    """A filter time in UTC, as the columns hold it; a time without offset is taken as UTC.
    (SQLite compares the stored text, so a +02:00 time would otherwise be off by two hours.)"""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
