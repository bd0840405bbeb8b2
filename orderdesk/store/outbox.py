"""The outbox: sync events written in the same transaction as the change they carry."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from peewee import fn

from orderdesk.core import validation
from orderdesk.core.events import EventKind, EventState
from orderdesk.core.records import utcnow
from orderdesk.core.statuses import SyncState
from orderdesk.core.text import translate
from orderdesk.store.kept import KeptQuery, Marker
from orderdesk.store.models import Channel, Order, OutboxEvent, database_proxy
from orderdesk.store.orders import NotFound


def enqueue(
    order: Order, kind: EventKind, payload: dict[str, Any], user: str, *, channel: Channel | int | None = None
) -> OutboxEvent:
    """Queue a change for the order's channel (or for `channel`: a purchase goes to the OT channel that buys the
    order, whatever channel the order came from) and mark the order as waiting for sync."""
    event = OutboxEvent.create(
        order=order,
        channel=order.channel_id if channel is None else channel,
        kind=kind.value,
        payload=payload,
        state=EventState.PENDING.value,
        idempotency_key=uuid.uuid4().hex,
        created_by=user,
    )
    if order.sync_state != SyncState.CONFLICT.value:
        Order.update(sync_state=SyncState.PENDING.value).where(Order.id == order.id).execute()
        order.sync_state = SyncState.PENDING.value
    return event


def get_event(event_id: int) -> OutboxEvent:
    event = OutboxEvent.get_or_none(OutboxEvent.id == event_id) if validation.row_id(event_id) else None
    if event is None:
        raise NotFound(translate("OrderStore", "There is no sync event {event}.", event=validation.shown(event_id)))
    return event


def events_of(order: Order) -> list[OutboxEvent]:
    return list(OutboxEvent.select().where(OutboxEvent.order == order).order_by(OutboxEvent.id))


def list_events(*, states: set[str] | None = None, channel: str | None = None, limit: int = 500) -> list[OutboxEvent]:
    query = OutboxEvent.select(OutboxEvent, Order, Channel).join(Order).switch(OutboxEvent).join(Channel)
    if states:
        query = query.where(OutboxEvent.state.in_(sorted(states)))
    if channel:
        query = query.where(Channel.name == channel)
    return list(query.order_by(OutboxEvent.id.desc()).limit(limit))


def refresh_sync_state(order: Order) -> str:
    """Derive the order's sync state from its open events (a conflict stays until the operator resolves it)."""
    if order.sync_state == SyncState.CONFLICT.value:
        return order.sync_state
    state = _derived_sync_state(order.id)
    Order.update(sync_state=state).where(Order.id == order.id).execute()
    order.sync_state = state
    return state


def _derived_sync_state(order_id: int) -> str:
    states = {
        e.state
        for e in OutboxEvent.select(OutboxEvent.state).where(
            OutboxEvent.order == order_id,
            OutboxEvent.state.in_(
                [s.value for s in (EventState.PENDING, EventState.IN_FLIGHT, EventState.FAILED, EventState.UNCERTAIN)]
            ),
        )
    }
    if EventState.FAILED.value in states:
        return SyncState.FAILED.value
    if states:
        return SyncState.PENDING.value
    return SyncState.SYNCED.value


def reset_for_retry(event: OutboxEvent) -> None:
    event.state = EventState.PENDING.value
    event.attempts = 0
    event.next_attempt_at = utcnow()
    event.lease_until = None
    event.claimed_by = None
    event.updated_at = utcnow()
    event.save()


# ---- claims: how sync processes take events without sending one twice ------------------------------------
CLAIMABLE = [EventState.PENDING.value, EventState.UNCERTAIN.value]
BLOCKING = [EventState.PENDING.value, EventState.IN_FLIGHT.value, EventState.FAILED.value, EventState.UNCERTAIN.value]


def sendable() -> Any:
    """The orders whose events may go out. A change to an order the channel does not know yet (a split part whose
    split has not gone out) waits, and so does every change to an order in conflict: the operator decides first
    whether it goes out at all."""
    return Order.select(Order.id).where(
        Order.external_id.is_null(False) & (Order.sync_state != SyncState.CONFLICT.value)
    )


def _due_query(channel_id: int, now: datetime, limit: int) -> Any:
    """The head event of each order of the channel that is due: FIFO per order and channel, a failed one blocks
    the rest. Per channel, because an order may have events for two channels (its own, and the OT channel it is
    bought on): a refused purchase must not hold back the order's dispatch, nor the other way round."""
    earlier = OutboxEvent.alias()
    blocked = earlier.select(earlier.id).where(
        (earlier.order == OutboxEvent.order)
        & (earlier.channel == OutboxEvent.channel)
        & (earlier.id < OutboxEvent.id)
        & (earlier.state.in_(BLOCKING))
    )
    due = (OutboxEvent.state.in_(CLAIMABLE) & (OutboxEvent.next_attempt_at <= now)) | (
        (OutboxEvent.state == EventState.IN_FLIGHT.value) & (OutboxEvent.lease_until < now)
    )
    query = (
        OutboxEvent.select()
        .where((OutboxEvent.channel == channel_id) & due & ~fn.EXISTS(blocked) & OutboxEvent.order.in_(sendable()))
        .order_by(OutboxEvent.id)
        .limit(limit)
    )
    return query


def _claim_query(*, postgres: bool, channel_id: int, now: datetime, limit: int) -> Any:
    query = _due_query(channel_id, now, limit)
    return query.for_update("FOR UPDATE SKIP LOCKED") if postgres else query


# A push claims for almost every event it sends: the claim query's text is built once (store.kept).
_CLAIMS = KeptQuery(
    OutboxEvent,
    _claim_query,
    channel_id=Marker(-7_430_211),
    now=Marker(datetime(1901, 2, 3, 4, 5, 6, 789_012, tzinfo=UTC), OutboxEvent.next_attempt_at.db_value),
    limit=Marker(-7_430_212),
)


def claimable(channel_id: int, now: datetime, limit: int) -> list[OutboxEvent]:
    """The events due to be sent now (see _due_query), not claimed."""
    return list(_due_query(channel_id, now, limit))


def claim_due(channel_id: int, worker: str, now: datetime, lease: timedelta, limit: int) -> list[OutboxEvent]:
    """Claim up to `limit` due events of the channel for `worker`; returns them as they were before the claim (their
    state says whether the channel must be read back first).

    On PostgreSQL the due rows are locked with FOR UPDATE SKIP LOCKED, so two engines asking at once each get
    other events and neither waits for the other; on SQLite the write lock is taken first (BEGIN IMMEDIATE).
    Either way each claim is a compare-and-set on the event's state and lease, so a claim another engine made
    in between is never taken over."""
    with database_proxy.atomic():
        due = _CLAIMS.run(channel_id=channel_id, now=now, limit=limit)
        return [event for event in due if claim(event, worker, now, lease)]


def _claim_update(*, postgres: bool, event_id: int, worker: str, now: datetime, until: datetime) -> Any:
    still_free = (OutboxEvent.state.in_(CLAIMABLE) & (OutboxEvent.next_attempt_at <= now)) | (
        (OutboxEvent.state == EventState.IN_FLIGHT.value) & (OutboxEvent.lease_until < now)
    )
    return OutboxEvent.update(
        state=EventState.IN_FLIGHT.value, lease_until=until, claimed_by=worker, updated_at=now
    ).where((OutboxEvent.id == event_id) & still_free)


_CLAIM = KeptQuery(
    OutboxEvent,
    _claim_update,
    event_id=Marker(-7_430_213),
    worker=Marker("\x00kept-worker"),
    now=Marker(datetime(1901, 2, 3, 4, 5, 6, 789_012, tzinfo=UTC), OutboxEvent.next_attempt_at.db_value),
    until=Marker(datetime(1902, 3, 4, 5, 6, 7, 890_123, tzinfo=UTC), OutboxEvent.lease_until.db_value),
)


def claim(event: OutboxEvent, worker: str, now: datetime, lease: timedelta) -> bool:
    """Take the event if nobody else did meanwhile (compare-and-set on its state and lease)."""
    return _CLAIM.execute(event_id=event.id, worker=worker, now=now, until=now + lease) == 1


def settle(
    event_id: int,
    state: EventState,
    *,
    error: str = "",
    error_kind: str = "",
    attempts: int | None = None,
    next_attempt_at: datetime | None = None,
    order_id: int | None = None,
) -> None:
    """Record how an event ended this time, and the order's resulting sync state (written in one transaction that
    holds the write lock from its start). `order_id`: the event's order, when the caller knows it (one read less for
    every event a push sends)."""
    changes: dict[Any, Any] = {
        OutboxEvent.state: state.value,
        OutboxEvent.lease_until: None,
        OutboxEvent.claimed_by: None,
        OutboxEvent.last_error: error,
        OutboxEvent.error_kind: error_kind,
        OutboxEvent.updated_at: utcnow(),
    }
    if attempts is not None:
        changes[OutboxEvent.attempts] = attempts
    if next_attempt_at is not None:
        changes[OutboxEvent.next_attempt_at] = next_attempt_at
    with database_proxy.atomic():
        if order_id is None:
            order_id = OutboxEvent.select(OutboxEvent.order).where(OutboxEvent.id == event_id).scalar()
        OutboxEvent.update(changes).where(OutboxEvent.id == event_id).execute()
        if order_id is not None:
            # A conflict stays until the operator resolves it: the WHERE keeps it, read in the same statement.
            Order.update(sync_state=_derived_sync_state(order_id)).where(
                (Order.id == order_id) & (Order.sync_state != SyncState.CONFLICT.value)
            ).execute()


def open_count(channel_id: int | None = None) -> dict[str, int]:
    """How many events wait, are in flight, failed or uncertain (per state)."""
    query = OutboxEvent.select(OutboxEvent.state, fn.COUNT(OutboxEvent.id)).where(OutboxEvent.state.in_(BLOCKING))
    if channel_id is not None:
        query = query.where(OutboxEvent.channel == channel_id)
    rows: Any = query.group_by(OutboxEvent.state).tuples()
    return {state: int(count) for state, count in rows}


def release_dead_claims(host: str, alive: Callable[[int], bool], now: datetime) -> int:
    """Expire the leases of events claimed by processes on this host that no longer run (a crash, a kill)."""
    released = 0
    # One transaction that takes the write lock at BEGIN: an UPDATE issued while a SELECT's read snapshot is still
    # open must upgrade that snapshot, and SQLite refuses the upgrade at once (no busy wait) when another process
    # committed in between - the "database is locked" a restarted sync died of.
    with database_proxy.atomic():
        rows = list(
            OutboxEvent.select(OutboxEvent.id, OutboxEvent.claimed_by).where(
                (OutboxEvent.state == EventState.IN_FLIGHT.value) & (OutboxEvent.claimed_by.startswith(f"{host}:"))
            )
        )
        for event in rows:
            pid_text = (event.claimed_by or "").rsplit(":", 1)[-1]
            if pid_text.isdigit() and not alive(int(pid_text)):
                released += OutboxEvent.update(lease_until=now).where(OutboxEvent.id == event.id).execute()
    return released
