"""The stock queue: the quantity to publish per (channel, SKU), with the outbox's claim, lease and retry.

One row per SKU and channel is the whole queue for that SKU: a new quantity replaces the one waiting (newest
wins, so a burst of counts costs one call) and bumps the row's revision. A claim remembers the revision it sends;
if a newer quantity arrived meanwhile, the row goes back to pending when the send ends, so the newest is always
the last one sent. A row whose answer was lost is `uncertain` and is read back before anything is sent again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from peewee import Case

from orderdesk.core.events import EventState
from orderdesk.core.records import utcnow
from orderdesk.store.models import Channel, StockLevel

E = EventState
CLAIMABLE = [E.PENDING.value, E.UNCERTAIN.value]
WAITING = [E.PENDING.value, E.UNCERTAIN.value, E.IN_FLIGHT.value]
_CHUNK = 400  # ids per IN (...): below SQLite's variable limit


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def queue(channel: Channel, quantities: Mapping[str, int], user: str, now: datetime | None = None) -> int:
    """Ask for these quantities (sku -> quantity) on the channel, inside the caller's transaction; returns how many."""
    now = now or utcnow()
    existing: dict[str, int] = {}
    skus = list(quantities)
    for chunk in _chunks(skus):
        rows = StockLevel.select(StockLevel.id, StockLevel.sku).where(
            (StockLevel.channel == channel.id) & StockLevel.sku.in_(chunk)
        )
        existing.update({row.sku: row.id for row in rows})
    new = [
        {
            "channel": channel.id,
            "sku": sku,
            "quantity": quantities[sku],
            "state": E.PENDING.value,
            "next_attempt_at": now,
            "updated_at": now,
            "updated_by": user,
        }
        for sku in skus
        if sku not in existing
    ]
    for chunk in _chunks(new):
        StockLevel.insert_many(chunk).execute()
    by_quantity: dict[int, list[int]] = {}
    for sku, row_id in existing.items():
        by_quantity.setdefault(quantities[sku], []).append(row_id)
    for quantity, ids in by_quantity.items():
        for chunk in _chunks(ids):
            StockLevel.update(
                quantity=quantity,
                revision=StockLevel.revision + 1,
                # A row being sent stays claimed: the claim ends by seeing the new revision and sends again.
                state=Case(StockLevel.state, [(E.IN_FLIGHT.value, E.IN_FLIGHT.value)], E.PENDING.value),
                attempts=0,
                error_kind="",
                next_attempt_at=now,
                updated_at=now,
                updated_by=user,
            ).where(StockLevel.id.in_(chunk)).execute()
    return len(skus)


def list_levels(channel: str | None = None, *, states: set[str] | None = None) -> list[StockLevel]:
    query = StockLevel.select(StockLevel, Channel).join(Channel)
    if channel:
        query = query.where(Channel.name == channel)
    if states:
        query = query.where(StockLevel.state.in_(sorted(states)))
    return list(query.order_by(Channel.name, StockLevel.sku))


def claimable(channel_id: int, now: datetime, limit: int) -> list[StockLevel]:
    """Rows of the channel that are due, or whose claim's lease ran out (a crash): oldest request first."""
    due = (StockLevel.state.in_(CLAIMABLE) & (StockLevel.next_attempt_at <= now)) | (
        (StockLevel.state == E.IN_FLIGHT.value) & (StockLevel.lease_until < now)
    )
    query = (
        StockLevel.select()
        .where((StockLevel.channel == channel_id) & due)
        .order_by(StockLevel.updated_at, StockLevel.id)
        .limit(limit)
    )
    return list(query)


def claim(rows: list[StockLevel], worker: str, now: datetime, lease: timedelta) -> list[StockLevel]:
    """Take those of the rows nobody else took meanwhile (one compare-and-set on state and lease for them all);
    returns the rows taken, as they were before (their state says whether to read back first)."""
    if not rows:
        return []
    still_free = (StockLevel.state.in_(CLAIMABLE) & (StockLevel.next_attempt_at <= now)) | (
        (StockLevel.state == E.IN_FLIGHT.value) & (StockLevel.lease_until < now)
    )
    until = now + lease
    StockLevel.update(
        state=E.IN_FLIGHT.value, lease_until=until, claimed_by=worker, sending_revision=StockLevel.revision
    ).where(StockLevel.id.in_([row.id for row in rows]) & still_free).execute()
    taken = StockLevel.select(StockLevel.id).where(
        StockLevel.id.in_([row.id for row in rows])
        & (StockLevel.state == E.IN_FLIGHT.value)
        & (StockLevel.claimed_by == worker)
        & (StockLevel.lease_until == until)
    )
    ids = {row.id for row in taken}
    return [row for row in rows if row.id in ids]


def release(row_id: int, *, uncertain: bool) -> None:
    """Hand a claimed row back unsent (the channel paused, the engine stops)."""
    state = E.UNCERTAIN if uncertain else E.PENDING
    StockLevel.update(state=state.value, lease_until=None, claimed_by=None, sending_revision=None).where(
        (StockLevel.id == row_id) & (StockLevel.state == E.IN_FLIGHT.value)
    ).execute()


def _end_claim(row_id: int, revision: int, state: EventState, **values: Any) -> EventState:
    """Settle a claim that sent `revision`; a newer quantity asked for meanwhile sends next, whatever happened."""
    values.update(lease_until=None, claimed_by=None, sending_revision=None)
    updated = (
        StockLevel.update(state=state.value, **values)
        .where((StockLevel.id == row_id) & (StockLevel.revision == revision))
        .execute()
    )
    if updated:
        return state
    values.update(attempts=0, error_kind="", next_attempt_at=utcnow())
    StockLevel.update(state=E.PENDING.value, **values).where(StockLevel.id == row_id).execute()
    return E.PENDING


def settle_done(row_id: int, revision: int, quantity: int, *, item_id: str | None, answer: str, now: datetime) -> None:
    values: dict[str, Any] = {
        "sent_quantity": quantity,
        "last_sent_at": now,
        "answer": answer,
        "attempts": 0,
        "error_kind": "",
    }
    if item_id:
        values["item_id"] = item_id
    _end_claim(row_id, revision, E.DONE, **values)


def settle_retry(
    row_id: int, revision: int, *, uncertain: bool, attempts: int, next_attempt_at: datetime, answer: str, kind: str
) -> None:
    state = E.UNCERTAIN if uncertain else E.PENDING
    _end_claim(
        row_id, revision, state, attempts=attempts, next_attempt_at=next_attempt_at, answer=answer, error_kind=kind
    )


def settle_failed(row_id: int, revision: int, *, attempts: int, answer: str, kind: str) -> EventState:
    return _end_claim(row_id, revision, E.FAILED, attempts=attempts, answer=answer, error_kind=kind)


def earliest_due(channel_ids: list[int]) -> datetime | None:
    """When the first waiting row of these channels is due (for a run that drains to the end)."""
    row = (
        StockLevel.select(StockLevel.next_attempt_at)
        .where(StockLevel.channel.in_(channel_ids), StockLevel.state.in_(CLAIMABLE))
        .order_by(StockLevel.next_attempt_at)
        .first()
    )
    return row.next_attempt_at if row is not None else None


def waiting_count(channel_id: int | None = None) -> int:
    query = StockLevel.select().where(StockLevel.state.in_(WAITING))
    if channel_id is not None:
        query = query.where(StockLevel.channel == channel_id)
    return int(query.count())


def failed_marks() -> dict[int, int]:
    """Failed rows and their attempts: taken before a run, it tells which rows failed during it."""
    rows = StockLevel.select(StockLevel.id, StockLevel.attempts).where(StockLevel.state == E.FAILED.value)
    return {row.id: row.attempts for row in rows}


def failed_since(marks: dict[int, int]) -> list[StockLevel]:
    rows = StockLevel.select(StockLevel, Channel).join(Channel).where(StockLevel.state == E.FAILED.value)
    return [row for row in rows.order_by(StockLevel.id) if marks.get(row.id) != row.attempts]
