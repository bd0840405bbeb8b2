"""Channel-neutral orders as plain JSON data: the import file format (and what the fixtures are written in)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.statuses import parse_payment_status, parse_status
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.core.validation import line_label


def _when(value: Any, label: str) -> datetime | None:
    """`label` is the file's own key (created_at), quoted as it is written."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RuleViolation(
            translate(
                "Validation",
                "{label} must be a date and time as text (use ISO 8601, e.g. 2026-11-23T10:42:00Z), not {kind}.",
                label=label,
                kind=validation.shown_kind(value),
            )
        )
    try:
        return utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except (ValueError, OverflowError):
        raise RuleViolation(
            translate(
                "Validation",
                "{label} '{value}' is not a date and time (use ISO 8601, e.g. 2026-11-23T10:42:00Z).",
                label=label,
                value=validation.shown(value),
            )
        ) from None


def _object(value: Any, label: str) -> dict[str, Any]:
    """A JSON object, or nothing at all (null, missing, empty text)."""
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise RuleViolation(
            translate(
                "Validation",
                "{label} must be an object, not {kind}.",
                label=translate("Validation", label),
                kind=validation.shown_kind(value),
            )
        )
    return value


def _optional(value: Any, label: str, field: str) -> str | None:
    return validation.text(value, label, field=field) or None


def _address(value: Any, label: str) -> Address:
    data = _object(value, label)
    label = translate("Validation", label)
    return Address(
        **{
            name: validation.text(
                data.get(name), translate("Validation", "{address}: {key}", address=label, key=name), field=name
            )
            for name in Address.FIELDS
        }
    )


def _attributes(value: Any, label: str) -> dict[str, str]:
    data = _object(value, label)
    label = translate("Validation", label)
    return {
        validation.text(
            key, translate("Validation", "{attributes}: a name", attributes=label), field="attribute", required=True
        ): validation.text(
            item,
            translate(
                "Validation", "{attributes}: the value of {key}", attributes=label, key=validation.shown(key, 20)
            ),
            field="attribute_value",
        )
        for key, item in data.items()
    }


def line_from_dict(data: dict[str, Any], position: int) -> LineRecord:
    if not isinstance(data, dict):
        raise RuleViolation(translate("Validation", "Line {position} is not an object.", position=position))
    sku = validation.sku(data.get("sku"), line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} SKU"), position))
    price = validation.price(
        data.get("unit_price", "0"), line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} price"), position)
    )
    quantity = validation.quantity(
        data.get("quantity"), line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} quantity"), position)
    )
    return LineRecord(
        sku=sku,
        name=validation.text(
            data.get("name"),
            line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} name"), position),
            field="name",
        )
        or sku,
        quantity=quantity,
        unit_price=price,
        external_id=_optional(
            data.get("external_id"),
            line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} external id"), position),
            "line_external_id",
        ),
        erp_line_number=_optional(
            data.get("erp_line_number"),
            line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} ERP line number"), position),
            "erp_line_number",
        ),
        tracking_number=_optional(
            data.get("tracking_number"),
            line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} tracking number"), position),
            "tracking_number",
        ),
        attributes=_attributes(
            data.get("attributes"), line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} attributes"), position)
        ),
    )


def record_from_dict(data: dict[str, Any]) -> OrderRecord:
    """Read one order and check it against the limits; every problem is a RuleViolation in plain words."""
    if not isinstance(data, dict):
        raise RuleViolation(translate("Validation", "An order must be a JSON object."))
    raw_reference = data.get("reference") or data.get("external_id") or data.get("id")
    who = validation.shown(raw_reference) if isinstance(raw_reference, str | int) else None
    try:
        record = _record(data)
    except RuleViolation as exc:
        if exc.message.startswith("Order "):
            raise
        raise validation.in_order(who, exc) from None
    return validation.check_record(record)


def _record(data: dict[str, Any]) -> OrderRecord:
    external_id = validation.text(
        data.get("external_id") or data.get("id"),
        QT_TRANSLATE_NOOP("Validation", "The external_id"),
        field="external_id",
    )
    if not external_id:
        raise RuleViolation(translate("Validation", "It has no external_id."))
    reference = (
        validation.text(data.get("reference"), QT_TRANSLATE_NOOP("Validation", "The reference"), field="reference")
        or external_id
    )
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise RuleViolation(translate("Validation", "It has no lines."))
    if len(raw_lines) > validation.MAX_LINES:
        raise RuleViolation(
            translate(
                "Validation",
                "It has %Ln line(s); at most {limit} are taken.",
                len(raw_lines),
                limit=f"{validation.MAX_LINES:,}",
            )
        )
    customer = _object(data.get("customer"), QT_TRANSLATE_NOOP("Validation", "The customer"))
    status = validation.text(data.get("status"), QT_TRANSLATE_NOOP("Validation", "The status"), field="status")
    return OrderRecord(
        external_id=external_id,
        reference=reference,
        lines=tuple(line_from_dict(line, n) for n, line in enumerate(raw_lines, start=1)),
        status=parse_status(status or "pending"),
        channel_status=validation.text(
            data.get("channel_status"), QT_TRANSLATE_NOOP("Validation", "The channel status"), field="channel_status"
        )
        or status,
        payment_status=parse_payment_status(
            validation.text(
                data.get("payment_status"),
                QT_TRANSLATE_NOOP("Validation", "The payment status"),
                field="payment_status",
            )
            or "paid"
        ),
        source=validation.text(data.get("source"), QT_TRANSLATE_NOOP("Validation", "The source"), field="source")
        or "web",
        customer=Customer(
            name=validation.text(
                customer.get("name"), QT_TRANSLATE_NOOP("Validation", "The customer name"), field="customer_name"
            ),
            email=validation.email(customer.get("email")),
            phone=validation.text(
                customer.get("phone"), QT_TRANSLATE_NOOP("Validation", "The customer phone"), field="customer_phone"
            ),
        ),
        shipping_address=_address(
            data.get("shipping_address"), QT_TRANSLATE_NOOP("Validation", "The shipping address")
        ),
        billing_address=_address(data.get("billing_address"), QT_TRANSLATE_NOOP("Validation", "The billing address")),
        currency=validation.currency(data.get("currency") or "EUR"),
        shipping_total=validation.shipping(data.get("shipping_total", "0")),
        commission_rate=validation.commission_rate(data.get("commission_rate")),
        created_at=_when(data.get("created_at"), "created_at"),
        updated_at=_when(data.get("updated_at"), "updated_at"),
        consignment_number=_optional(
            data.get("consignment_number"),
            QT_TRANSLATE_NOOP("Validation", "The consignment number"),
            "consignment_number",
        ),
        carrier=_optional(data.get("carrier"), QT_TRANSLATE_NOOP("Validation", "The carrier"), "carrier"),
        erp_order_number=_optional(
            data.get("erp_order_number"), QT_TRANSLATE_NOOP("Validation", "The ERP order number"), "erp_order_number"
        ),
        attributes=_attributes(data.get("attributes"), QT_TRANSLATE_NOOP("Validation", "The attributes")),
        channel_data=_object(data.get("channel_data"), QT_TRANSLATE_NOOP("Validation", "The channel_data")),
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
