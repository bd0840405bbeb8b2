"""Reading CloudSuite's answers, with no HTTP: its orders as channel-neutral records (order, lines, addresses,
status and payment), its times, and its error bodies in words. The calls are in cloudsuite.py.

What is read (CHANNELS.md section 2; *inferred* marks what the public pages do not show):
- Order: `id`, `reference`, `customer_order_number`, `erp_order_number`, `state`, `payment_status`, `order_date`,
  `create_date`, `modified_date`, `shipment_state`, `offline`, `currency`, `webshop`, `user`, `order_lines`
  `[{id, product {key, origin}, description, type, quantity, unit_price, erp_line_number}]`, and `customer`,
  `shipment_address`, `invoice_address` as ids or as nested objects (both are read; names of the nested fields
  are *inferred*: name / first_name + last_name, company(_name), street + house_number(_addition),
  zip_code / postcode, city, country (code or object), phone, email). Naive times are taken as UTC (*inferred*;
  a server on Amsterdam time would show times up to two hours off, the cursor is unaffected).
- Lines: only `type: "line"` is goods. A line typed shipping/shipment/delivery/transport/shipping_cost adds
  quantity x unit_price to `shipping_total`; any other type (discount, text...) is not a goods line and is not
  imported. Both are kept verbatim in channel_data["extra_lines"] and sent back unchanged in an EDIT's PUT.
  Quantities must be whole units (OrderDesk counts units); a fractional quantity rejects the order, in words.
- Status: `cancel` -> cancelled; `done` -> delivered (the desk sends `done` for delivered, so it reads back the
  same); `shipment_state: sent` -> dispatched; `processing` -> processing; `confirmed` -> pending.
  payment_status: closed_success/paid -> paid; account -> invoice later; closed_canceled/started/none, absent or
  unknown -> unpaid (an unpaid order needs an operator's override before it is processed).
- Status mapping (the admin's "status_map" option, orderdesk.core.status_map): inbound only. A `state` word the
  admin mapped reads as the admin's status ahead of the table above (channel_status keeps the word); a
  `shipment_state: sent` still makes an open (pending/processing/packed) order dispatched, as that is a field of
  its own.
- Errors are DRF's `{"detail": "..."}` or `{"field": ["message"]}` (nested for lines: shown as
  `order_lines[1].unit_price: ...`) (*inferred*), passed on in the channel's words.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import requests

from orderdesk.core.money import ZERO, to_decimal
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.status_map import StatusMap
from orderdesk.core.statuses import OrderStatus, PaymentStatus

GOODS = "line"
SHIPPING_TYPES = frozenset({"shipping", "shipment", "shipping_cost", "delivery", "transport"})
PAID = frozenset({"closed_success", "paid"})
INVOICE_LATER = frozenset({"account"})


class Rejected(ValueError):
    """One order cannot be read; the reason is in plain words."""


def error_reader(response: requests.Response) -> str:
    """DRF's words: `detail`, OAuth's `error_description`, or every field error with its path."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return text[:300] if text else f"HTTP {response.status_code}"
    parts = _error_parts(body, "")
    return "; ".join(parts)[:500] if parts else f"HTTP {response.status_code}"


def _error_parts(value: Any, path: str) -> list[str]:
    if isinstance(value, dict):
        parts: list[str] = []
        for key, inner in value.items():
            if key == "error" and "error_description" in value:
                continue  # the description says it in words
            plain = key in ("detail", "error_description", "error", "message", "non_field_errors")
            parts += _error_parts(inner, path if plain else (f"{path}.{key}" if path else str(key)))
        return parts
    if isinstance(value, list):
        parts = []
        for index, inner in enumerate(value):
            nested = isinstance(inner, dict | list)
            parts += _error_parts(inner, f"{path}[{index}]" if nested else path)
        return parts
    if value is None or value == "":
        return []
    return [f"{path}: {value}" if path else str(value)]


# ---- reading an order -----------------------------------------------------------------------------------
def order_record(raw: Any, status_map: StatusMap | None = None) -> OrderRecord:
    """One CloudSuite order as an OrderRecord; Rejected (in words) when a required field is missing."""
    if not isinstance(raw, dict):
        raise Rejected("the channel sent something that is not an order")
    missing = [name for name in ("id", "reference", "state", "currency", "order_lines") if raw.get(name) in (None, "")]
    if missing:
        raise Rejected(f"the order has no {', '.join(missing)}")
    if not isinstance(raw["order_lines"], list):
        raise Rejected("order_lines is not a list")
    goods: list[LineRecord] = []
    extra: list[Any] = []
    origins: dict[str, Any] = {}
    shipping = ZERO
    for number, line in enumerate(raw["order_lines"], start=1):
        if not isinstance(line, dict):
            raise Rejected(f"line {number} is not a line")
        if line_type(line) != GOODS:
            extra.append(line)
            if line_type(line) in SHIPPING_TYPES:
                raw_quantity = 1 if line.get("quantity") is None else line["quantity"]
                quantity = _amount(raw_quantity, f"the quantity of shipping line {number}")
                price = _amount(line.get("unit_price"), f"the price of shipping line {number}")
                # "1.000" times 4.95 is 4.95000: keep the price's own decimals when the quantity is whole.
                shipping += price * (int(quantity) if quantity == quantity.to_integral_value() else quantity)
            continue
        record = _line(line, number)
        goods.append(record)
        if record.external_id:
            origins[record.external_id] = origin_of(line)
    if not goods:
        raise Rejected("the order has no product lines")
    state = str(raw["state"])
    customer_raw, shipping_raw = raw.get("customer"), raw.get("shipment_address")
    billing_raw = raw.get("invoice_address")
    billing = _address(billing_raw)
    customer = _customer(customer_raw, raw, billing)
    attributes = {}
    if text_of(raw.get("customer_order_number")):
        attributes["customer_order_number"] = text_of(raw["customer_order_number"])
    return OrderRecord(
        external_id=str(raw["id"]),
        reference=str(raw["reference"]),
        lines=tuple(goods),
        status=map_status(state, raw.get("shipment_state"), status_map),
        channel_status=state,
        payment_status=map_payment(raw.get("payment_status")),
        customer=customer,
        shipping_address=_address(shipping_raw),
        billing_address=billing,
        currency=str(raw["currency"]).upper(),
        shipping_total=shipping,
        created_at=_time(raw.get("create_date") or raw.get("order_date"), "create_date"),
        updated_at=_time(raw.get("modified_date"), "modified_date"),
        erp_order_number=text_of(raw.get("erp_order_number")) or None,
        attributes=attributes,
        channel_data={
            "id": raw["id"],
            "reference": str(raw["reference"]),
            "webshop": id_of(raw.get("webshop")),
            "customer": id_of(customer_raw),
            "shipment_address": id_of(shipping_raw),
            "invoice_address": id_of(billing_raw),
            "user": id_of(raw.get("user")),
            "offline": bool(raw.get("offline")),
            "state": state,
            "shipment_state": raw.get("shipment_state"),
            "payment_status": raw.get("payment_status"),
            "customer_order_number": raw.get("customer_order_number"),
            "origins": origins,
            "extra_lines": extra,
        },
    )


def map_status(state: str, shipment_state: Any, status_map: StatusMap | None = None) -> OrderStatus:
    mapped = status_map.to_local(state) if status_map else None
    if mapped is not None:
        if shipment_state == "sent" and mapped in (OrderStatus.PENDING, OrderStatus.PROCESSING, OrderStatus.PACKED):
            return OrderStatus.DISPATCHED
        return mapped
    if state == "cancel":
        return OrderStatus.CANCELLED
    if state == "done":
        return OrderStatus.DELIVERED
    if shipment_state == "sent":
        return OrderStatus.DISPATCHED
    if state == "processing":
        return OrderStatus.PROCESSING
    return OrderStatus.PENDING


def map_payment(value: Any) -> PaymentStatus:
    """Unknown or absent counts as unpaid: an operator then decides, rather than the desk shipping unpaid goods."""
    text = text_of(value).lower()
    if text in PAID:
        return PaymentStatus.PAID
    if text in INVOICE_LATER:
        return PaymentStatus.INVOICE_LATER
    return PaymentStatus.UNPAID


def _line(raw: dict[str, Any], number: int) -> LineRecord:
    sku, _ = product_of(raw)
    if not sku:
        raise Rejected(f"line {number} has no product key")
    quantity = _amount(raw.get("quantity"), f"the quantity of line {number} ({sku})")
    if quantity != quantity.to_integral_value() or quantity <= 0:
        raise Rejected(f"line {number} ({sku}) has quantity {quantity}; OrderDesk counts whole units above zero")
    if raw.get("unit_price") in (None, ""):
        raise Rejected(f"line {number} ({sku}) has no unit_price")
    erp = raw.get("erp_line_number")
    if isinstance(erp, float) and erp.is_integer():
        erp = int(erp)
    return LineRecord(
        sku=sku,
        name=text_of(raw.get("description")) or sku,
        quantity=int(quantity),
        unit_price=_amount(raw["unit_price"], f"the price of line {number} ({sku})"),
        external_id=text_of(raw.get("id")) or None,
        erp_line_number=text_of(erp) or None,
    )


def product_of(line: dict[str, Any]) -> tuple[str, str]:
    product = line.get("product")
    if isinstance(product, dict):
        return text_of(product.get("key")), text_of(product.get("origin"))
    return text_of(line.get("product_key") or product), text_of(line.get("origin"))


def origin_of(line: dict[str, Any]) -> str:
    return product_of(line)[1]


def line_type(line: dict[str, Any]) -> str:
    return text_of(line.get("type") or GOODS).lower()


def _customer(raw: Any, order: dict[str, Any], billing: Address) -> Customer:
    data = raw if isinstance(raw, dict) else {}
    return Customer(
        name=_person(data) or billing.name,
        email=text_of(data.get("email") or order.get("email")),
        phone=text_of(data.get("phone") or data.get("phone_number")) or billing.phone,
    )


def _address(raw: Any) -> Address:
    """A nested address (field names *inferred*, several spellings read); a bare id gives an empty address."""
    if not isinstance(raw, dict):
        return Address()
    street = text_of(raw.get("street") or raw.get("address_line1") or raw.get("address"))
    number = " ".join(text_of(raw.get(k)) for k in ("house_number", "house_number_addition") if text_of(raw.get(k)))
    country = raw.get("country") or raw.get("country_code")
    if isinstance(country, dict):
        country = country.get("code") or country.get("iso") or country.get("name")
    return Address(
        name=_person(raw),
        company=text_of(raw.get("company") or raw.get("company_name")),
        street=f"{street} {number}".strip(),
        city=text_of(raw.get("city")),
        postcode=text_of(raw.get("zip_code") or raw.get("zipcode") or raw.get("postcode") or raw.get("postal_code")),
        region=text_of(raw.get("state") or raw.get("province") or raw.get("region")),
        country=text_of(country),
        phone=text_of(raw.get("phone") or raw.get("phone_number")),
    )


def _person(raw: dict[str, Any]) -> str:
    name = text_of(raw.get("name") or raw.get("full_name") or raw.get("contact_name"))
    if name:
        return name
    return " ".join(text_of(raw.get(k)) for k in ("first_name", "last_name") if text_of(raw.get(k)))


def id_of(value: Any) -> Any:
    """An id as CloudSuite sends it: the value itself, or the `id` inside a nested object."""
    if isinstance(value, dict):
        return value.get("id")
    return value


def _amount(value: Any, what: str) -> Decimal:
    try:
        return to_decimal(value)
    except ValueError:
        raise Rejected(f"{what} is not a number ({value!r})") from None


def _time(value: Any, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    parsed = parse_time(value)
    if parsed is None:
        raise Rejected(f"{what} {value!r} is not a date and time")
    return parsed


def parse_time(value: Any) -> datetime | None:
    """CloudSuite's ISO times (naive ones taken as UTC) or dates, as aware UTC; None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), tzinfo=UTC)
    except ValueError:
        return None


def stamp_of(raw: dict[str, Any]) -> tuple[str | None, datetime | None]:
    """The order's newest timestamp, raw and parsed: what the cursor follows."""
    for name in ("modified_date", "confirm_date", "create_date"):
        parsed = parse_time(raw.get(name))
        if parsed is not None:
            return str(raw[name]), parsed
    return None, None


def text_of(value: Any) -> str:
    return "" if value is None else str(value).strip()
