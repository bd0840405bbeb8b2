"""Sending one claimed outbox event and recording how it ended: done (what the channel answered written back in one
transaction with the event's state), retried with backoff, read back first when an earlier answer was lost, paused
with its channel on a 429, or failed for a supervisor. A slot thread of sync.push calls `send` for every event it
is handed; the event was claimed for this engine beforehand (store.outbox.claim_due), so nobody else sends it.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from orderdesk.channels.base import PushResult
from orderdesk.channels.errors import AuthError, ChannelError, MalformedResponse, RateLimited, TransientError
from orderdesk.core.events import EventKind, EventState, OutboundEvent
from orderdesk.credentials import KeyringUnavailable
from orderdesk.store import outbox, remote_base
from orderdesk.store.db import is_locked, transaction
from orderdesk.store.models import Channel, Order, OrderLine, OutboxEvent
from orderdesk.store.orders import order_record
from orderdesk.sync import messages, purchasing

if TYPE_CHECKING:
    from orderdesk.sync.engine import SyncEngine

log = logging.getLogger(__name__)


def needs_read_back(event: OutboxEvent) -> bool:
    """Whether the channel may hold the event already (an answer was lost, or a claim expired mid-call)."""
    return event.state in (EventState.UNCERTAIN.value, EventState.IN_FLIGHT.value) or (event.error_kind == "uncertain")


class Sending:
    """How long the adapter took with the event that a thread is sending (for sizing the calls in flight)."""

    def __init__(self) -> None:
        self.adapter_s = 0.0


def send(engine: SyncEngine, channel: Channel, event: OutboxEvent, read_back: bool, timing: Sending) -> EventState:
    """Send a claimed event (as it was read when claimed: its kind, payload and attempts do not change while it is
    claimed) and settle it. IN_FLIGHT: the engine stopped while the database was locked; the lease brings it back."""
    order = Order.get_by_id(event.order_id)
    ctx = engine._context  # what the adapter's call log records with each call, per thread
    ctx.direction, ctx.event_id, ctx.reference = "push", event.id, order.reference
    outbound = OutboundEvent(
        event_id=event.id,
        kind=EventKind(event.kind),
        order=order_record(order),
        payload=dict(event.payload or {}),
        idempotency_key=event.idempotency_key,
    )
    what = f"{event.kind} #{event.id}"
    started = time.monotonic()
    try:
        adapter = engine.adapter(channel)
        result: PushResult | None = None
        if read_back:
            result = adapter.already_applied(outbound)
            if result is not None:
                engine._log(
                    channel.name,
                    "push",
                    event.kind,
                    "ok",
                    order_reference=order.reference,
                    event_id=event.id,
                    message=messages.read_back(),
                )
        if result is None:
            result = adapter.push(outbound)
    except RateLimited as exc:
        timing.adapter_s = time.monotonic() - started
        engine._pause(channel, exc)
        # Not a failure and no attempt used up: the whole channel waits.
        state = EventState.UNCERTAIN if read_back else EventState.PENDING
        kind = "uncertain" if read_back else "rate_limited"
        settle = partial(outbox.settle, event.id, state, error=exc.message, error_kind=kind, order_id=event.order_id)
        engine.patiently(settle)
        return state
    except (TransientError, MalformedResponse) as exc:
        timing.adapter_s = time.monotonic() - started
        unknown = isinstance(exc, MalformedResponse) or bool(getattr(exc, "outcome_unknown", False))
        return _settled(engine, partial(_retry_later, engine, channel, event, order, exc, unknown=unknown or read_back))
    except AuthError as exc:
        timing.adapter_s = time.monotonic() - started
        engine.configs.forget(channel.id)
        engine._set_state(channel, "auth_failed", exc.message)
        return _settled(engine, partial(_fail, engine, channel, event, order, exc.message, "auth", exc.http_status))
    except ChannelError as exc:
        timing.adapter_s = time.monotonic() - started
        fail = partial(_fail, engine, channel, event, order, exc.message, exc.kind, exc.http_status)
        return _settled(engine, fail)
    except KeyringUnavailable as exc:  # the keyring did not answer this time: nothing was sent, try again later
        waiting = TransientError(exc.message)
        return _settled(engine, partial(_retry_later, engine, channel, event, order, waiting, unknown=read_back))
    except Exception as exc:  # an adapter bug: the event waits for a supervisor, the worker lives on
        if is_locked(exc):
            raise
        detail = traceback.format_exc()[-3000:]
        message = messages.internal_error(what, exc)
        log.error("%s: sending %s stopped on a bug.", channel.name, what, exc_info=True)
        return _settled(engine, partial(_fail, engine, channel, event, order, message, "bug", None, detail))
    timing.adapter_s = time.monotonic() - started
    confirmed = result

    def record_confirmation() -> list[int]:
        with transaction():
            applied = _apply_result(event, confirmed) + purchasing.apply_result(event, confirmed)
            remote_base.confirm_pushed(event.order_id, event.kind, outbound.payload, outbound.order)
            outbox.settle(event.id, EventState.DONE, order_id=event.order_id)
            return applied

    # The channel has it: what it answered must reach the database, however long another program holds the lock.
    changed = engine.patiently(record_confirmation)
    if changed is None:
        return EventState.IN_FLIGHT  # stopped while waiting: the lease runs out and the next run reads it back
    engine._log(
        channel.name,
        "push",
        event.kind,
        "done",
        order_reference=order.reference,
        event_id=event.id,
        message=result.message or messages.confirmed(what, channel.name),
    )
    for warning in result.warnings:
        engine._log(
            channel.name,
            "push",
            event.kind,
            "warning",
            order_reference=order.reference,
            event_id=event.id,
            message=warning,
        )
        engine.listener.notice(f"{order.reference}: {warning}")
    engine.listener.orders_changed(changed)
    return EventState.DONE


def _settled(engine: SyncEngine, settle: Callable[[], EventState]) -> EventState:
    """Record a try's outcome, waiting out a locked database (stopped meanwhile: the lease brings it back)."""
    state = engine.patiently(settle)
    return EventState.IN_FLIGHT if state is None else state


def _apply_result(event: OutboxEvent, result: PushResult) -> list[int]:
    """What the channel told us back: ids of orders it created (split parts), tracking numbers."""
    changed = [event.order_id]
    for order_id, external_id in result.external_ids.items():
        holder = Order.get_or_none((Order.channel == event.channel_id) & (Order.external_id == external_id))
        if holder is not None and holder.id != order_id:
            continue  # a pull already linked the order under this id
        Order.update(external_id=external_id).where(
            (Order.id == order_id) & (Order.channel == event.channel_id)
        ).execute()
        part = Order.get_or_none(Order.id == order_id)
        if part is not None:
            outbox.refresh_sync_state(part)
        changed.append(order_id)
    if result.channel_ids.get("invoice"):
        Order.update(invoice_id=result.channel_ids["invoice"]).where(Order.id == event.order_id).execute()
    for key, tracking in result.tracking_numbers.items():
        OrderLine.update(tracking_number=tracking).where(
            (OrderLine.order == event.order_id) & ((OrderLine.external_id == key) | (OrderLine.sku == key))
        ).execute()
    return changed


def _retry_later(
    engine: SyncEngine, channel: Channel, event: OutboxEvent, order: Order, exc: ChannelError, *, unknown: bool
) -> EventState:
    attempts = event.attempts + 1
    if attempts >= channel.retry_limit:
        kind = "uncertain" if unknown else "transient"
        message = messages.gave_up(attempts, exc.message, unknown=unknown)
        return _fail(engine, channel, event, order, message, kind, exc.http_status)
    delay = engine.backoff(attempts)
    state = EventState.UNCERTAIN if unknown else EventState.PENDING
    outbox.settle(
        event.id,
        state,
        error=exc.message,
        error_kind="uncertain" if unknown else "transient",
        attempts=attempts,
        next_attempt_at=engine._clock() + timedelta(seconds=delay),
        order_id=event.order_id,
    )
    engine._log(
        channel.name,
        "push",
        event.kind,
        "uncertain" if unknown else "retry",
        order_reference=order.reference,
        event_id=event.id,
        http_status=exc.http_status,
        message=messages.retry_note(exc.message, attempts, channel.retry_limit, delay),
    )
    return state


def _fail(
    engine: SyncEngine,
    channel: Channel,
    event: OutboxEvent,
    order: Order,
    message: str,
    kind: str,
    http_status: int | None,
    detail: str = "",
) -> EventState:
    outbox.settle(
        event.id, EventState.FAILED, error=message, error_kind=kind, attempts=event.attempts + 1, order_id=order.id
    )
    purchasing.note_failure(event, message)
    engine._log(
        channel.name,
        "push",
        event.kind,
        "failed",
        order_reference=order.reference,
        event_id=event.id,
        http_status=http_status,
        message=message,
        response_excerpt=detail,
    )
    engine.listener.event_failed(event.id, message)
    engine.listener.orders_changed([event.order_id])
    return EventState.FAILED
