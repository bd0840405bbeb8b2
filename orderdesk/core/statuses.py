"""Order statuses, payment statuses and sync states, with the allowed transitions as data."""

from __future__ import annotations

from enum import StrEnum

from orderdesk.core.errors import RuleViolation, shown


class OrderStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    PACKED = "packed"
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURNED = "returned"


class PaymentStatus(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"
    INVOICE_LATER = "invoice_later"
    REFUNDED = "refunded"


class SyncState(StrEnum):
    """Where the order stands with its channel, as the table shows it."""

    SYNCED = "synced"
    PENDING = "pending"
    FAILED = "failed"
    CONFLICT = "conflict"


S = OrderStatus

TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.PENDING: frozenset({S.PROCESSING, S.CANCELLED}),
    S.PROCESSING: frozenset({S.PENDING, S.PACKED, S.DISPATCHED, S.CANCELLED}),
    S.PACKED: frozenset({S.PROCESSING, S.DISPATCHED, S.CANCELLED}),
    S.DISPATCHED: frozenset({S.DELIVERED, S.RETURNED}),
    S.DELIVERED: frozenset({S.RETURNED}),
    S.CANCELLED: frozenset(),
    S.RETURNED: frozenset(),
}

# Lines, quantities and addresses can change only while the goods are still in the warehouse.
EDITABLE = frozenset({S.PENDING, S.PROCESSING, S.PACKED})
CANCELLABLE = frozenset({S.PENDING, S.PROCESSING, S.PACKED})
RETURNABLE = frozenset({S.DISPATCHED, S.DELIVERED})

LABELS = {
    S.PENDING: "Pending",
    S.PROCESSING: "Processing",
    S.PACKED: "Packed",
    S.DISPATCHED: "Dispatched",
    S.DELIVERED: "Delivered",
    S.CANCELLED: "Cancelled",
    S.RETURNED: "Returned",
}


def parse_status(value: str) -> OrderStatus:
    """Read a status an operator typed; the error lists the ones that exist."""
    try:
        return OrderStatus(value.strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in OrderStatus)
        raise RuleViolation(
            f"'{shown(value)}' is not an order status. Use one of: {choices}.", field="status"
        ) from None


def parse_payment_status(value: str) -> PaymentStatus:
    try:
        return PaymentStatus(value.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        choices = ", ".join(s.value for s in PaymentStatus)
        message = f"'{shown(value)}' is not a payment status. Use one of: {choices}."
        raise RuleViolation(message, field="payment_status") from None


def allowed_next(status: OrderStatus) -> frozenset[OrderStatus]:
    return TRANSITIONS[status]


def check_transition(current: OrderStatus, target: OrderStatus) -> None:
    """Refuse a status change the warehouse flow does not allow, saying what is allowed instead."""
    if current == target:
        raise RuleViolation(f"The order is already {current.value}.", field="status")
    if target in TRANSITIONS[current]:
        return
    if target == S.CANCELLED and current in (S.DISPATCHED, S.DELIVERED):
        raise RuleViolation("A dispatched order cannot be cancelled; create a return instead.", field="status")
    if target == S.RETURNED:
        raise RuleViolation("Only a dispatched order can be returned.", field="status")
    options = ", ".join(sorted(s.value for s in TRANSITIONS[current])) or "none, it is final"
    raise RuleViolation(
        f"A {current.value} order cannot be set to {target.value}. Allowed next: {options}.", field="status"
    )


def check_editable(status: OrderStatus, what: str = "edited") -> None:
    if status not in EDITABLE:
        raise RuleViolation(f"A {status.value} order can no longer be {what}.", field="status")


def check_payment_allows_processing(payment: PaymentStatus, *, override_reason: str | None) -> None:
    """An unpaid order is not worked on unless an operator overrides it, with a reason."""
    if payment != PaymentStatus.UNPAID:
        return
    if override_reason is None or not override_reason.strip():
        raise RuleViolation(
            "This order is not paid. Processing it needs a payment override with a reason.", field="payment_status"
        )
