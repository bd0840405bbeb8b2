"""Status changes: acknowledge, pack, dispatch with a consignment, deliver, cancel."""

from __future__ import annotations

from dataclasses import dataclass

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.roles import Right
from orderdesk.core.statuses import OrderStatus, PaymentStatus, check_payment_allows_processing, check_transition
from orderdesk.core.text import translate
from orderdesk.services import erp
from orderdesk.services.access import require
from orderdesk.services.common import check_supported, finish, load, snapshot, status_of
from orderdesk.store.db import transaction
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import bump_version, lines_of

S = OrderStatus


@dataclass(frozen=True)
class ActionResult:
    order: Order
    event: OutboxEvent | None


def _event_kind(current: OrderStatus, target: OrderStatus) -> EventKind:
    if target == S.PROCESSING and current == S.PENDING:
        return EventKind.ACKNOWLEDGE
    if target == S.DISPATCHED:
        return EventKind.DISPATCH
    if target == S.CANCELLED:
        return EventKind.CANCEL
    return EventKind.STATUS


def set_status(
    order_ref: int | str | Order,
    status: OrderStatus | str,
    *,
    user: str,
    channel: str | None = None,
    consignment_number: str | None = None,
    carrier: str | None = None,
    override_reason: str | None = None,
    reason: str | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """Move an order to a new status, with what that status needs (consignment, reason, payment override)."""
    user = require(Right.ORDERS, user)
    target = OrderStatus(status)
    if target == S.DISPATCHED:
        return dispatch(
            order_ref,
            consignment_number=consignment_number,
            carrier=carrier,
            user=user,
            channel=channel,
            expected_version=expected_version,
        )
    if target == S.CANCELLED:
        return cancel(order_ref, reason=reason, user=user, channel=channel, expected_version=expected_version)
    if target == S.RETURNED:
        raise RuleViolation(
            translate(
                "StatusService", "An order is returned by creating a return for its units, not by setting the status."
            )
        )
    with transaction():
        order = load(order_ref, channel)
        current = status_of(order)
        check_transition(current, target)
        override = None
        if target == S.PROCESSING and current == S.PENDING:
            check_payment_allows_processing(PaymentStatus(order.payment_status), override_reason=override_reason)
            if order.payment_status == PaymentStatus.UNPAID.value:
                override = validation.reason(override_reason, translate("StatusService", "The payment override reason"))
        kind = _event_kind(current, target)
        send = check_supported(order, kind)
        before = snapshot(order)
        order.status = target.value
        bump_version(order, expected_version)
        detail = f"{current.value} -> {target.value}"
        if override:
            detail += f"; unpaid order processed by payment override: {override}"
        payload = {"status": target.value, "previous": current.value}
        event = finish(
            order,
            user=user,
            action="payment_override" if override else "set_status",
            detail=detail,
            before=before,
            event_kind=kind,
            payload=payload,
            send=send,
        )
        if kind == EventKind.ACKNOWLEDGE:
            # After the acknowledgement, as seed 001 orders its steps: 3 (processing), 3b (ERP order number),
            # 3c (the lines' ERP numbers). The channel hears of the order being processed before it is numbered.
            erp.auto_number(order, user=user)
        return ActionResult(Order.get_by_id(order.id), event)


def dispatch(
    order_ref: int | str | Order,
    *,
    consignment_number: str | None,
    carrier: str | None,
    user: str,
    channel: str | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """Dispatch needs a consignment number and a carrier (seed 000); both travel to the channel."""
    user = require(Right.ORDERS, user)
    number = validation.consignment_number(consignment_number)
    courier = validation.carrier(carrier)
    with transaction():
        order = load(order_ref, channel)
        current = status_of(order)
        check_transition(current, S.DISPATCHED)
        send = check_supported(order, EventKind.DISPATCH)
        before = snapshot(order)
        order.status = S.DISPATCHED.value
        order.consignment_number = number
        order.carrier = courier
        bump_version(order, expected_version)
        payload = {
            "status": S.DISPATCHED.value,
            "previous": current.value,
            "consignment_number": number,
            "carrier": courier,
            "lines": [
                {"line_id": line.id, "external_id": line.external_id, "sku": line.sku, "quantity": line.quantity}
                for line in lines_of(order)
            ],
        }
        event = finish(
            order,
            user=user,
            action="dispatch",
            detail=f"dispatched with {courier} consignment {number}",
            before=before,
            event_kind=EventKind.DISPATCH,
            payload=payload,
            send=send,
        )
        return ActionResult(Order.get_by_id(order.id), event)


def cancel(
    order_ref: int | str | Order,
    *,
    reason: str | None,
    user: str,
    channel: str | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """Cancel before dispatch, with a reason the channel and the audit both keep."""
    user = require(Right.ORDERS, user)
    why = validation.reason(reason, translate("StatusService", "The cancellation reason"))
    with transaction():
        order = load(order_ref, channel)
        current = status_of(order)
        check_transition(current, S.CANCELLED)
        send = check_supported(order, EventKind.CANCEL)
        before = snapshot(order)
        order.status = S.CANCELLED.value
        bump_version(order, expected_version)
        event = finish(
            order,
            user=user,
            action="cancel",
            detail=f"cancelled: {why}",
            before=before,
            event_kind=EventKind.CANCEL,
            payload={"status": S.CANCELLED.value, "previous": current.value, "reason": why},
            send=send,
        )
        return ActionResult(Order.get_by_id(order.id), event)
