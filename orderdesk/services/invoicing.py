"""Invoicing an order in its channel (seed 002: Magento's Create Invoice), once."""

from __future__ import annotations

from orderdesk.core import capabilities
from orderdesk.core.capabilities import LABELS, ChannelKind
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import OPEN_STATES, EventKind
from orderdesk.core.roles import Right
from orderdesk.core.statuses import OrderStatus
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services.access import require
from orderdesk.services.common import finish, load, snapshot
from orderdesk.services.status import ActionResult
from orderdesk.store.db import transaction
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import bump_version

NOT_INVOICEABLE = frozenset({OrderStatus.CANCELLED.value, OrderStatus.RETURNED.value})
_NOT_INVOICED = {
    OrderStatus.CANCELLED.value: QT_TRANSLATE_NOOP(
        "InvoiceService", "Order {reference} is cancelled; a cancelled order is not invoiced."
    ),
    OrderStatus.RETURNED.value: QT_TRANSLATE_NOOP(
        "InvoiceService", "Order {reference} is returned; a returned order is not invoiced."
    ),
}


def invoice_refusal(order: Order) -> str | None:
    """Why the order cannot be invoiced now, in plain words; None when it can."""
    kind = order.channel.kind
    if not capabilities.supports(kind, EventKind.INVOICE):
        label = LABELS.get(ChannelKind(kind), kind)
        return translate("InvoiceService", "Orders from a {kind} are not invoiced from OrderDesk.", kind=label)
    if order.invoice_id:
        return translate(
            "InvoiceService",
            "Order {reference} is already invoiced (invoice {invoice}).",
            reference=order.reference,
            invoice=order.invoice_id,
        )
    if (order.channel_data or {}).get("invoiced"):
        return translate(
            "InvoiceService", "The channel already shows order {reference} as invoiced.", reference=order.reference
        )
    if order.status in NOT_INVOICEABLE:
        return translate("InvoiceService", _NOT_INVOICED[order.status], reference=order.reference)
    waiting = OutboxEvent.select().where(
        (OutboxEvent.order == order.id)
        & (OutboxEvent.kind == EventKind.INVOICE.value)
        & OutboxEvent.state.in_([s.value for s in OPEN_STATES])
    )
    if waiting.exists():
        return translate(
            "InvoiceService",
            "An invoice for order {reference} is already on its way to {channel}.",
            reference=order.reference,
            channel=order.channel.name,
        )
    return None


def create_invoice(
    order_ref: int | str | Order,
    *,
    user: str,
    channel: str | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """Queue the channel's invoice for everything not invoiced yet; the channel's invoice id is kept when it answers."""
    user = require(Right.ORDERS, user)
    with transaction():
        order = load(order_ref, channel)
        refusal = invoice_refusal(order)
        if refusal:
            raise RuleViolation(refusal)
        before = snapshot(order)
        bump_version(order, expected_version)  # two desks invoicing at once: the second is refused, not sent twice
        event = finish(
            order,
            user=user,
            action="invoice",
            detail=f"invoice requested from {order.channel.name}",
            before=before,
            event_kind=EventKind.INVOICE,
            payload={"capture": True, "notify": True},
        )
        return ActionResult(Order.get_by_id(order.id), event)
