"""Custom attributes on orders and lines (seed 004): gift card discount, coupon code, due date..."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.roles import Right
from orderdesk.core.text import translate
from orderdesk.services.access import require
from orderdesk.services.common import check_supported, finish, load, snapshot
from orderdesk.services.status import ActionResult
from orderdesk.store.db import transaction
from orderdesk.store.models import LineAttribute, Order, OrderAttribute
from orderdesk.store.orders import bump_version, get_line, line_attributes, order_attributes


def parse_pairs(items: Sequence[str]) -> dict[str, str]:
    """`key=value` pairs; an empty value removes the attribute."""
    result: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise RuleViolation(
                translate("AttributeService", "'{item}' is not name=value.", item=validation.shown(item)),
                field="attribute",
            )
        result[validation.attribute_key(key)] = value.strip()
    if not result:
        raise RuleViolation(
            translate("AttributeService", "Give at least one attribute as name=value."), field="attribute"
        )
    return result


def set_attributes(
    order_ref: int | str | Order,
    values: Mapping[str, str],
    *,
    user: str,
    line_id: int | None = None,
    channel: str | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """Set (or, with an empty value, remove) attributes of the order or of one of its lines."""
    user = require(Right.ATTRIBUTES, user)
    if not values:
        raise RuleViolation(
            translate("AttributeService", "Give at least one attribute as name=value."), field="attribute"
        )
    with transaction():
        order = load(order_ref, channel)
        send = check_supported(order, EventKind.ATTRIBUTES)
        before = snapshot(order)
        line = get_line(order, line_id) if line_id is not None else None
        for raw_key, raw_value in values.items():
            key = validation.attribute_key(raw_key)
            label = translate("AttributeService", "The value of {key}", key=key)
            value = validation.check_length(raw_value.strip(), label, field=key)
            if line is None:
                OrderAttribute.delete().where(OrderAttribute.order == order, OrderAttribute.key == key).execute()
                if value:
                    OrderAttribute.create(order=order, key=key, value=value)
            else:
                LineAttribute.delete().where(LineAttribute.line == line, LineAttribute.key == key).execute()
                if value:
                    LineAttribute.create(line=line, key=key, value=value)
        bump_version(order, expected_version)
        target = f"line {line.sku}" if line is not None else "order"
        payload = {
            "order": order_attributes(order),
            "lines": (
                [
                    {
                        "line_id": line.id,
                        "external_id": line.external_id,
                        "sku": line.sku,
                        "attributes": line_attributes(line),
                    }
                ]
                if line is not None
                else []
            ),
            "changed": dict(values),
        }
        event = finish(
            order,
            user=user,
            action="set_attributes",
            detail=f"{target} attributes: " + ", ".join(f"{k}={v or '(removed)'}" for k, v in values.items()),
            before=before,
            event_kind=EventKind.ATTRIBUTES,
            payload=payload,
            send=send,
        )
        return ActionResult(Order.get_by_id(order.id), event)
