"""Order statuses, payment statuses and sync states, with the allowed transitions as data."""

from __future__ import annotations

from enum import StrEnum

from orderdesk.core.errors import RuleViolation, shown
from orderdesk.core.labels import label_in
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate


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

# What the window shows for each status (status_label() in the user's language); the table, the filter, the CLI.
LABELS = {
    S.PENDING: QT_TRANSLATE_NOOP("OrderStatus", "Pending"),
    S.PROCESSING: QT_TRANSLATE_NOOP("OrderStatus", "Processing"),
    S.PACKED: QT_TRANSLATE_NOOP("OrderStatus", "Packed"),
    S.DISPATCHED: QT_TRANSLATE_NOOP("OrderStatus", "Dispatched"),
    S.DELIVERED: QT_TRANSLATE_NOOP("OrderStatus", "Delivered"),
    S.CANCELLED: QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
    S.RETURNED: QT_TRANSLATE_NOOP("OrderStatus", "Returned"),
}

# A status inside a sentence ("A packed order cannot be set to pending."): in English the value itself.
WORDS = {
    S.PENDING: QT_TRANSLATE_NOOP("OrderStatusWord", "pending"),
    S.PROCESSING: QT_TRANSLATE_NOOP("OrderStatusWord", "processing"),
    S.PACKED: QT_TRANSLATE_NOOP("OrderStatusWord", "packed"),
    S.DISPATCHED: QT_TRANSLATE_NOOP("OrderStatusWord", "dispatched"),
    S.DELIVERED: QT_TRANSLATE_NOOP("OrderStatusWord", "delivered"),
    S.CANCELLED: QT_TRANSLATE_NOOP("OrderStatusWord", "cancelled"),
    S.RETURNED: QT_TRANSLATE_NOOP("OrderStatusWord", "returned"),
}

PAYMENT_LABELS = {
    PaymentStatus.PAID: QT_TRANSLATE_NOOP("PaymentStatus", "Paid"),
    PaymentStatus.UNPAID: QT_TRANSLATE_NOOP("PaymentStatus", "Unpaid"),
    PaymentStatus.INVOICE_LATER: QT_TRANSLATE_NOOP("PaymentStatus", "Invoice later"),
    PaymentStatus.REFUNDED: QT_TRANSLATE_NOOP("PaymentStatus", "Refunded"),
}

SYNC_LABELS = {
    SyncState.SYNCED: QT_TRANSLATE_NOOP("SyncState", "Synced"),
    SyncState.PENDING: QT_TRANSLATE_NOOP("SyncState", "Pending"),
    SyncState.FAILED: QT_TRANSLATE_NOOP("SyncState", "Failed"),
    SyncState.CONFLICT: QT_TRANSLATE_NOOP("SyncState", "Conflict"),
}

# The words check_editable() may be given for what can no longer be done (the callers pass these literals).
EDITED = QT_TRANSLATE_NOOP("Statuses", "edited")
SPLIT = QT_TRANSLATE_NOOP("Statuses", "split")


def status_label(status: OrderStatus | str) -> str:
    """The order status as the window shows it ("Dispatched", "Verzonden"); an unknown value as it is."""
    return label_in("OrderStatus", LABELS, OrderStatus, status)


def status_word(status: OrderStatus | str) -> str:
    """The order status inside a sentence ("dispatched", "verzonden"); an unknown value as it is."""
    return label_in("OrderStatusWord", WORDS, OrderStatus, status)


def payment_label(status: PaymentStatus | str) -> str:
    """The payment status as the window shows it ("Invoice later"); an unknown value as it is."""
    return label_in("PaymentStatus", PAYMENT_LABELS, PaymentStatus, status)


def sync_state_label(state: SyncState | str) -> str:
    """Where the order stands with its channel, as the window shows it ("Synced"); an unknown value as it is."""
    return label_in("SyncState", SYNC_LABELS, SyncState, state)


def parse_status(value: str) -> OrderStatus:
    """Read a status an operator typed; the error lists the ones that exist."""
    try:
        return OrderStatus(value.strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in OrderStatus)
        message = translate(
            "Statuses", "'{value}' is not an order status. Use one of: {choices}.", value=shown(value), choices=choices
        )
        raise RuleViolation(message, field="status") from None


def parse_payment_status(value: str) -> PaymentStatus:
    try:
        return PaymentStatus(value.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        choices = ", ".join(s.value for s in PaymentStatus)
        message = translate(
            "Statuses", "'{value}' is not a payment status. Use one of: {choices}.", value=shown(value), choices=choices
        )
        raise RuleViolation(message, field="payment_status") from None


def allowed_next(status: OrderStatus) -> frozenset[OrderStatus]:
    return TRANSITIONS[status]


def check_transition(current: OrderStatus, target: OrderStatus) -> None:
    """Refuse a status change the warehouse flow does not allow, saying what is allowed instead."""
    if current == target:
        message = translate("Statuses", "The order is already {status}.", status=status_word(current))
        raise RuleViolation(message, field="status")
    if target in TRANSITIONS[current]:
        return
    if target == S.CANCELLED and current in (S.DISPATCHED, S.DELIVERED):
        message = translate("Statuses", "A dispatched order cannot be cancelled; create a return instead.")
        raise RuleViolation(message, field="status")
    if target == S.RETURNED:
        raise RuleViolation(translate("Statuses", "Only a dispatched order can be returned."), field="status")
    allowed = sorted(TRANSITIONS[current], key=lambda s: s.value)
    options = ", ".join(status_word(s) for s in allowed) or translate("Statuses", "none, it is final")
    message = translate(
        "Statuses",
        "A {current} order cannot be set to {target}. Allowed next: {options}.",
        current=status_word(current),
        target=status_word(target),
        options=options,
    )
    raise RuleViolation(message, field="status")


def check_editable(status: OrderStatus, what: str = EDITED) -> None:
    """Refuse a change of lines, quantities or addresses once the goods left; `what` is EDITED or SPLIT."""
    if status not in EDITABLE:
        message = translate(
            "Statuses",
            "A {status} order can no longer be {what}.",
            status=status_word(status),
            what=translate("Statuses", what),
        )
        raise RuleViolation(message, field="status")


def check_payment_allows_processing(payment: PaymentStatus, *, override_reason: str | None) -> None:
    """An unpaid order is not worked on unless an operator overrides it, with a reason."""
    if payment != PaymentStatus.UNPAID:
        return
    if override_reason is None or not override_reason.strip():
        raise RuleViolation(
            translate("Statuses", "This order is not paid. Processing it needs a payment override with a reason."),
            field="payment_status",
        )
