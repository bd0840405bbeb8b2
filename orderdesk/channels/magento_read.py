"""Reading Magento's answers, with no HTTP: its orders as channel-neutral records, its dates, its error messages
with their placeholders filled, and the searchCriteria query strings its lists are asked with. The calls are in
magento.py (pull) and magento_push.py (push).

Order mapping:
- entity_id (the id of every call) -> external_id; increment_id -> reference; dates are UTC without a zone.
- Lines: one line per top-level item. A configurable product comes as a parent item (its sku is already the chosen
  simple product's, and it carries the price) plus a child item at price 0: the parent is the line and the child
  is only remembered in channel_data. A bundle comes as a parent plus its components: the parent is the line (the
  price is the parent's, or the sum of the priced components when the parent says 0) and the components are named
  in the line name for the picker and kept in channel_data. Line external_id = the parent's item_id, which is also
  what /ship takes. Prices are Magento's `price` (tax and discounts stay in Magento's grand_total, kept in
  channel_data); shipping_amount -> shipping_total.
- Status: by the order's status when it is one of Magento's default statuses (the acknowledgement sets only the
  status, the state stays "new"), else by its state. new/pending, pending_payment, payment_review, holded -> pending;
  processing -> processing (dispatched when every item is shipped: an order shipped but not invoiced stays in
  Magento's processing state); complete -> dispatched (Magento never hears of delivery); canceled -> cancelled;
  closed (refunded by credit memo) -> returned when goods were shipped, else cancelled.
- Payment: paid when total_paid covers grand_total (or nothing is due); refunded when closed or refunded;
  unpaid for pending_payment, payment_review, holded and fraud (payment missing, under review or held) and for
  canceled orders; otherwise invoice_later (check/money order, cash on delivery: Magento invoices afterwards).
- channel_data["invoiced"]: every unit not cancelled is invoiced (qty_invoiced), so the desk offers no invoice.
Status mapping (the admin's "status_map" option, orderdesk.core.status_map), inbound: a status word the admin
mapped (the order's status, else its state) reads as the admin's status ahead of the tables above; the shipment
rules (all shipped -> dispatched, closed without shipment -> cancelled) still apply to it, and channel_status
keeps the word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import requests

from orderdesk.channels.http import default_error_reader
from orderdesk.core.money import ZERO, round_money, to_decimal
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.status_map import StatusMap
from orderdesk.core.statuses import OrderStatus, PaymentStatus

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
S = OrderStatus

# Magento's default statuses carry the names of its states (plus fraud); custom statuses fall back to the state.
BY_STATUS: dict[str, OrderStatus] = {
    "pending": S.PENDING,
    "pending_payment": S.PENDING,
    "payment_review": S.PENDING,
    "fraud": S.PENDING,
    "holded": S.PENDING,
    "processing": S.PROCESSING,
    "complete": S.DISPATCHED,
    "canceled": S.CANCELLED,
    "closed": S.RETURNED,
}
BY_STATE: dict[str, OrderStatus] = {
    "new": S.PENDING,
    "pending_payment": S.PENDING,
    "payment_review": S.PENDING,
    "holded": S.PENDING,
    "processing": S.PROCESSING,
    "complete": S.DISPATCHED,
    "canceled": S.CANCELLED,
    "closed": S.RETURNED,
}
UNPAID_STATES = frozenset({"pending_payment", "payment_review", "holded", "fraud", "canceled"})


class Rejected(Exception):
    """One order on a page cannot be read; the rest of the page still imports."""


def fill_placeholders(message: str, parameters: Any) -> str:
    """Magento's "%name" (parameters as an object) and "%1" (as a list) filled in."""
    if isinstance(parameters, dict):
        lookup = {str(key): value for key, value in parameters.items()}
    elif isinstance(parameters, list):
        lookup = {str(index + 1): value for index, value in enumerate(parameters)}
    else:
        return message

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        return str(lookup[key]) if key in lookup else match.group(0)

    return re.sub(r"%(\w+)", fill, message)


def magento_error_reader(response: requests.Response) -> str:
    """The message Magento wrote, placeholders filled, with the listed errors of an input exception."""
    try:
        body = response.json()
    except ValueError:
        return default_error_reader(response)
    if not isinstance(body, dict) or not isinstance(body.get("message"), str):
        return default_error_reader(response)
    text = fill_placeholders(body["message"], body.get("parameters"))
    details = [
        fill_placeholders(error["message"], error.get("parameters"))
        for error in body.get("errors") or []
        if isinstance(error, dict) and isinstance(error.get("message"), str)
    ]
    details = [detail for detail in details if detail and detail not in text]
    return " ".join([text, *details]) if details else text


def search_params(
    groups: list[list[tuple[str, str, str]]],
    *,
    page_size: int,
    current_page: int,
    sort: Sequence[tuple[str, str]] = (),
) -> list[tuple[str, str]]:
    """searchCriteria as a query string: filters inside a group are OR, groups are AND."""
    params: list[tuple[str, str]] = []
    for g, filters in enumerate(groups):
        for f, (field, value, condition) in enumerate(filters):
            prefix = f"searchCriteria[filter_groups][{g}][filters][{f}]"
            params += [
                (f"{prefix}[field]", field),
                (f"{prefix}[value]", value),
                (f"{prefix}[condition_type]", condition),
            ]
    for index, (field, direction) in enumerate(sort):
        params += [
            (f"searchCriteria[sortOrders][{index}][field]", field),
            (f"searchCriteria[sortOrders][{index}][direction]", direction),
        ]
    params += [("searchCriteria[pageSize]", str(page_size)), ("searchCriteria[currentPage]", str(current_page))]
    return params


def parse_magento_time(value: Any) -> datetime:
    """Magento's "YYYY-MM-DD HH:MM:SS" in UTC without a zone (ISO forms accepted too) -> aware UTC."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("no date")
    text = value.strip()
    try:
        return utc(datetime.strptime(text, DATE_FORMAT))
    except ValueError:
        return utc(datetime.fromisoformat(text.replace("Z", "+00:00")))


def _quantity(value: Any, what: str) -> int:
    try:
        amount = to_decimal(value if value is not None else 0)
    except ValueError:
        raise Rejected(f"{what} has no readable quantity ({value!r}).") from None
    if amount != amount.to_integral_value():
        raise Rejected(f"{what} has a fractional quantity ({amount}), which OrderDesk cannot hold.")
    return int(amount)


def _money(value: Any, what: str) -> Decimal:
    try:
        return to_decimal(value if value not in (None, "") else 0)
    except ValueError:
        raise Rejected(f"{what} is not an amount ({value!r}).") from None


def text_of(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _address(raw: Any) -> Address:
    if not isinstance(raw, dict):
        return Address()
    street = raw.get("street")
    if isinstance(street, list):
        street = ", ".join(text_of(part) for part in street if text_of(part))
    region = raw.get("region")
    if isinstance(region, dict):  # customer addresses nest it; order addresses do not
        region = region.get("region")
    name = " ".join(text_of(raw.get(key)) for key in ("firstname", "middlename", "lastname") if text_of(raw.get(key)))
    return Address(
        name=name,
        company=text_of(raw.get("company")),
        street=text_of(street),
        city=text_of(raw.get("city")),
        postcode=text_of(raw.get("postcode")),
        region=text_of(region),
        country=text_of(raw.get("country_id")),
        phone=text_of(raw.get("telephone")),
    )


def _all_invoiced(top: list[dict[str, Any]]) -> bool:
    """Whether Magento has invoiced every unit that was not cancelled (the desk then offers no invoice)."""
    try:
        open_units = [float(i.get("qty_ordered") or 0) - float(i.get("qty_canceled") or 0) for i in top]
        invoiced = [float(i.get("qty_invoiced") or 0) for i in top]
    except (TypeError, ValueError):
        return False
    return any(invoiced) and all(done >= wanted for done, wanted in zip(invoiced, open_units, strict=True))


def _shipping_address(raw: dict[str, Any]) -> Address:
    assignments = (raw.get("extension_attributes") or {}).get("shipping_assignments") or []
    if assignments and isinstance(assignments[0], dict):
        return _address((assignments[0].get("shipping") or {}).get("address"))
    return Address()


def _item_shipped(item: dict[str, Any], children: list[dict[str, Any]]) -> bool:
    ordered = _quantity(item.get("qty_ordered"), "item") - _quantity(item.get("qty_canceled"), "item")
    if ordered <= 0:
        return True
    if _quantity(item.get("qty_shipped"), "item") >= ordered:
        return True
    # Bundles shipped separately count their components, not themselves.
    return bool(children) and all(_item_shipped(child, []) for child in children)


def map_status(
    raw: dict[str, Any],
    top: list[dict[str, Any]],
    children: dict[Any, list[dict[str, Any]]],
    status_map: StatusMap | None = None,
) -> OrderStatus:
    status, state = text_of(raw.get("status")), text_of(raw.get("state"))
    admins = status_map.to_local(status or state) if status_map else None
    mapped = admins or BY_STATUS.get(status) or BY_STATE.get(state)
    if mapped is None:
        raise Rejected(f"its Magento status '{status}' (state '{state}') is not one OrderDesk knows.")
    shipped_any = any(_quantity(item.get("qty_shipped"), "item") > 0 for item in top) or any(
        _quantity(child.get("qty_shipped"), "item") > 0 for kids in children.values() for child in kids
    )
    if mapped == S.RETURNED and not shipped_any:
        return S.CANCELLED  # refunded before anything left the warehouse
    if mapped == S.PROCESSING and top and all(_item_shipped(i, children.get(i.get("item_id"), [])) for i in top):
        return S.DISPATCHED
    return mapped


def map_payment(raw: dict[str, Any], grand_total: Decimal) -> PaymentStatus:
    status, state = text_of(raw.get("status")), text_of(raw.get("state"))
    paid = _money(raw.get("total_paid"), "total_paid")
    refunded = _money(raw.get("total_refunded"), "total_refunded")
    if state == "closed" or (refunded > 0 and refunded >= paid):
        return PaymentStatus.REFUNDED
    if grand_total <= 0 or paid >= grand_total:
        return PaymentStatus.PAID
    if state in UNPAID_STATES or status in UNPAID_STATES:
        return PaymentStatus.UNPAID
    return PaymentStatus.INVOICE_LATER


def map_order(raw: Any, status_map: StatusMap | None = None) -> OrderRecord:
    """One Magento order as an OrderRecord; Rejected with a plain reason when a required field is missing."""
    if not isinstance(raw, dict):
        raise Rejected("it is not an order object.")
    entity_id = raw.get("entity_id")
    if isinstance(entity_id, str) and entity_id.strip().isdecimal():
        entity_id = int(entity_id)
    if not isinstance(entity_id, int) or isinstance(entity_id, bool):
        raise Rejected("it has no entity_id.")
    reference = text_of(raw.get("increment_id"))
    if not reference:
        raise Rejected("it has no increment_id.")
    currency = text_of(raw.get("order_currency_code")) or text_of(raw.get("base_currency_code"))
    if not currency:
        raise Rejected("it has no order_currency_code.")
    items = raw.get("items")
    if not isinstance(items, list) or not items:
        raise Rejected("it has no items.")
    try:
        created = parse_magento_time(raw.get("created_at"))
        updated = parse_magento_time(raw.get("updated_at")) if raw.get("updated_at") else created
    except ValueError:
        raise Rejected(f"its created_at/updated_at ({raw.get('created_at')!r}) is not a date.") from None

    ids = {item.get("item_id") for item in items if isinstance(item, dict)}
    children: dict[Any, list[dict[str, Any]]] = {}
    top: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            raise Rejected("one of its items is not an object.")
        parent = item.get("parent_item_id")
        if parent and parent in ids:
            children.setdefault(parent, []).append(item)
        else:
            top.append(item)
    lines: list[LineRecord] = []
    line_data: dict[str, Any] = {}
    for item in top:
        item_id = item.get("item_id")
        sku = text_of(item.get("sku"))
        if item_id in (None, "") or not sku:
            raise Rejected(f"an item ({sku or 'no sku'}) has no item_id or sku.")
        what = f"item {sku}"
        quantity = _quantity(item.get("qty_ordered"), what)
        if quantity <= 0:
            raise Rejected(f"{what} has no quantity.")
        price = _money(item.get("price"), f"the price of {what}")
        kids = children.get(item_id, [])
        kid_data: list[dict[str, Any]] = [
            {
                "item_id": kid.get("item_id"),
                "sku": text_of(kid.get("sku")),
                "qty": _quantity(kid.get("qty_ordered"), what),
            }
            for kid in kids
        ]
        if price == ZERO and kids:
            # A dynamic-price bundle may carry its price on the components.
            total = sum((_money(k.get("price"), what) * _quantity(k.get("qty_ordered"), what) for k in kids), ZERO)
            price = round_money(total / quantity, currency)
        name = text_of(item.get("name")) or sku
        product_type = text_of(item.get("product_type"))
        if product_type == "bundle" and kid_data:
            parts = ", ".join(f"{kid['sku']} ×{max(1, kid['qty'] // quantity)}" for kid in kid_data)
            name = f"{name} ({parts})"
        lines.append(LineRecord(sku=sku, name=name, quantity=quantity, unit_price=price, external_id=str(item_id)))
        line_data[str(item_id)] = {"product_type": product_type, "children": kid_data}

    grand_total = _money(raw.get("grand_total"), "grand_total")
    billing = _address(raw.get("billing_address"))
    billing_email = text_of(raw["billing_address"].get("email")) if isinstance(raw.get("billing_address"), dict) else ""
    customer_name = " ".join(
        text_of(raw.get(key)) for key in ("customer_firstname", "customer_lastname") if text_of(raw.get(key))
    )
    customer = Customer(
        name=customer_name or billing.name,
        email=text_of(raw.get("customer_email")) or billing_email,
        phone=billing.phone,
    )
    payment: dict[str, Any] = raw["payment"] if isinstance(raw.get("payment"), dict) else {}
    return OrderRecord(
        external_id=str(entity_id),
        reference=reference,
        lines=tuple(lines),
        status=map_status(raw, top, children, status_map),
        channel_status=text_of(raw.get("status")) or text_of(raw.get("state")),
        payment_status=map_payment(raw, grand_total),
        source="web",
        customer=customer,
        shipping_address=_shipping_address(raw),
        billing_address=billing,
        currency=currency,
        shipping_total=_money(raw.get("shipping_amount"), "shipping_amount"),
        created_at=created,
        updated_at=updated,
        channel_data={
            "entity_id": entity_id,
            "increment_id": reference,
            "state": text_of(raw.get("state")),
            "status": text_of(raw.get("status")),
            "store_id": raw.get("store_id"),
            "grand_total": str(grand_total),
            "payment_method": text_of(payment.get("method")),
            "invoiced": _all_invoiced(top),
            "items": line_data,
        },
    )
