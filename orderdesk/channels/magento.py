"""Magento 2 through the Increff Omni proxy (seed 002): Magento's REST API for orders, Increff Omni for return
orders and custom order attributes (seed 004). One channel of kind magento speaks to both.

Wire format: CHANNELS.md section 3. Magento calls live under <base>/rest/<store code>/V1/ (the admin token under
<base>/rest/V1/integration/admin/token, which answers a bare JSON string); errors are
{"message": "... %name ...", "parameters": {...} or [...]} and their placeholders are filled before anyone sees them.

Pull. Three searches, each with its own place in the cursor (a JSON object of "YYYY-MM-DD HH:MM:SS" floors):
- "new": status pending and created_at gteq the floor (the proxy's new-order search);
- "canceled": status canceled and updated_at gteq the floor (the proxy's cancellation search);
- "changed": status neq canceled and updated_at gteq the floor: everything else done in the Magento admin
  (invoiced, shipped, held, edited), which the two searches above would never see.
Each search is sorted by its date field, then entity_id, and read page by page. After a page the floor moves up to
the newest date seen and the search starts again from page 1 (keyset paging): an order updated while we read cannot
shift another one past us. Only when a whole page shares one second do we step on with currentPage. Magento repeats
the last page for a currentPage past the end, so we stop by total_count. The same order (same updated_at) found by
two searches in one run is handed over once.

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

Push (entity_id in every path):
- ACKNOWLEDGE / STATUS: POST orders/{id}/comments {"statusHistory": {..., "status": ...}} for the statuses Magento
  has (pending, processing); packed and delivered have none -> UnsupportedAction. The order's status is read first
  (GET orders/{id}/statuses): already there (or complete, for an acknowledgement) -> done; canceled, closed or
  complete -> refused rather than reopened (Magento sets any status it is given); holded -> release it first.
- CANCEL: POST orders/{id}/cancel (true; false when Magento cannot cancel it), then a comment with the reason.
- DISPATCH: POST order/{id}/ship with items (order_item_id, qty) and the consignment as track; the carrier's
  Magento code when it is one of Magento's own carriers, else "custom" with the carrier as title.
- INVOICE: POST order/{id}/invoice. Payload (ours): {"capture": true, "notify": true,
  "lines": [{"external_id", "quantity"}] optional (default: everything not invoiced yet)}.
- STOCK: PUT products/{sku}/stockItems/{itemId} {"stockItem": {"qty", "is_in_stock"}}. Payload (ours):
  {"sku", "qty", "is_in_stock" (default qty > 0), "item_id" optional (else read from GET stockItems/{sku})}.
- RETURN, ATTRIBUTES: Increff Omni (see orderdesk.channels.increff).
- EDIT, SPLIT, ERP_NUMBER: Magento's REST API has no way to take them -> UnsupportedAction.
Status mapping (the admin's "status_map" option, orderdesk.core.status_map): a status word the admin mapped (the
order's status, else its state) reads as the admin's status ahead of the tables above; the shipment rules (all
shipped -> dispatched, closed without shipment -> cancelled) still apply to it, and channel_status keeps the word.
ACKNOWLEDGE / STATUS comment with the admin's word for our status when there is one (so packed or delivered can go
to a custom Magento status), else the default above. CANCEL is Magento's cancel action; its reason comment keeps
'canceled'.
already_applied() reads back: the status, the shipments (by order_id, matching our tracking number), the invoices
(by order_id), the stock item, the Increff return order. Magento accepts a second shipment of what is left, so a
lost answer to /ship is never simply repeated.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import quote

import requests

from orderdesk.channels.base import ChannelConfig, Page, PushResult
from orderdesk.channels.errors import (
    AuthError,
    ChannelError,
    MalformedResponse,
    PermanentError,
    UnsupportedAction,
)
from orderdesk.channels.http import CallLogger, ChannelHttp, HttpSettings, default_error_reader
from orderdesk.channels.increff import IncreffClient, mask_secrets
from orderdesk.channels.status_mapping import configured_status_map
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.money import ZERO, round_money, to_decimal
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.status_map import StatusMap
from orderdesk.core.statuses import OrderStatus, PaymentStatus

MAGENTO = "Magento"
PAGE_SIZE = 50
MAX_REQUESTS = 10_000  # per search and pull: a guard against a server whose paging never ends
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
# The statuses of ours that Magento has a status for, for ACKNOWLEDGE and STATUS.
MAGENTO_STATUS = {S.PENDING: "pending", S.PROCESSING: "processing"}
# Setting a status on these would reopen the order in Magento (addStatusHistory sets whatever status it is given).
FINAL_STATUSES = frozenset({"canceled", "closed", "complete"})
# Magento's own carrier codes; any other carrier goes as "custom" with its name as the title.
CARRIER_CODES = {"ups": "ups", "usps": "usps", "fedex": "fedex", "dhl": "dhl"}


@dataclass(frozen=True)
class _Search:
    key: str  # its place in the cursor
    date_field: str
    status_condition: str
    status_value: str


SEARCHES = (
    _Search("new", "created_at", "eq", "pending"),
    _Search("canceled", "updated_at", "eq", "canceled"),
    _Search("changed", "updated_at", "neq", "canceled"),
)


class _Rejected(Exception):
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


def _read_cursor(cursor: str | None) -> dict[str, str]:
    """Our JSON cursor; a bare timestamp is taken for every search; anything unreadable starts over (the upsert
    is idempotent, so reading everything again costs time, never data)."""
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        data = cursor
    floors: dict[str, str] = {}
    if isinstance(data, str):
        data = {search.key: data for search in SEARCHES}
    if not isinstance(data, dict):
        return {}
    for search in SEARCHES:
        try:
            floors[search.key] = parse_magento_time(data.get(search.key)).strftime(DATE_FORMAT)
        except ValueError:
            continue
    return floors


def _quantity(value: Any, what: str) -> int:
    try:
        amount = to_decimal(value if value is not None else 0)
    except ValueError:
        raise _Rejected(f"{what} has no readable quantity ({value!r}).") from None
    if amount != amount.to_integral_value():
        raise _Rejected(f"{what} has a fractional quantity ({amount}), which OrderDesk cannot hold.")
    return int(amount)


def _money(value: Any, what: str) -> Decimal:
    try:
        return to_decimal(value if value not in (None, "") else 0)
    except ValueError:
        raise _Rejected(f"{what} is not an amount ({value!r}).") from None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _address(raw: Any) -> Address:
    if not isinstance(raw, dict):
        return Address()
    street = raw.get("street")
    if isinstance(street, list):
        street = ", ".join(_text(part) for part in street if _text(part))
    region = raw.get("region")
    if isinstance(region, dict):  # customer addresses nest it; order addresses do not
        region = region.get("region")
    name = " ".join(_text(raw.get(key)) for key in ("firstname", "middlename", "lastname") if _text(raw.get(key)))
    return Address(
        name=name,
        company=_text(raw.get("company")),
        street=_text(street),
        city=_text(raw.get("city")),
        postcode=_text(raw.get("postcode")),
        region=_text(region),
        country=_text(raw.get("country_id")),
        phone=_text(raw.get("telephone")),
    )


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
    status, state = _text(raw.get("status")), _text(raw.get("state"))
    admins = status_map.to_local(status or state) if status_map else None
    mapped = admins or BY_STATUS.get(status) or BY_STATE.get(state)
    if mapped is None:
        raise _Rejected(f"its Magento status '{status}' (state '{state}') is not one OrderDesk knows.")
    shipped_any = any(_quantity(item.get("qty_shipped"), "item") > 0 for item in top) or any(
        _quantity(child.get("qty_shipped"), "item") > 0 for kids in children.values() for child in kids
    )
    if mapped == S.RETURNED and not shipped_any:
        return S.CANCELLED  # refunded before anything left the warehouse
    if mapped == S.PROCESSING and top and all(_item_shipped(i, children.get(i.get("item_id"), [])) for i in top):
        return S.DISPATCHED
    return mapped


def map_payment(raw: dict[str, Any], grand_total: Decimal) -> PaymentStatus:
    status, state = _text(raw.get("status")), _text(raw.get("state"))
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
    """One Magento order as an OrderRecord; _Rejected with a plain reason when a required field is missing."""
    if not isinstance(raw, dict):
        raise _Rejected("it is not an order object.")
    entity_id = raw.get("entity_id")
    if isinstance(entity_id, str) and entity_id.strip().isdigit():
        entity_id = int(entity_id)
    if not isinstance(entity_id, int) or isinstance(entity_id, bool):
        raise _Rejected("it has no entity_id.")
    reference = _text(raw.get("increment_id"))
    if not reference:
        raise _Rejected("it has no increment_id.")
    currency = _text(raw.get("order_currency_code")) or _text(raw.get("base_currency_code"))
    if not currency:
        raise _Rejected("it has no order_currency_code.")
    items = raw.get("items")
    if not isinstance(items, list) or not items:
        raise _Rejected("it has no items.")
    try:
        created = parse_magento_time(raw.get("created_at"))
        updated = parse_magento_time(raw.get("updated_at")) if raw.get("updated_at") else created
    except ValueError:
        raise _Rejected(f"its created_at/updated_at ({raw.get('created_at')!r}) is not a date.") from None

    ids = {item.get("item_id") for item in items if isinstance(item, dict)}
    children: dict[Any, list[dict[str, Any]]] = {}
    top: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            raise _Rejected("one of its items is not an object.")
        parent = item.get("parent_item_id")
        if parent and parent in ids:
            children.setdefault(parent, []).append(item)
        else:
            top.append(item)
    lines: list[LineRecord] = []
    line_data: dict[str, Any] = {}
    for item in top:
        item_id = item.get("item_id")
        sku = _text(item.get("sku"))
        if item_id in (None, "") or not sku:
            raise _Rejected(f"an item ({sku or 'no sku'}) has no item_id or sku.")
        what = f"item {sku}"
        quantity = _quantity(item.get("qty_ordered"), what)
        if quantity <= 0:
            raise _Rejected(f"{what} has no quantity.")
        price = _money(item.get("price"), f"the price of {what}")
        kids = children.get(item_id, [])
        kid_data: list[dict[str, Any]] = [
            {
                "item_id": kid.get("item_id"),
                "sku": _text(kid.get("sku")),
                "qty": _quantity(kid.get("qty_ordered"), what),
            }
            for kid in kids
        ]
        if price == ZERO and kids:
            # A dynamic-price bundle may carry its price on the components.
            total = sum((_money(k.get("price"), what) * _quantity(k.get("qty_ordered"), what) for k in kids), ZERO)
            price = round_money(total / quantity, currency)
        name = _text(item.get("name")) or sku
        product_type = _text(item.get("product_type"))
        if product_type == "bundle" and kid_data:
            parts = ", ".join(f"{kid['sku']} ×{max(1, kid['qty'] // quantity)}" for kid in kid_data)
            name = f"{name} ({parts})"
        lines.append(LineRecord(sku=sku, name=name, quantity=quantity, unit_price=price, external_id=str(item_id)))
        line_data[str(item_id)] = {"product_type": product_type, "children": kid_data}

    grand_total = _money(raw.get("grand_total"), "grand_total")
    billing = _address(raw.get("billing_address"))
    billing_email = _text(raw["billing_address"].get("email")) if isinstance(raw.get("billing_address"), dict) else ""
    customer_name = " ".join(
        _text(raw.get(key)) for key in ("customer_firstname", "customer_lastname") if _text(raw.get(key))
    )
    customer = Customer(
        name=customer_name or billing.name,
        email=_text(raw.get("customer_email")) or billing_email,
        phone=billing.phone,
    )
    payment: dict[str, Any] = raw["payment"] if isinstance(raw.get("payment"), dict) else {}
    return OrderRecord(
        external_id=str(entity_id),
        reference=reference,
        lines=tuple(lines),
        status=map_status(raw, top, children, status_map),
        channel_status=_text(raw.get("status")) or _text(raw.get("state")),
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
            "state": _text(raw.get("state")),
            "status": _text(raw.get("status")),
            "store_id": raw.get("store_id"),
            "grand_total": str(grand_total),
            "payment_method": _text(payment.get("method")),
            "items": line_data,
        },
    )


def _expect_true(answer: Any, what: str) -> bool:
    if not isinstance(answer, bool):
        raise MalformedResponse(f"Magento answered {what} with {str(answer)[:80]!r} instead of true or false.")
    return answer


def _expect_int(answer: Any, what: str) -> int:
    if isinstance(answer, bool) or not isinstance(answer, int | str) or not str(answer).strip().isdigit():
        raise MalformedResponse(f"Magento answered {what} with {str(answer)[:80]!r} instead of an id.")
    return int(answer)


def _item_quantities(lines: list[dict[str, Any]], action: str) -> list[dict[str, int]]:
    """Our lines as Magento's {"order_item_id", "qty"}; lines with nothing to send are left out."""
    items = []
    for line in lines:
        external_id = _text(line.get("external_id"))
        if not external_id.isdigit():
            raise PermanentError(f"Line {line.get('sku')} has no Magento item id, so Magento cannot {action} it.")
        quantity = int(line.get("quantity") or 0)
        if quantity > 0:
            items.append({"order_item_id": int(external_id), "qty": quantity})
    return items


class MagentoAdapter:
    kind: ClassVar[ChannelKind] = ChannelKind.MAGENTO
    page_size: int = PAGE_SIZE

    def __init__(
        self,
        config: ChannelConfig,
        *,
        http_settings: HttpSettings | None = None,
        session: requests.Session | None = None,
        logger: CallLogger | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        settings = http_settings or HttpSettings()
        if config.rate_limit_per_min and not settings.rate_limit_per_min:
            settings = replace(settings, rate_limit_per_min=config.rate_limit_per_min)
        self.store_code = str(config.options.get("store_code") or "default").strip()
        self.status_map = configured_status_map(config)
        if not re.fullmatch(r"[A-Za-z0-9_]+", self.store_code):
            raise PermanentError(f"'{self.store_code}' is not a Magento store code (letters, digits and _ only).")
        self._password = config.secrets.get("password", "")
        self._secrets: list[str] = [s for s in (self._password,) if s]
        self._token: str | None = None
        self.http = ChannelHttp(
            base_url=config.base_url,
            channel=MAGENTO,
            settings=settings,
            session=session,
            auth_headers=self._auth_headers,
            renew_auth=self._renew_token,
            logger=logger,
            error_reader=self._read_error,
            secrets=self._secrets,
            sleep=sleep,
        )
        self.increff = IncreffClient(
            config, http_settings=settings, session=session, logger=logger, sleep=sleep, secrets=self._secrets
        )

    def _read_error(self, response: requests.Response) -> str:
        # The message travels in exceptions, which are never redacted later: mask what we know is secret now.
        return mask_secrets(magento_error_reader(response), self._secrets)

    # ---- auth ------------------------------------------------------------------------------------
    def _path(self, path: str) -> str:
        return f"rest/{self.store_code}/V1/{path}"

    def _fetch_token(self) -> str:
        if not self.config.username or not self._password:
            raise AuthError("Magento needs the admin user and password; fill them in the channel settings.")
        answer = self.http.json(
            "POST",
            "rest/V1/integration/admin/token",
            json_body={"username": self.config.username, "password": self._password},
            authenticated=False,
            idempotent=True,  # asking for a token twice does no harm
            operation="admin token",
        )
        if not isinstance(answer, str) or not answer.strip():
            raise MalformedResponse("Magento answered the token request without a token.")
        self._secrets.append(answer)
        self._token = answer
        return answer

    def _auth_headers(self) -> dict[str, str]:
        token = self._token or self._fetch_token()
        return {"Authorization": f"Bearer {token}"}

    def _renew_token(self) -> None:
        self._token = None
        self._fetch_token()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.http.json(method, self._path(path), **kwargs)

    # ---- test connection -------------------------------------------------------------------------
    def test_connection(self) -> str:
        self._fetch_token()
        data = self._call(
            "GET", "orders", params=search_params([], page_size=1, current_page=1), operation="connection test"
        )
        total = self._total(data)
        line = f"Connected to Magento store '{self.store_code}': {total} order{'s' if total != 1 else ''}."
        if self.increff.configured:
            try:
                line += " " + self.increff.check()
            except ChannelError as exc:
                # Same kind of error (auth stays auth), saying that the Magento half is fine.
                raise type(exc)(
                    f"{line[:-1]}, but Increff Omni failed: {exc.message}",
                    http_status=exc.http_status,
                    channel_message=exc.channel_message,
                ) from None
        else:
            self.increff.attribute_map()  # a mapping that cannot be read is worth knowing now
        return line

    # ---- pull ------------------------------------------------------------------------------------
    def cursor_since(self, since: datetime) -> str:
        """The cursor that pulls everything placed, cancelled or changed since a moment (the engine's reconcile)."""
        floor = utc(since).strftime(DATE_FORMAT)
        return json.dumps({search.key: floor for search in SEARCHES}, sort_keys=True)

    def fetch_orders(self, cursor: str | None) -> Iterator[Page]:
        floors = _read_cursor(cursor)
        seen: set[tuple[str, str]] = set()
        yielded = False
        for search in SEARCHES:
            for page in self._pull(search, floors, seen):
                yielded = True
                yield page
        if not yielded:
            yield Page(records=[], cursor=json.dumps(floors, sort_keys=True) if floors else cursor)

    def _pull(self, search: _Search, floors: dict[str, str], seen: set[tuple[str, str]]) -> Iterator[Page]:
        floor = floors.get(search.key)
        page_no = 1
        for _ in range(MAX_REQUESTS):
            groups = [[("status", search.status_value, search.status_condition)]]
            if floor:
                groups.append([(search.date_field, floor, "gteq")])
            params = search_params(
                groups,
                page_size=self.page_size,
                current_page=page_no,
                sort=[(search.date_field, "ASC"), ("entity_id", "ASC")],
            )
            data = self._call("GET", "orders", params=params, operation=f"list orders ({search.key})")
            total = self._total(data)
            items = data.get("items") or []
            if not isinstance(items, list):
                raise MalformedResponse("Magento answered the order list without an items list.")
            records: list[OrderRecord] = []
            rejected: list[tuple[str, str]] = []
            newest = floor
            for raw in items:
                stamp = self._stamp(raw, search.date_field)
                if stamp and (newest is None or stamp > newest):
                    newest = stamp
                label = _text(raw.get("increment_id") or raw.get("entity_id")) if isinstance(raw, dict) else ""
                key = (
                    _text(raw.get("entity_id")) if isinstance(raw, dict) else "",
                    self._stamp(raw, "updated_at") or "",
                )
                if key[0] and key in seen:
                    continue  # found by an earlier search of this run, unchanged since
                seen.add(key)
                try:
                    records.append(map_order(raw, self.status_map))
                except _Rejected as exc:
                    rejected.append((label or "?", f"Magento order {label or '?'} cannot be imported: {exc}"))
            if newest:
                floors[search.key] = newest
            if items:
                yield Page(records=records, cursor=json.dumps(floors, sort_keys=True), rejected=rejected)
            if not items or page_no * self.page_size >= total:
                return
            if newest != floor:
                floor, page_no = newest, 1
            else:
                page_no += 1
        raise MalformedResponse(f"Magento kept answering more orders after {MAX_REQUESTS} pages; the pull stopped.")

    @staticmethod
    def _stamp(raw: Any, field: str) -> str | None:
        if not isinstance(raw, dict):
            return None
        try:
            return parse_magento_time(raw.get(field)).strftime(DATE_FORMAT)
        except ValueError:
            return None

    @staticmethod
    def _total(data: Any) -> int:
        if not isinstance(data, dict) or not isinstance(data.get("total_count"), int):
            raise MalformedResponse("Magento answered the order list without a total_count.")
        return int(data["total_count"])

    # ---- push ------------------------------------------------------------------------------------
    def push(self, event: OutboundEvent) -> PushResult:
        handlers: dict[EventKind, Callable[[OutboundEvent], PushResult]] = {
            EventKind.ACKNOWLEDGE: self._set_status,
            EventKind.STATUS: self._set_status,
            EventKind.CANCEL: self._cancel,
            EventKind.DISPATCH: self._dispatch,
            EventKind.INVOICE: self._invoice,
            EventKind.STOCK: self._stock,
            EventKind.RETURN: self.increff.create_return,
            EventKind.ATTRIBUTES: self.increff.update_attributes,
        }
        handler = handlers.get(event.kind)
        if handler is None:
            raise UnsupportedAction(
                f"Magento has no way to take a change of kind '{event.kind.value}': it stays in OrderDesk only."
            )
        return handler(event)

    def already_applied(self, event: OutboundEvent) -> PushResult | None:
        if event.kind in (EventKind.ACKNOWLEDGE, EventKind.STATUS):
            return self._status_already_set(event, self._target_status(event), self._status_of(event))
        if event.kind == EventKind.CANCEL:
            if self._status_of(event) == "canceled":
                return PushResult(message=f"Magento already shows order {event.order.reference} as canceled.")
            return None
        if event.kind == EventKind.DISPATCH:
            return self._existing_shipment(event)
        if event.kind == EventKind.INVOICE:
            return self._existing_invoice(event)
        if event.kind == EventKind.STOCK:
            return self._stock_matches(event)
        if event.kind == EventKind.RETURN:
            return self.increff.return_exists(event)
        # ATTRIBUTES is a PUT of the full values: sending it again is the read-back.
        return None

    def _entity_id(self, event: OutboundEvent) -> int:
        value = event.order.channel_data.get("entity_id") or event.order.external_id
        try:
            return int(value)
        except (TypeError, ValueError):
            raise PermanentError(f"Order {event.order.reference} has no Magento entity id to send it with.") from None

    def _status_of(self, event: OutboundEvent) -> str:
        answer = self._call(
            "GET",
            f"orders/{self._entity_id(event)}/statuses",
            operation="read order status",
            order_reference=event.order.reference,
        )
        if not isinstance(answer, str):
            raise MalformedResponse(f"Magento answered the status request with {str(answer)[:80]!r}.")
        return answer

    def _target_status(self, event: OutboundEvent) -> str:
        wanted = str(event.payload.get("status") or (S.PROCESSING if event.kind == EventKind.ACKNOWLEDGE else ""))
        try:
            ours = OrderStatus(wanted)
        except ValueError:
            raise PermanentError(f"'{wanted}' is not an order status.") from None
        status = self.status_map.to_channel(ours) or MAGENTO_STATUS.get(ours)
        if status is None:
            raise UnsupportedAction(
                f"Magento has no '{ours.value}' order status, so it cannot hear of this change; "
                "it stays in OrderDesk only."
            )
        return status

    def _comment(self, entity_id: int, event: OutboundEvent, status: str, comment: str) -> None:
        answer = self._call(
            "POST",
            f"orders/{entity_id}/comments",
            json_body={
                "statusHistory": {
                    "comment": comment,
                    "status": status,
                    "is_customer_notified": 0,
                    "is_visible_on_front": 0,
                    "parent_id": entity_id,
                }
            },
            idempotent=False,
            operation=f"comment ({status})",
            order_reference=event.order.reference,
        )
        _expect_true(answer, "the comment")

    @staticmethod
    def _status_already_set(event: OutboundEvent, target: str, current: str) -> PushResult | None:
        reference = event.order.reference
        if current == target:
            return PushResult(message=f"Magento already shows order {reference} as '{target}'.")
        if event.kind == EventKind.ACKNOWLEDGE and current == "complete":
            return PushResult(message=f"Magento order {reference} is already complete; nothing left to acknowledge.")
        return None

    def _set_status(self, event: OutboundEvent) -> PushResult:
        target = self._target_status(event)
        entity_id = self._entity_id(event)
        current = self._status_of(event)
        done = self._status_already_set(event, target, current)
        if done is not None:
            return done
        if current in FINAL_STATUSES:
            raise PermanentError(
                f"Magento order {event.order.reference} is {current}; it was not set to '{target}' "
                "(that would reopen it in Magento)."
            )
        if current == "holded":
            raise PermanentError(
                f"Magento order {event.order.reference} is on hold; release the hold in Magento first, "
                f"then it can be set to '{target}'."
            )
        words = "acknowledged by the warehouse" if event.kind == EventKind.ACKNOWLEDGE else f"set to {target}"
        self._comment(entity_id, event, target, f"OrderDesk: order {words}.")
        return PushResult(message=f"Magento order {event.order.reference} is now '{target}'.")

    def _cancel(self, event: OutboundEvent) -> PushResult:
        entity_id = self._entity_id(event)
        answer = self._call(
            "POST",
            f"orders/{entity_id}/cancel",
            idempotent=True,  # cancelling twice cancels once; Magento answers false the second time
            operation="cancel order",
            order_reference=event.order.reference,
        )
        # Magento 2.4.7 may answer the order itself instead of true.
        done = answer.get("status") == "canceled" if isinstance(answer, dict) else _expect_true(answer, "the cancel")
        if not done:
            status = self._status_of(event)
            if status != "canceled":
                raise PermanentError(
                    f"Magento would not cancel order {event.order.reference}: it is '{status}' "
                    "(shipped, invoiced, held or under payment review orders cannot be cancelled)."
                )
        result = PushResult(message=f"Magento order {event.order.reference} is canceled.")
        reason = _text(event.payload.get("reason"))
        if reason:
            try:
                self._comment(entity_id, event, "canceled", f"Cancelled in OrderDesk: {reason}")
            except (PermanentError, MalformedResponse) as exc:
                result.warnings.append(f"The cancellation reason could not be added as a comment: {exc.message}")
        return result

    def _dispatch(self, event: OutboundEvent) -> PushResult:
        entity_id = self._entity_id(event)
        payload = event.payload
        consignment = _text(payload.get("consignment_number") or event.order.consignment_number)
        carrier = _text(payload.get("carrier") or event.order.carrier)
        if not consignment or not carrier:
            raise PermanentError("A dispatch to Magento needs the consignment number and the carrier.")
        items = _item_quantities(payload.get("lines") or [], "ship")
        body: dict[str, Any] = {"notify": True}
        if items:
            body["items"] = items
        body["tracks"] = [
            {
                "track_number": consignment,
                "title": carrier,
                "carrier_code": CARRIER_CODES.get(carrier.lower(), "custom"),
            }
        ]
        try:
            answer = self._call(
                "POST",
                f"order/{entity_id}/ship",
                json_body=body,
                idempotent=False,  # Magento would ship what is left a second time
                operation="ship order",
                order_reference=event.order.reference,
            )
        except PermanentError:
            existing = self._existing_shipment(event)
            if existing is not None:
                return existing
            raise
        shipment_id = _expect_int(answer, "the shipment")
        return PushResult(
            message=f"Magento shipment {shipment_id} created for order {event.order.reference} "
            f"with {carrier} tracking {consignment}."
        )

    def _list(self, what: str, event: OutboundEvent) -> list[dict[str, Any]]:
        params = search_params([[("order_id", str(self._entity_id(event)), "eq")]], page_size=50, current_page=1)
        data = self._call(
            "GET", what, params=params, operation=f"read {what} back", order_reference=event.order.reference
        )
        items = data.get("items") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise MalformedResponse(f"Magento answered the {what} list without an items list.")
        return [item for item in items if isinstance(item, dict)]

    def _existing_shipment(self, event: OutboundEvent) -> PushResult | None:
        consignment = _text(event.payload.get("consignment_number") or event.order.consignment_number)
        for shipment in self._list("shipments", event):
            for track in shipment.get("tracks") or []:
                if isinstance(track, dict) and _text(track.get("track_number")) == consignment:
                    return PushResult(
                        message=f"Magento already has shipment {shipment.get('entity_id')} for order "
                        f"{event.order.reference} with tracking {consignment}."
                    )
        return None

    def _invoice(self, event: OutboundEvent) -> PushResult:
        entity_id = self._entity_id(event)
        payload = event.payload
        body: dict[str, Any] = {
            "capture": bool(payload.get("capture", True)),
            "notify": bool(payload.get("notify", True)),
        }
        items = _item_quantities(payload.get("lines") or [], "invoice")
        if items:
            body["items"] = items
        try:
            answer = self._call(
                "POST",
                f"order/{entity_id}/invoice",
                json_body=body,
                idempotent=False,
                operation="invoice order",
                order_reference=event.order.reference,
            )
        except PermanentError:
            existing = self._existing_invoice(event)
            if existing is not None:
                return existing
            raise
        invoice_id = _expect_int(answer, "the invoice")
        return PushResult(message=f"Magento invoice {invoice_id} created for order {event.order.reference}.")

    def _existing_invoice(self, event: OutboundEvent) -> PushResult | None:
        invoices = self._list("invoices", event)
        if not invoices:
            return None
        ids = ", ".join(str(invoice.get("entity_id")) for invoice in invoices)
        return PushResult(message=f"Magento already has invoice {ids} for order {event.order.reference}.")

    def _stock_target(self, event: OutboundEvent) -> tuple[str, Decimal, bool]:
        sku = _text(event.payload.get("sku"))
        if not sku:
            raise PermanentError("A stock update needs the SKU.")
        try:
            qty = to_decimal(event.payload.get("qty"))
        except ValueError:
            raise PermanentError(f"The stock quantity of {sku} is not a number.") from None
        in_stock = event.payload.get("is_in_stock")
        return sku, qty, bool(in_stock) if in_stock is not None else qty > 0

    def _stock_item(self, sku: str, event: OutboundEvent) -> dict[str, Any]:
        answer = self._call(
            "GET",
            f"stockItems/{quote(sku, safe='')}",
            operation="read stock item",
            order_reference=event.order.reference,
        )
        if not isinstance(answer, dict):
            raise MalformedResponse(f"Magento answered the stock item of {sku} with something that is not an object.")
        return answer

    def _stock(self, event: OutboundEvent) -> PushResult:
        sku, qty, in_stock = self._stock_target(event)
        item_id = event.payload.get("item_id") or self._stock_item(sku, event).get("item_id")
        if item_id in (None, ""):
            raise MalformedResponse(f"Magento did not say which stock item holds {sku}.")
        quantity: int | str = int(qty) if qty == qty.to_integral_value() else str(qty)
        answer = self._call(
            "PUT",
            f"products/{quote(sku, safe='')}/stockItems/{item_id}",
            json_body={"stockItem": {"qty": quantity, "is_in_stock": in_stock}},
            operation="update stock",
            order_reference=event.order.reference,
        )
        _expect_int(answer, "the stock update")
        return PushResult(message=f"Magento stock of {sku} set to {qty} ({'in' if in_stock else 'out of'} stock).")

    def _stock_matches(self, event: OutboundEvent) -> PushResult | None:
        sku, qty, in_stock = self._stock_target(event)
        item = self._stock_item(sku, event)
        try:
            same = to_decimal(item.get("qty")) == qty and bool(item.get("is_in_stock")) == in_stock
        except ValueError:
            return None
        return PushResult(message=f"Magento already holds {qty} of {sku}.") if same else None
