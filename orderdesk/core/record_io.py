"""Channel-neutral orders as plain JSON data: the import file format (and what the fixtures are written in)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.money import to_decimal
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.statuses import parse_payment_status, parse_status


def _when(value: Any, label: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        return utc(datetime.fromisoformat(str(value).replace("Z", "+00:00")))
    except ValueError:
        raise RuleViolation(
            f"{label} '{value}' is not a date and time (use ISO 8601, e.g. 2026-11-23T10:42:00Z)."
        ) from None


def _money(value: Any, label: str) -> Any:
    try:
        return to_decimal(value)
    except ValueError:
        raise RuleViolation(f"{label} '{value}' is not an amount.") from None


def line_from_dict(data: dict[str, Any], position: int) -> LineRecord:
    if not isinstance(data, dict):
        raise RuleViolation(f"Line {position} is not an object.")
    label = f"Line {position}"
    sku = validation.sku(data.get("sku"))
    price = validation.price(data.get("unit_price", "0"), f"{label} price")
    quantity = validation.quantity(data.get("quantity"), f"{label} quantity")
    return LineRecord(
        sku=sku,
        name=str(data.get("name") or sku),
        quantity=quantity,
        unit_price=price,
        external_id=None if data.get("external_id") is None else str(data["external_id"]),
        erp_line_number=None if data.get("erp_line_number") is None else str(data["erp_line_number"]),
        tracking_number=data.get("tracking_number") or None,
        attributes={str(k): str(v) for k, v in (data.get("attributes") or {}).items()},
    )


def record_from_dict(data: dict[str, Any]) -> OrderRecord:
    """Read one order; every problem is a RuleViolation that names the field in plain words."""
    if not isinstance(data, dict):
        raise RuleViolation("An order must be a JSON object.")
    external_id = str(data.get("external_id") or data.get("id") or "").strip()
    if not external_id:
        raise RuleViolation("The order has no external_id.")
    reference = str(data.get("reference") or external_id).strip()
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise RuleViolation(f"Order {reference} has no lines.")
    customer = data.get("customer") or {}
    if not isinstance(customer, dict):
        raise RuleViolation(f"Order {reference}: customer must be an object with name, email, phone.")
    rate = data.get("commission_rate")
    return OrderRecord(
        external_id=external_id,
        reference=reference,
        lines=tuple(line_from_dict(line, n) for n, line in enumerate(raw_lines, start=1)),
        status=parse_status(str(data.get("status") or "pending")),
        channel_status=str(data.get("channel_status") or data.get("status") or ""),
        payment_status=parse_payment_status(str(data.get("payment_status") or "paid")),
        source=str(data.get("source") or "web"),
        customer=Customer(
            name=str(customer.get("name") or ""),
            email=validation.email(customer.get("email")),
            phone=str(customer.get("phone") or ""),
        ),
        shipping_address=Address.from_dict(data.get("shipping_address")),
        billing_address=Address.from_dict(data.get("billing_address")),
        currency=str(data.get("currency") or "EUR").upper(),
        shipping_total=_money(data.get("shipping_total", "0"), f"Order {reference} shipping"),
        commission_rate=None if rate in (None, "") else _money(rate, f"Order {reference} commission rate"),
        created_at=_when(data.get("created_at"), f"Order {reference} created_at"),
        updated_at=_when(data.get("updated_at"), f"Order {reference} updated_at"),
        consignment_number=data.get("consignment_number") or None,
        carrier=data.get("carrier") or None,
        erp_order_number=data.get("erp_order_number") or None,
        attributes={str(k): str(v) for k, v in (data.get("attributes") or {}).items()},
        channel_data=dict(data.get("channel_data") or {}),
    )


def record_to_dict(record: OrderRecord) -> dict[str, Any]:
    """The inverse of record_from_dict (decimals as strings)."""
    return {
        "external_id": record.external_id,
        "reference": record.reference,
        "status": record.status.value,
        "channel_status": record.channel_status,
        "payment_status": record.payment_status.value,
        "source": record.source,
        "customer": {"name": record.customer.name, "email": record.customer.email, "phone": record.customer.phone},
        "shipping_address": record.shipping_address.as_dict(),
        "billing_address": record.billing_address.as_dict(),
        "currency": record.currency,
        "shipping_total": str(record.shipping_total),
        "commission_rate": None if record.commission_rate is None else str(record.commission_rate),
        "created_at": record.created_at.isoformat() if record.created_at else None,
        "updated_at": record.updated_at.isoformat() if record.updated_at else None,
        "consignment_number": record.consignment_number,
        "carrier": record.carrier,
        "erp_order_number": record.erp_order_number,
        "attributes": dict(record.attributes),
        "channel_data": dict(record.channel_data),
        "lines": [
            {
                "external_id": line.external_id,
                "sku": line.sku,
                "name": line.name,
                "quantity": line.quantity,
                "unit_price": str(line.unit_price),
                "erp_line_number": line.erp_line_number,
                "tracking_number": line.tracking_number,
                "attributes": dict(line.attributes),
            }
            for line in record.lines
        ],
    }
