"""Returns after dispatch: one return order, one item per returned unit (as Increff counts them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.records import utcnow
from orderdesk.core.roles import Right
from orderdesk.core.statuses import RETURNABLE, OrderStatus
from orderdesk.core.text import translate
from orderdesk.services.access import require
from orderdesk.services.common import check_supported, finish, load, snapshot, status_of
from orderdesk.services.words import state_word
from orderdesk.store.db import transaction
from orderdesk.store.models import Order, OrderLine, OutboxEvent, ReturnItem, ReturnOrder
from orderdesk.store.orders import bump_version, get_line, lines_of


class ReturnType(StrEnum):
    SELF_SHIP = "SELF_SHIP"
    CUSTOMER_RETURN = "CUSTOMER_RETURN"
    RETURN_TO_ORIGIN = "RETURN_TO_ORIGIN"


def parse_return_type(value: str) -> ReturnType:
    try:
        return ReturnType(value.strip().upper().replace("-", "_"))
    except ValueError:
        choices = ", ".join(t.value for t in ReturnType)
        raise RuleViolation(
            translate(
                "ReturnService",
                "'{value}' is not a return type. Use one of: {choices}.",
                value=validation.shown(value),
                choices=choices,
            ),
            field="type",
        ) from None


@dataclass(frozen=True)
class ReturnResult:
    order: Order
    return_order: ReturnOrder
    event: OutboxEvent | None


def returned_units(line: OrderLine) -> int:
    return ReturnItem.select().where(ReturnItem.line == line).count()


def create_return(
    order_ref: int | str | Order,
    items: Mapping[int, int],
    *,
    reason: str | None,
    return_type: str,
    user: str,
    awb_number: str | None = None,
    transporter: str | None = None,
    channel: str | None = None,
    expected_version: int | None = None,
) -> ReturnResult:
    """Record returned units (line id -> units) of a dispatched order; when all are back the order is returned."""
    user = require(Right.RETURNS, user)
    why = validation.reason(reason, translate("ReturnService", "The return reason"))
    kind = parse_return_type(return_type)
    awb_label = translate("ReturnService", "The AWB number")
    awb = validation.optional_text(awb_number, awb_label, field="awb_number", max_length=64)
    courier_label = translate("ReturnService", "The transporter")
    courier = validation.optional_text(transporter, courier_label, field="transporter", max_length=64)
    if not items:
        raise RuleViolation(translate("ReturnService", "Choose at least one unit to return."), field="items")
    with transaction():
        order = load(order_ref, channel)
        current = status_of(order)
        if current not in RETURNABLE:
            raise RuleViolation(
                translate(
                    "ReturnService",
                    "Only a dispatched order can be returned; this one is {status}.",
                    status=state_word(current.value),
                )
            )
        send = check_supported(order, EventKind.RETURN)
        before = snapshot(order)
        units: list[tuple[OrderLine, int]] = []
        for line_id, raw in items.items():
            line = get_line(order, line_id)
            quantity = validation.quantity(
                raw, translate("ReturnService", "The returned quantity of {sku}", sku=line.sku)
            )
            left = line.quantity - returned_units(line)
            if quantity > left:
                raise RuleViolation(
                    translate(
                        "ReturnService",
                        "Only %n unit(s) of {sku} can still be returned; you chose {chosen}.",
                        left,
                        sku=line.sku,
                        chosen=quantity,
                    ),
                    field="items",
                )
            units.append((line, quantity))
        number = ReturnOrder.select().where(ReturnOrder.order == order).count() + 1
        code = f"{order.reference}-R{number}"
        record = ReturnOrder.create(
            order=order,
            return_code=code,
            return_type=kind.value,
            reason=why,
            awb_number=awb,
            transporter=courier,
            created_by=user,
        )
        payload_items: list[dict[str, str | None]] = []
        for line, quantity in units:
            for _ in range(quantity):
                item_code = f"{code}-{len(payload_items) + 1}"
                ReturnItem.create(return_order=record, line=line, item_code=item_code, sku=line.sku, reason=why)
                payload_items.append(
                    {"item_code": item_code, "sku": line.sku, "line_external_id": line.external_id, "reason": why}
                )
        if all(returned_units(line) >= line.quantity for line in lines_of(order)):
            order.status = OrderStatus.RETURNED.value
        bump_version(order, expected_version)
        payload = {
            "return_id": record.id,
            "return_code": code,
            "type": kind.value,
            "reason": why,
            "awb_number": awb,
            "transporter": courier,
            "return_time": utcnow().isoformat(),
            "items": payload_items,
        }
        event = finish(
            order,
            user=user,
            action="create_return",
            detail=f"return {code}: {len(payload_items)} unit(s), {kind.value}, {why}",
            before=before,
            event_kind=EventKind.RETURN,
            payload=payload,
            send=send,
        )
        return ReturnResult(Order.get_by_id(order.id), record, event)
