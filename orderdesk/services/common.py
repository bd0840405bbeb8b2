"""What every action shares: loading the order, the snapshot for the audit, enqueueing when the channel listens."""

from __future__ import annotations

from typing import Any

from orderdesk.core import capabilities
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus
from orderdesk.store import audit, outbox
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import find_order, order_document


def load(order_ref: int | str | Order, channel: str | None = None) -> Order:
    if isinstance(order_ref, Order):
        return Order.get_by_id(order_ref.id)
    return find_order(order_ref, channel)


def status_of(order: Order) -> OrderStatus:
    return OrderStatus(order.status)


def snapshot(order: Order) -> dict[str, Any]:
    """The order as the audit keeps it before and after a change."""
    document = order_document(order)
    document.pop("split_ids", None)
    return document


def check_supported(order: Order, kind: EventKind) -> bool:
    """Refuse a change the order's channel cannot take; True when it must be sent."""
    return capabilities.must_send(order.channel.kind, kind)


def finish(
    order: Order,
    *,
    user: str,
    action: str,
    detail: str,
    before: dict[str, Any] | None,
    event_kind: EventKind | None,
    payload: dict[str, Any] | None = None,
    send: bool = True,
) -> OutboxEvent | None:
    """Write the audit entry and, when the channel listens, the outbox event (inside the caller's transaction)."""
    fresh = Order.get_by_id(order.id)
    audit.record(user, action, fresh, detail, before=before, after=snapshot(fresh))
    if event_kind is None or not send:
        return None
    return outbox.enqueue(fresh, event_kind, payload or {}, user)
