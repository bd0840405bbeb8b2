"""The sync log: every call the engine makes, pruned by age and size so it cannot fill the disk."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from orderdesk.core.records import utcnow
from orderdesk.core.text import translate
from orderdesk.store.bulk import insert_row, select_rows
from orderdesk.store.models import Channel, Order, OutboxEvent, SyncLogEntry, database_proxy

MAX_AGE = timedelta(days=30)
MAX_ROWS = 200_000


def write(
    *,
    channel: str,
    direction: str,
    operation: str,
    outcome: str,
    order_reference: str = "",
    event_id: int | None = None,
    http_status: int | None = None,
    duration_ms: int | None = None,
    message: str = "",
    request_excerpt: str = "",
    response_excerpt: str = "",
    at: datetime | None = None,
) -> SyncLogEntry:
    # Written for every call and every page of a pull: the statement is kept (store.bulk), not built each time.
    entry = SyncLogEntry(
        at=at or utcnow(),
        channel=channel,
        direction=direction,
        operation=operation[:64],
        order_reference=order_reference[:128],
        event=event_id,
        outcome=outcome,
        http_status=http_status,
        duration_ms=duration_ms,
        message=message,
        request_excerpt=request_excerpt,
        response_excerpt=response_excerpt,
    )
    insert_row(entry)
    return entry


def references_since(after_id: int) -> tuple[int, set[str]]:
    """(the newest line's id, the order references named) of the lines written after line `after_id`, in one step."""
    table = SyncLogEntry._meta.table_name
    rows = select_rows(
        f'SELECT "id", "order_reference" FROM "{table}" WHERE "id" > {database_proxy.param}', [after_id], 2
    )
    newest = max((int(row[0]) for row in rows), default=after_id)
    return newest, {str(row[1]) for row in rows if row[1]}


def prune(*, max_age: timedelta = MAX_AGE, max_rows: int = MAX_ROWS, now: datetime | None = None) -> int:
    """Drop entries older than max_age, then the oldest beyond max_rows; returns how many went."""
    cutoff = (now or utcnow()) - max_age
    removed = SyncLogEntry.delete().where(SyncLogEntry.at < cutoff).execute()
    newest_kept = SyncLogEntry.select(SyncLogEntry.id).order_by(SyncLogEntry.id.desc()).offset(max_rows).limit(1)
    row = newest_kept.first()
    if row is not None:
        removed += SyncLogEntry.delete().where(SyncLogEntry.id <= row.id).execute()
    return int(removed)


def entries(
    *,
    channel: str | None = None,
    outcome: str | None = None,
    text: str | None = None,
    failed_only: bool = False,
    order_reference: str | None = None,
    limit: int = 500,
    before_id: int | None = None,
) -> list[SyncLogEntry]:
    query = SyncLogEntry.select()
    if channel:
        query = query.where(SyncLogEntry.channel == channel)
    if outcome:
        query = query.where(SyncLogEntry.outcome == outcome)
    if failed_only:
        query = query.where(SyncLogEntry.outcome.in_(["failed", "uncertain", "rejected"]))
    if order_reference:
        query = query.where(SyncLogEntry.order_reference == order_reference)
    if text:
        like = f"%{text}%"
        query = query.where(
            (SyncLogEntry.message**like) | (SyncLogEntry.order_reference**like) | (SyncLogEntry.operation**like)
        )
    if before_id is not None:
        query = query.where(SyncLogEntry.id < before_id)
    return list(query.order_by(SyncLogEntry.id.desc()).limit(limit))


_VALUES = re.compile(
    r"'[^']*'|\"[^\"]*\"|«[^»]*»|\b[A-Z]{2,}[-_]?\d[\w-]*\b|\b[\w.+-]+@[\w.-]+\b|\b\d[\d.,:/-]*\b|#\d+"
)


def cause_of(message: str) -> str:
    """The error with its values stripped: 'Unknown SKU 'MUG-01'' and 'Unknown SKU 'TEE-2'' are one cause."""
    return re.sub(r"\s+", " ", _VALUES.sub("…", message or "")).strip() or translate("SyncLog", "no message")


@dataclass(frozen=True)
class FailureGroup:
    channel: str
    cause: str
    event_ids: tuple[int, ...]
    order_references: tuple[str, ...]
    example: str


def failure_groups() -> list[FailureGroup]:
    """Failed events grouped by channel and cause, largest group first."""
    rows: Any = (
        OutboxEvent.select(OutboxEvent.id, OutboxEvent.last_error, Channel.name, Order.reference)
        .join(Channel, on=(OutboxEvent.channel == Channel.id))
        .switch(OutboxEvent)
        .join(Order, on=(OutboxEvent.order == Order.id))
        .where(OutboxEvent.state == "failed")
        .order_by(OutboxEvent.id)
        .tuples()
    )
    groups: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for event_id, error, channel, reference in rows:
        groups.setdefault((channel, cause_of(error)), []).append((event_id, reference, error))
    result = [
        FailureGroup(
            channel=channel,
            cause=cause,
            event_ids=tuple(item[0] for item in items),
            order_references=tuple(item[1] for item in items),
            example=items[0][2],
        )
        for (channel, cause), items in groups.items()
    ]
    return sorted(result, key=lambda g: (-len(g.event_ids), g.channel, g.cause))
