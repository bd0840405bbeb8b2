"""The ERP step of seed 001 (3c): the PUT of the whole order with each line's `erp_line_number`, with no HTTP.

The body is the one the seed shows, field for field and in its order: `reference, customer, erp_order_number, state,
currency, order_lines [{product {key, origin}, description, type, quantity, erp_line_number}], shipment_address,
invoice_address, webshop, user`. The values are CloudSuite's own, kept from the pull (channel_data: its reference,
the ids of customer, addresses, webshop and user, each line's product origin, the non-goods lines), with the desk's
lines and ERP numbers. Quantities go as numbers (`1.0`), line numbers as integers, as in the seed.

`state` is a required field of the PUT, so it cannot be left out; sending the state of the pull would undo the
acknowledgement that went out just before (the seed's example shows `confirmed`, the state of an order not yet
processed). It is the state CloudSuite holds once the events queued before this one went out: the later of the
pulled state and the one the desk's status at queueing time implies (an offline order keeps its pulled state).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.channels.cloudsuite_read import GOODS, line_type, product_of, text_of
from orderdesk.channels.errors import PermanentError
from orderdesk.core.money import to_decimal
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus

S = OrderStatus
STATE_RANK = {"confirmed": 0, "processing": 1, "done": 2}
IMPLIED_STATE = {
    S.PENDING.value: "confirmed",
    S.PROCESSING.value: "processing",
    S.PACKED.value: "processing",
    S.DISPATCHED.value: "processing",  # dispatch sets shipment_state, not state
    S.DELIVERED.value: "done",
    S.RETURNED.value: "done",
    S.CANCELLED.value: "cancel",
}
ADDRESS_IDS = ("shipment_address", "invoice_address")


def put_state(order: OrderRecord, status: str | None = None) -> str:
    """The `state` the PUT carries: never behind what CloudSuite holds (see the module's docstring)."""
    data = order.channel_data
    pulled = text_of(data.get("state"))
    if data.get("offline"):
        return pulled or "confirmed"
    implied = IMPLIED_STATE.get(status or order.status.value, "")
    if "cancel" in (pulled, implied):
        return "cancel"
    known = [state for state in (pulled, implied) if state in STATE_RANK]
    if not known:
        return pulled or "confirmed"
    return max(known, key=lambda state: STATE_RANK[state])


def sent_lines(order: OrderRecord, payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The goods lines the event carries, as they stood when it was queued: the events before it (an edit queued
    later goes after it) are what CloudSuite holds when it goes out. An event without them: the order's own."""
    lines = payload.get("lines")
    if isinstance(lines, list) and lines and all(isinstance(line, dict) for line in lines):
        return [dict(line) for line in lines]
    return [
        {
            "external_id": line.external_id,
            "sku": line.sku,
            "name": line.name,
            "quantity": line.quantity,
            "erp_line_number": line.erp_line_number,
        }
        for line in order.lines
    ]


def erp_body(
    order: OrderRecord, payload: Mapping[str, Any] | None = None, header: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The PUT of seed 001 step 3c. `header` fills ids the pull did not keep (read from CloudSuite just before)."""
    payload = payload or {}
    data: dict[str, Any] = {**order.channel_data, **{k: v for k, v in (header or {}).items() if v is not None}}
    origins: dict[str, Any] = dict(data.get("origins") or {})
    default_origin = next((origin for origin in origins.values() if origin), "")
    lines: list[dict[str, Any]] = []
    for line in sent_lines(order, payload):
        sku = text_of(line.get("sku"))
        number = text_of(line.get("erp_line_number"))
        if not number:
            raise PermanentError(
                f"Line {sku} of order {order.reference} has no ERP line number; CloudSuite needs one on every "
                "line. Give it one (orders erp, or the ERP tab of the edit dialog)."
            )
        external_id = text_of(line.get("external_id"))
        lines.append(
            {
                "product": {"key": sku, "origin": (origins.get(external_id) if external_id else "") or default_origin},
                "description": text_of(line.get("name")) or sku,
                "type": GOODS,
                "quantity": _number(line.get("quantity")),
                "erp_line_number": int(number) if number.isdigit() else number,
            }
        )
    for extra in data.get("extra_lines") or []:
        if isinstance(extra, dict):
            lines.append(_extra_line(extra))
    body: dict[str, Any] = {
        "reference": data.get("reference") or order.reference,
        "customer": data.get("customer"),
        "erp_order_number": text_of(payload.get("erp_order_number")) or order.erp_order_number,
        "state": put_state(order, text_of(payload.get("status")) or None),
        "currency": order.currency,
        "order_lines": lines,
        "shipment_address": data.get("shipment_address"),
        "invoice_address": data.get("invoice_address"),
        "webshop": data.get("webshop"),
        "user": data.get("user"),
    }
    return {key: value for key, value in body.items() if value is not None}


def _extra_line(raw: dict[str, Any]) -> dict[str, Any]:
    """A shipping, discount or text line as CloudSuite gave it, in the seed's fields (sent back so the PUT keeps it)."""
    key, origin = product_of(raw)
    line: dict[str, Any] = {
        "product": {"key": key, "origin": origin},
        "description": raw.get("description"),
        "type": raw.get("type"),
        "quantity": _number(raw.get("quantity")),
    }
    if raw.get("erp_line_number") not in (None, ""):
        line["erp_line_number"] = raw["erp_line_number"]
    return line


def _number(value: Any) -> Any:
    try:
        return float(to_decimal(value))
    except ValueError:
        return value


def needs_header(order: OrderRecord) -> bool:
    """Whether the pull kept no address ids (an order taken in before they were kept): then they are read first."""
    return any(order.channel_data.get(name) in (None, "") for name in ADDRESS_IDS)


def erp_matches(current: dict[str, Any], order: OrderRecord, payload: Mapping[str, Any] | None = None) -> bool:
    """Whether CloudSuite already shows the event's ERP order number and every goods line's ERP number."""
    payload = payload or {}
    number = text_of(payload.get("erp_order_number")) or text_of(order.erp_order_number)
    if number and text_of(current.get("erp_order_number")) != number:
        return False
    remote = sorted(
        (product_of(line)[0], text_of(line.get("erp_line_number")))
        for line in current.get("order_lines") or []
        if isinstance(line, dict) and line_type(line) == GOODS
    )
    wanted = sorted(
        (text_of(line.get("sku")), text_of(line.get("erp_line_number"))) for line in sent_lines(order, payload)
    )
    return remote == wanted
