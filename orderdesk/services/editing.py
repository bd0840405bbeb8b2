"""Editing an order: address, customer, quantities, removed and added lines, note; and splitting it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.records import Address
from orderdesk.core.roles import Right
from orderdesk.core.split import SplitLine, plan_split
from orderdesk.core.statuses import OrderStatus, check_editable
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import erp
from orderdesk.services.access import require
from orderdesk.services.common import check_supported, finish, load, snapshot, status_of
from orderdesk.services.status import ActionResult
from orderdesk.store import remote_base
from orderdesk.store.db import transaction
from orderdesk.store.models import Order, OrderAttribute, OrderLine
from orderdesk.store.orders import bump_version, get_line, lines_of, recompute_totals

CUSTOMER_FIELDS = {"customer_name": "customer name", "customer_email": "customer e-mail", "customer_phone": "phone"}
ADDRESS_LABELS = {
    "name": "recipient",
    "company": "company",
    "street": "street",
    "city": "city",
    "postcode": "postcode",
    "region": "region",
    "country": "country",
    "phone": "phone",
}
EDITABLE_FIELDS = sorted({*ADDRESS_LABELS, *CUSTOMER_FIELDS, "note"})
# The same fields as a refusal names them ("The postcode is 300 characters long..."); the audit keeps the English.
FIELD_LABELS = {
    "customer_name": QT_TRANSLATE_NOOP("EditService", "The customer name"),
    "customer_email": QT_TRANSLATE_NOOP("EditService", "The customer e-mail"),
    "customer_phone": QT_TRANSLATE_NOOP("EditService", "The phone"),
    "name": QT_TRANSLATE_NOOP("EditService", "The recipient"),
    "company": QT_TRANSLATE_NOOP("EditService", "The company"),
    "street": QT_TRANSLATE_NOOP("EditService", "The street"),
    "city": QT_TRANSLATE_NOOP("EditService", "The city"),
    "postcode": QT_TRANSLATE_NOOP("EditService", "The postcode"),
    "region": QT_TRANSLATE_NOOP("EditService", "The region"),
    "country": QT_TRANSLATE_NOOP("EditService", "The country"),
    "phone": QT_TRANSLATE_NOOP("EditService", "The phone"),
    "note": QT_TRANSLATE_NOOP("EditService", "The note"),
}


def field_label(key: str) -> str:
    """An editable field as a message names it, in the user's language."""
    return translate("EditService", FIELD_LABELS[key])


@dataclass(frozen=True)
class NewLine:
    sku: str
    name: str
    quantity: int
    unit_price: Decimal


@dataclass
class OrderEdit:
    """What an operator changed in the edit dialog or on the command line."""

    fields: dict[str, str] = field(default_factory=dict)  # address fields, customer_*, note
    quantities: dict[int, int] = field(default_factory=dict)  # line id -> new quantity
    remove_lines: list[int] = field(default_factory=list)
    add_lines: list[NewLine] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.fields or self.quantities or self.remove_lines or self.add_lines)


def parse_field_assignments(assignments: Sequence[str]) -> dict[str, str]:
    """`city=Berlin` pairs from the command line, with unknown fields refused by name."""
    result: dict[str, str] = {}
    for item in assignments:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep:
            raise RuleViolation(translate("EditService", "'{item}' is not field=value.", item=validation.shown(item)))
        if key not in EDITABLE_FIELDS:
            raise RuleViolation(
                translate(
                    "EditService",
                    "'{field}' cannot be edited. Editable: {fields}.",
                    field=validation.shown(key),
                    fields=", ".join(EDITABLE_FIELDS),
                ),
                field=key,
            )
        result[key] = value
    return result


def edit_order(
    order_ref: int | str | Order,
    changes: OrderEdit,
    *,
    user: str,
    channel: str | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """Apply an operator's edit; totals and commission follow; the channel hears of it unless only the note changed."""
    user = require(Right.ORDERS, user)
    if changes.is_empty():
        raise RuleViolation(translate("EditService", "Nothing to change."))
    with transaction():
        order = load(order_ref, channel)
        check_editable(status_of(order))
        before = snapshot(order)
        described = _apply_fields(order, changes.fields)
        lines_changed = _apply_lines(order, changes, described)
        local_only = set(changes.fields) <= {"note"} and not lines_changed
        send = False if local_only else check_supported(order, EventKind.EDIT)
        lines = lines_of(order)
        if not lines:
            raise RuleViolation(
                translate(
                    "EditService", "An order needs at least one line; cancel the order instead of removing every line."
                )
            )
        recompute_totals(order, lines)
        validation.total(order.total)
        bump_version(order, expected_version)
        payload = _edit_payload(order, lines, changes)
        event = finish(
            order,
            user=user,
            action="edit",
            detail="; ".join(described),
            before=before,
            event_kind=EventKind.EDIT,
            payload=payload,
            send=send,
        )
        return ActionResult(Order.get_by_id(order.id), event)


def _apply_fields(order: Order, fields: Mapping[str, str]) -> list[str]:
    described: list[str] = []
    address = dict(order.shipping_address or {})
    for key, raw in fields.items():
        if key == "note":
            limit = validation.text_limit("note")
            note = validation.optional_text(raw, field_label("note"), field="note", max_length=limit)
            order.note = note or ""
            described.append("note changed")
        elif key in CUSTOMER_FIELDS:
            label = field_label(key)
            value = validation.optional_text(raw, label, field=key, max_length=validation.text_limit(key)) or ""
            if key == "customer_email":
                value = validation.email(value)
            setattr(order, key, value)
            described.append(f"{CUSTOMER_FIELDS[key]} set to '{value}'")
        elif key in ADDRESS_LABELS:
            label = field_label(key)
            value = validation.optional_text(raw, label, field=key, max_length=validation.text_limit(key)) or ""
            address[key] = value
            described.append(f"shipping {ADDRESS_LABELS[key]} set to '{value}'")
        else:
            raise RuleViolation(
                translate("EditService", "'{field}' cannot be edited.", field=validation.shown(key)), field=key
            )
    if any(key in ADDRESS_LABELS for key in fields):
        normalised = Address.from_dict(address)
        if not normalised.city or not normalised.street:
            raise RuleViolation(
                translate("EditService", "A shipping address needs at least a street and a city."), field="street"
            )
        order.shipping_address = normalised.as_dict()
        order.ship_city = normalised.city
        order.ship_country = normalised.country
    return described


def _apply_lines(order: Order, changes: OrderEdit, described: list[str]) -> bool:
    for line_id in changes.remove_lines:
        line = get_line(order, line_id)
        line.delete_instance(recursive=True)
        described.append(f"line {line.sku} removed")
    for line_id, raw in changes.quantities.items():
        if line_id in changes.remove_lines:
            raise RuleViolation(
                translate(
                    "EditService",
                    "Line {line} cannot be both removed and given a new quantity.",
                    line=validation.shown(line_id),
                )
            )
        line = get_line(order, line_id)
        quantity = validation.quantity(raw, translate("EditService", "The quantity of {sku}", sku=line.sku))
        if quantity != line.quantity:
            described.append(f"{line.sku} quantity {line.quantity} -> {quantity}")
            line.quantity = quantity
            line.save()
    position = max((line.position for line in lines_of(order)), default=-1) + 1
    for new in changes.add_lines:
        sku = validation.sku(new.sku)
        quantity = validation.quantity(new.quantity, translate("EditService", "The quantity of {sku}", sku=sku))
        price = validation.price(new.unit_price, translate("EditService", "The price of {sku}", sku=sku))
        name = validation.optional_text(
            new.name,
            translate("EditService", "The product name"),
            field="name",
            max_length=validation.text_limit("name"),
        )
        name = name or sku
        OrderLine.create(
            order=order,
            position=position,
            sku=sku,
            name=name,
            quantity=quantity,
            unit_price=price,
            # A numbered order's new line takes the next free ERP line number; the edit's PUT carries it.
            erp_line_number=erp.number_for_new_line(order),
        )
        position += 1
        described.append(f"line {sku} x{quantity} added")
    return bool(changes.remove_lines or changes.add_lines or any("quantity" in d for d in described))


def _edit_payload(order: Order, lines: list[OrderLine], changes: OrderEdit) -> dict[str, Any]:
    return {
        "fields": sorted(changes.fields),
        "shipping_address": order.shipping_address,
        "customer": {"name": order.customer_name, "email": order.customer_email, "phone": order.customer_phone},
        "lines": [
            {
                "line_id": line.id,
                "external_id": line.external_id,
                "sku": line.sku,
                "name": line.name,
                "quantity": line.quantity,
                "unit_price": str(line.unit_price),
                "erp_line_number": line.erp_line_number,
            }
            for line in lines
        ],
        "removed_line_ids": list(changes.remove_lines),
        "total": str(order.total),
        "commission": None if order.commission is None else str(order.commission),
    }


@dataclass(frozen=True)
class SplitResult:
    order: Order
    parts: list[Order]
    event: Any


def split_order(
    order_ref: int | str | Order,
    moves: Sequence[Mapping[int, int]],
    *,
    user: str,
    channel: str | None = None,
    expected_version: int | None = None,
) -> SplitResult:
    """Move chosen units into one new order per entry of `moves`; totals and commissions add up to the original."""
    user = require(Right.ORDERS, user)
    with transaction():
        order = load(order_ref, channel)
        check_editable(status_of(order), "split")
        send = check_supported(order, EventKind.SPLIT)
        before = snapshot(order)
        lines = lines_of(order)
        by_id = {line.id: line for line in lines}
        existing_parts = Order.select().where(Order.parent == order).count()
        plan = plan_split(
            [SplitLine(line.id, line.sku, line.quantity, line.unit_price) for line in lines],
            moves,
            parent_reference=order.reference,
            commission_rate=order.commission_rate,
            original_commission=order.commission,
            currency=order.currency,
            first_part_number=existing_parts + 1,
        )
        parts: list[Order] = []
        for part in plan.parts:
            child = _create_part(order, part.reference)
            for position, part_line in enumerate(part.lines):
                source = by_id[part_line.line_id]
                OrderLine.create(
                    order=child,
                    position=position,
                    sku=source.sku,
                    name=source.name,
                    quantity=part_line.quantity,
                    unit_price=source.unit_price,
                    erp_line_number=source.erp_line_number,
                )
            recompute_totals(child)
            child.commission = part.commission
            # The part exists only here until the split reaches the channel.
            child.sync_state = "pending" if send else "synced"
            child.save()
            if send:
                remote_base.expect_created(child)
            parts.append(child)
        remaining = {pl.line_id: pl.quantity for pl in plan.remaining}
        for line in lines:
            if line.id not in remaining:
                line.delete_instance(recursive=True)
            elif remaining[line.id] != line.quantity:
                line.quantity = remaining[line.id]
                line.save()
        recompute_totals(order)
        order.commission = plan.remaining_commission
        bump_version(order, expected_version)
        payload = {
            "parts": [
                {
                    "order_id": child.id,
                    "reference": child.reference,
                    "lines": [
                        {
                            "source_line_external_id": by_id[pl.line_id].external_id,
                            "sku": pl.sku,
                            "quantity": pl.quantity,
                        }
                        for pl in spec.lines
                    ],
                    "total": str(child.total),
                    "commission": None if child.commission is None else str(child.commission),
                }
                for child, spec in zip(parts, plan.parts, strict=True)
            ],
            "remaining_total": str(order.total),
            "remaining_commission": None if order.commission is None else str(order.commission),
        }
        event = finish(
            order,
            user=user,
            action="split",
            detail="split into " + ", ".join(child.reference for child in parts),
            before=before,
            event_kind=EventKind.SPLIT,
            payload=payload,
            send=send,
        )
        return SplitResult(Order.get_by_id(order.id), parts, event)


def _create_part(parent: Order, reference: str) -> Order:
    child = Order.create(
        channel=parent.channel_id,
        external_id=None,
        reference=reference,
        order_source=parent.order_source,
        status=parent.status if parent.status != OrderStatus.PACKED.value else OrderStatus.PROCESSING.value,
        channel_status=parent.channel_status,
        payment_status=parent.payment_status,
        customer_name=parent.customer_name,
        customer_email=parent.customer_email,
        customer_phone=parent.customer_phone,
        shipping_address=parent.shipping_address,
        billing_address=parent.billing_address,
        ship_city=parent.ship_city,
        ship_country=parent.ship_country,
        currency=parent.currency,
        shipping_total=0,
        commission_rate=parent.commission_rate,
        parent=parent,
        channel_data={},
    )
    for attribute in OrderAttribute.select().where(OrderAttribute.order == parent):
        OrderAttribute.create(order=child, key=attribute.key, value=attribute.value)
    return child
