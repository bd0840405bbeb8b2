"""Pushing the stock queue (store/stock.py) through the channel's adapter, with the outbox's rules: claimed under a
lease, sent as the newest quantity of its SKU, retried with the engine's backoff, read back after a lost answer,
failed with the channel's words for a supervisor. Called from SyncEngine.push for every channel that takes stock;
it uses the engine's own clock, call log context, pause and backoff so stock behaves as every other change does.
"""

from __future__ import annotations

import traceback
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import TYPE_CHECKING

from orderdesk.channels.base import PushResult
from orderdesk.channels.errors import AuthError, ChannelError, MalformedResponse, RateLimited, TransientError
from orderdesk.core import capabilities
from orderdesk.core.events import EventKind, EventState, OutboundEvent
from orderdesk.core.records import OrderRecord
from orderdesk.store import stock
from orderdesk.store.models import Channel, StockLevel, database_proxy
from orderdesk.sync import messages

if TYPE_CHECKING:
    from orderdesk.sync.engine import SyncEngine

KIND = EventKind.STOCK.value
# Rows claimed per round for each call in flight: a count of thousands of SKUs costs few claim rounds, and a
# round still ends long before its lease (each row is one or two quick calls).
BATCH_PER_CALLER = 8
NO_ORDER = OrderRecord(external_id="", reference="", lines=())  # stock belongs to no order


def push_stock(engine: SyncEngine, channel: Channel) -> tuple[int, int]:
    """Send the channel's due stock quantities; returns (sent, failed)."""
    if not capabilities.supports(channel.kind, EventKind.STOCK):
        return 0, 0
    sent = failed = 0
    settings = engine.settings
    with ThreadPoolExecutor(max_workers=max(1, settings.max_in_flight), thread_name_prefix="stock") as pool:
        while not engine.stopping and not engine.paused(channel):
            now = engine._clock()
            candidates = stock.claimable(channel.id, now, settings.max_in_flight * BATCH_PER_CALLER)
            claimed = [
                (row.id, _needs_read_back(row)) for row in stock.claim(candidates, settings.worker, now, settings.lease)
            ]
            if not claimed:
                break
            engine._set_state(channel, "pushing", "")
            lanes = [claimed[n :: settings.max_in_flight] for n in range(max(1, settings.max_in_flight))]
            for outcomes in pool.map(lambda lane: _push_lane(engine, channel, lane), [lane for lane in lanes if lane]):
                sent += outcomes.count(EventState.DONE)
                failed += outcomes.count(EventState.FAILED)
            engine.listener.progress(channel.name, sent, sent + stock.waiting_count(channel.id))
    return sent, failed


def _needs_read_back(row: StockLevel) -> bool:
    return row.state in (EventState.UNCERTAIN.value, EventState.IN_FLIGHT.value) or row.error_kind == "uncertain"


def _push_lane(engine: SyncEngine, channel: Channel, lane: list[tuple[int, bool]]) -> list[EventState]:
    """One pool thread's share of a round, one row after the other; once the channel is paused or the engine
    stops, the rows left are handed back unsent (a row that was to be read back still will be)."""
    outcomes = []
    try:
        for row_id, read_back in lane:
            if engine.stopping or engine.paused(channel):
                stock.release(row_id, uncertain=read_back)
                outcomes.append(EventState.UNCERTAIN if read_back else EventState.PENDING)
                continue
            outcomes.append(_push_claimed(engine, channel, row_id, read_back))
        return outcomes
    finally:
        if not database_proxy.is_closed():  # pool threads come and go; each closes the connection it opened
            database_proxy.close()


def _push_claimed(engine: SyncEngine, channel: Channel, row_id: int, read_back: bool) -> EventState:
    row = StockLevel.get_by_id(row_id)  # quantity and revision from one read: what is sent is what is settled
    sku, quantity, revision = row.sku, row.quantity, row.revision
    ctx = engine._context  # what the adapter's call log records with each call, per thread
    ctx.direction, ctx.event_id, ctx.reference = "push", None, sku
    payload: dict[str, object] = {"sku": sku, "qty": quantity}
    if row.item_id:
        payload["item_id"] = row.item_id
    outbound = OutboundEvent(
        event_id=0, kind=EventKind.STOCK, order=NO_ORDER, payload=payload, idempotency_key=f"stock-{row.id}-{revision}"
    )
    try:
        adapter = engine.adapter(channel)
        result: PushResult | None = None
        if read_back:
            result = adapter.already_applied(outbound)
            if result is not None:
                engine._log(channel.name, "push", KIND, "ok", order_reference=sku, message=messages.read_back())
        if result is None:
            result = adapter.push(outbound)
    except RateLimited as exc:
        engine._pause(channel, exc)  # the whole channel waits; no attempt used up
        state = EventState.UNCERTAIN if read_back else EventState.PENDING
        stock.settle_retry(
            row_id,
            revision,
            uncertain=read_back,
            attempts=row.attempts,
            next_attempt_at=engine._clock(),
            answer=exc.message,
            kind="uncertain" if read_back else "rate_limited",
        )
        return state
    except (TransientError, MalformedResponse) as exc:
        unknown = read_back or isinstance(exc, MalformedResponse) or bool(getattr(exc, "outcome_unknown", False))
        return _retry_later(engine, channel, row, revision, exc, unknown=unknown)
    except AuthError as exc:
        engine._set_state(channel, "auth_failed", exc.message)
        return _fail(engine, channel, row, revision, exc.message, "auth", exc.http_status)
    except ChannelError as exc:
        return _fail(engine, channel, row, revision, exc.message, exc.kind, exc.http_status)
    except Exception as exc:  # an adapter bug: the row waits for a supervisor, the worker lives on
        detail = traceback.format_exc()[-3000:]
        message = messages.stock_internal_error(sku, exc)
        return _fail(engine, channel, row, revision, message, "bug", None, detail)
    message = result.message or messages.stock_confirmed(sku, channel.name)
    stock.settle_done(
        row_id, revision, quantity, item_id=result.channel_ids.get("stock_item"), answer=message, now=engine._clock()
    )
    engine._log(channel.name, "push", KIND, "done", order_reference=sku, message=message)
    return EventState.DONE


def _retry_later(
    engine: SyncEngine, channel: Channel, row: StockLevel, revision: int, exc: ChannelError, *, unknown: bool
) -> EventState:
    attempts = row.attempts + 1
    if attempts >= channel.retry_limit:
        kind = "uncertain" if unknown else "transient"
        message = messages.gave_up(attempts, exc.message, unknown=unknown)
        return _fail(engine, channel, row, revision, message, kind, exc.http_status)
    delay = engine.backoff(attempts)
    stock.settle_retry(
        row.id,
        revision,
        uncertain=unknown,
        attempts=attempts,
        next_attempt_at=engine._clock() + timedelta(seconds=delay),
        answer=exc.message,
        kind="uncertain" if unknown else "transient",
    )
    engine._log(
        channel.name,
        "push",
        KIND,
        "uncertain" if unknown else "retry",
        order_reference=row.sku,
        http_status=exc.http_status,
        message=messages.retry_note(exc.message, attempts, channel.retry_limit, delay),
    )
    return EventState.UNCERTAIN if unknown else EventState.PENDING


def _fail(
    engine: SyncEngine,
    channel: Channel,
    row: StockLevel,
    revision: int,
    message: str,
    kind: str,
    http_status: int | None,
    detail: str = "",
) -> EventState:
    state = stock.settle_failed(row.id, revision, attempts=row.attempts + 1, answer=message, kind=kind)
    engine._log(
        channel.name,
        "push",
        KIND,
        "failed",
        order_reference=row.sku,
        http_status=http_status,
        message=message,
        response_excerpt=detail,
    )
    if state == EventState.FAILED:
        engine.listener.notice(messages.stock_not_published(row.sku, channel.name, message))
    return state
