"""The outbox: sync events written in the same transaction as the change they carry."""

from __future__ import annotations

import uuid
from typing import Any

from orderdesk.core.events import EventKind, EventState
from orderdesk.core.records import utcnow
from orderdesk.core.statuses import SyncState
from orderdesk.store.models import Channel, Order, OutboxEvent
from orderdesk.store.orders import NotFound


def enqueue(order: Order, kind: EventKind, payload: dict[str, Any], user: str) -> OutboxEvent:
    """Queue a change for the order's channel and mark the order as waiting for sync."""
    event = OutboxEvent.create(
        order=order,
        channel=order.channel_id,
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
    event = OutboxEvent.get_or_none(OutboxEvent.id == event_id)
    if event is None:
        raise NotFound(f"There is no sync event {event_id}.")
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
    states = {
        e.state
        for e in OutboxEvent.select(OutboxEvent.state).where(
            OutboxEvent.order == order,
            OutboxEvent.state.in_(
                [s.value for s in (EventState.PENDING, EventState.IN_FLIGHT, EventState.FAILED, EventState.UNCERTAIN)]
            ),
        )
    }
    if EventState.FAILED.value in states:
        state = SyncState.FAILED.value
    elif states:
        state = SyncState.PENDING.value
    else:
        state = SyncState.SYNCED.value
    Order.update(sync_state=state).where(Order.id == order.id).execute()
    order.sync_state = state
    return state


def reset_for_retry(event: OutboxEvent) -> None:
    event.state = EventState.PENDING.value
    event.attempts = 0
    event.next_attempt_at = utcnow()
    event.lease_until = None
    event.claimed_by = None
    event.updated_at = utcnow()
    event.save()
