"""ERP order and line numbers (seed 001, steps 3b and 3c): given on acknowledgement, or entered by the operator.

Two events carry them to the channel, in this order: ERP_NUMBER (the order number alone; CloudSuite: a PATCH), then
ERP_LINES (the line numbers with the order number; CloudSuite: the PUT of the whole order). A change of the order
number alone sends only the first, of line numbers alone only the second.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from orderdesk.core import capabilities, erp_numbers
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.roles import Right
from orderdesk.core.statuses import OrderStatus
from orderdesk.core.text import translate
from orderdesk.services.access import require
from orderdesk.services.common import check_supported, load, snapshot
from orderdesk.store import audit, outbox
from orderdesk.store.db import transaction
from orderdesk.store.models import Order, OrderLine, OutboxEvent
from orderdesk.store.orders import bump_version, get_line, lines_of


@dataclass(frozen=True)
class ErpResult:
    order: Order
    events: list[OutboxEvent] = field(default_factory=list)


def numbering(order: Order) -> tuple[str, str]:
    """The order's channel's ERP numbering: (mode, prefix). A stored option that no longer reads counts as the
    default: the admin's settings form refuses such values, so only a hand-edited database holds one."""
    options = order.channel.options or {}
    try:
        mode = erp_numbers.parse_mode(options.get(erp_numbers.MODE))
    except RuleViolation:
        mode = erp_numbers.AUTO
    try:
        prefix = erp_numbers.parse_prefix(options.get(erp_numbers.PREFIX))
    except RuleViolation:
        prefix = erp_numbers.DEFAULT_PREFIX
    return mode, prefix


def takes_erp_numbers(order: Order) -> bool:
    """Whether the order's channel takes ERP numbers at all (CloudSuite), and this order may carry them: an offline
    order comes from the ERP itself and takes nothing but `shipment_state: sent`."""
    return capabilities.supports(order.channel.kind, EventKind.ERP_NUMBER) and not (order.channel_data or {}).get(
        "offline"
    )


def auto_number(order: Order, *, user: str) -> list[OutboxEvent]:
    """Inside the acknowledgement's transaction: give the order its ERP numbers when its channel numbers
    automatically, and queue them after the acknowledgement (seed 001: step 3, then 3b, then 3c). What the order
    already has (a number CloudSuite gave, lines numbered before) is kept."""
    if not takes_erp_numbers(order):
        return []
    mode, prefix = numbering(order)
    if mode != erp_numbers.AUTO:
        return []
    lines = lines_of(order)
    number = order.erp_order_number or erp_numbers.order_number(prefix, order.id)
    new_order_number = number != order.erp_order_number
    given = erp_numbers.number_lines([line.erp_line_number for line in lines])
    changed = [(line, value) for line, value in zip(lines, given, strict=True) if line.erp_line_number != value]
    if not new_order_number and not changed:
        return []
    before = snapshot(order)
    Order.update(erp_order_number=number).where(Order.id == order.id).execute()
    for line, value in changed:
        OrderLine.update(erp_line_number=value).where(OrderLine.id == line.id).execute()
    fresh = Order.get_by_id(order.id)
    audit.record(
        user,
        "erp_numbers",
        fresh,
        _describe(number if new_order_number else None, changed),
        before=before,
        after=snapshot(fresh),
    )
    return _enqueue(fresh, user, number if new_order_number else None, bool(changed))


def set_erp_numbers(
    order_ref: int | str | Order,
    *,
    number: str | None = None,
    lines: Mapping[int, object] | None = None,
    user: str,
    channel: str | None = None,
    expected_version: int | None = None,
) -> ErpResult:
    """The operator enters (or corrects) the ERP order number and/or line numbers (line id -> number)."""
    user = require(Right.ORDERS, user)
    lines = dict(lines or {})
    if number is None and not lines:
        raise RuleViolation(translate("ErpService", "Say what to set: the ERP order number, line numbers, or both."))
    with transaction():
        order = load(order_ref, channel)
        send = check_supported(order, EventKind.ERP_NUMBER)
        if (order.channel_data or {}).get("offline"):
            raise RuleViolation(
                translate(
                    "ErpService",
                    "Order {reference} is an offline order: it comes from the ERP and takes no ERP numbers here.",
                    reference=order.reference,
                )
            )
        if order.status == OrderStatus.CANCELLED.value:
            raise RuleViolation(
                translate(
                    "ErpService",
                    "Order {reference} is cancelled; its ERP numbers no longer change.",
                    reference=order.reference,
                )
            )
        wanted = erp_numbers.parse_order_number(number) if number is not None else order.erp_order_number
        rows = lines_of(order)
        new_numbers = {row.id: row.erp_line_number for row in rows}
        for line_id, raw in lines.items():
            line = get_line(order, line_id)
            label = translate("ErpService", "The ERP line number of line {line}", line=line_id)
            new_numbers[line.id] = erp_numbers.parse_line_number(raw, label)
        changed = [(row, new_numbers[row.id]) for row in rows if new_numbers[row.id] != row.erp_line_number]
        new_order_number = wanted != order.erp_order_number
        if not new_order_number and not changed:
            raise RuleViolation(
                translate(
                    "ErpService",
                    "Order {reference} already has these ERP numbers; nothing to change.",
                    reference=order.reference,
                )
            )
        if changed:
            _check_line_numbers(order, rows, new_numbers)
        before = snapshot(order)
        order.erp_order_number = wanted
        bump_version(order, expected_version)
        for row, value in changed:
            OrderLine.update(erp_line_number=value).where(OrderLine.id == row.id).execute()
        fresh = Order.get_by_id(order.id)
        detail = _describe(wanted if new_order_number else None, changed)
        audit.record(user, "erp_numbers", fresh, detail, before=before, after=snapshot(fresh))
        events = _enqueue(fresh, user, wanted if new_order_number else None, bool(changed)) if send else []
        return ErpResult(Order.get_by_id(order.id), events)


def number_for_new_line(order: Order) -> str | None:
    """The number a line added to the order now takes: the next free one, when the order is numbered by the desk
    already and its channel numbers automatically; else None (nothing given yet, or the operator numbers)."""
    if not takes_erp_numbers(order) or numbering(order)[0] != erp_numbers.AUTO:
        return None
    numbers = [line.erp_line_number for line in lines_of(order)]
    if not any(numbers):
        return None
    return str(erp_numbers.next_free(numbers))


def _check_line_numbers(order: Order, rows: list[OrderLine], numbers: Mapping[int, str | None]) -> None:
    missing = [row for row in rows if not numbers[row.id]]
    if missing:
        names = ", ".join(translate("ErpService", "line {line} ({sku})", line=row.id, sku=row.sku) for row in missing)
        raise RuleViolation(
            translate(
                "ErpService",
                "Give every line of order {reference} an ERP line number: {lines} has none.",
                reference=order.reference,
                lines=names,
            ),
            field="erp_line_number",
        )
    seen: dict[str, int] = {}
    for row in rows:
        value = str(numbers[row.id])
        if value in seen:
            raise RuleViolation(
                translate(
                    "ErpService",
                    "ERP line number {number} is given to both line {first} and line {second}: "
                    "each line needs its own.",
                    number=value,
                    first=seen[value],
                    second=row.id,
                ),
                field="erp_line_number",
            )
        seen[value] = row.id


def _enqueue(order: Order, user: str, number: str | None, lines_changed: bool) -> list[OutboxEvent]:
    events = []
    if number is not None:
        events.append(outbox.enqueue(order, EventKind.ERP_NUMBER, {"erp_order_number": number}, user))
    if lines_changed:
        payload = {
            "erp_order_number": order.erp_order_number,
            # The status the channel will have heard of by the time this goes out (the events before it are sent
            # first): what CloudSuite's PUT must carry as its state, so as not to undo them.
            "status": order.status,
            "lines": [
                {
                    "line_id": line.id,
                    "external_id": line.external_id,
                    "sku": line.sku,
                    "name": line.name,
                    "quantity": line.quantity,
                    "erp_line_number": line.erp_line_number,
                }
                for line in lines_of(order)
            ],
        }
        events.append(outbox.enqueue(order, EventKind.ERP_LINES, payload, user))
    return events


def _describe(number: str | None, changed: Sequence[tuple[OrderLine, str | None]]) -> str:
    parts = []
    if number is not None:
        parts.append(f"ERP order number {number}")
    if changed:
        parts.append("ERP line numbers " + ", ".join(f"{line.sku} {value}" for line, value in changed))
    return "; ".join(parts)
