"""The affiliate order system (seed 000): a private JSON API whose contract we define (CHANNELS.md section 1).

Wire format, as this adapter speaks it:
- Auth: `Authorization: Bearer <api token>`. The token is static: a 401 means it is wrong or revoked, so it is
  an AuthError at once (there is nothing to renew).
- `GET /api/orders?updated_since=<ISO 8601>&page=<n>&per_page=<n>` answers
  `{"data": [order, ...], "meta": {"page", "pages", "total"}}` (Laravel's `current_page`/`last_page` are read
  too), sorted by `updated_at` then `id`, `updated_since` inclusive. `GET /api/orders?reference=<ref>` finds
  split orders by the reference we gave them; `GET /api/orders/{id}` answers `{"data": order}`.
- Order: `id`, `order_number`, `affiliate_id`, `commission_rate` (percent, string), `commission`, `status`,
  `payment_status` (optional: paid, unpaid, refunded, invoice), `currency` (optional, EUR when absent),
  `customer {name, email, phone}`, `shipping_address {name, company, street, city, postcode, region, country,
  phone}`, `items [{id, sku, name, quantity, unit_price}]`, `shipping_total` (optional; else total less items),
  `total`, `consignment_number`, `courier`, `reference`/`parent_id` (split orders), `created_at`, `updated_at`.
  Money travels as strings ("12.50") both ways.
- Push: ACKNOWLEDGE/STATUS/CANCEL -> `PUT /api/orders/{id}/status {"status"[, "reason"]}`; DISPATCH -> the same
  with `consignment_number` and `courier`; EDIT -> `PUT /api/orders/{id}` with customer, shipping_address and the
  full item list (existing lines carry their `id`; lines left out are removed); SPLIT ->
  `POST /api/orders/{id}/split {"orders": [{"reference", "items": [{"item_id", "sku", "quantity"}]}]}` answering
  `{"orders": [{"id", "reference", "order_number"}]}`.
- Errors: `{"message": "...", "errors": {field: [text]}}`.
- Status mapping (the admin's "status_map" option, orderdesk.core.status_map): a pulled status word the admin
  mapped reads as the admin's status, ahead of the built-in table (channel_status keeps the word as sent); the
  status PUT (ACKNOWLEDGE/STATUS/CANCEL and DISPATCH) sends the admin's word for our status instead of ours, and
  already_applied() reads the order's word back through the same mapping.

Pulling pages by keyset: every request after the first asks again from the newest `updated_at` seen (page 1),
skipping orders already read. The cursor after a page is `<updated_at>|<id>` of its last order
(orderdesk/channels/keyset.py), so a pull stopped among many orders of one second goes on from there when
restarted; a finished pull stores the time alone, so the next pull reads that last second again. Plain page
numbers over a list sorted by `updated_at` skip an order whenever another one is updated mid-run (it moves to the
end and everything behind it shifts back a place); asking from the newest timestamp seen cannot skip. Page
numbers are used only while a whole page shares one timestamp.

Splitting without duplicates: the split POST is not idempotent, so push(SPLIT) always looks every part up by its
reference first (one GET per part; splits are rare, so we pay it every time rather than guess whether this is a
retry) and posts only the parts the channel does not have yet. already_applied(SPLIT) does the same look-up.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import quote

import requests

from orderdesk.channels import keyset
from orderdesk.channels.base import ChannelConfig, Page, PushResult
from orderdesk.channels.errors import AuthError, MalformedResponse, PermanentError, TransientError, UnsupportedAction
from orderdesk.channels.http import CallLogger, ChannelHttp, HttpSettings, default_error_reader
from orderdesk.channels.redaction import redact_text
from orderdesk.channels.status_mapping import configured_status_map
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.money import to_decimal
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.status_map import StatusMap
from orderdesk.core.statuses import OrderStatus, PaymentStatus

LABEL = "the affiliate order system"
DEFAULT_PAGE_SIZE = 50
MAX_PAGES = 10_000  # a guard against a server whose paging never ends

# The affiliate system uses our own words for statuses.
STATUSES: dict[str, OrderStatus] = {status.value: status for status in OrderStatus}
PAYMENT_STATUSES: dict[str, PaymentStatus] = {
    "paid": PaymentStatus.PAID,
    "unpaid": PaymentStatus.UNPAID,
    "pending": PaymentStatus.UNPAID,
    "refunded": PaymentStatus.REFUNDED,
    "invoice": PaymentStatus.INVOICE_LATER,
}
STATUS_EVENTS = frozenset({EventKind.ACKNOWLEDGE, EventKind.STATUS, EventKind.CANCEL})
# Once dispatched, an order that moved on to these has had its dispatch applied.
DISPATCHED_OR_LATER = frozenset({OrderStatus.DISPATCHED, OrderStatus.DELIVERED, OrderStatus.RETURNED})


class Rejected(ValueError):
    """One order cannot be read; the reason is in plain words."""


def error_reader(response: requests.Response) -> str:
    """The API's `message`, plus the field errors it does not already say."""
    message = default_error_reader(response)
    try:
        body = response.json()
    except ValueError:
        return message
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, dict):
        extra = [
            str(text)
            for texts in errors.values()
            for text in (texts if isinstance(texts, list) else [texts])
            if str(text) and str(text) not in message
        ]
        if extra:
            message = f"{message} ({' '.join(extra)})"
    return message


class AffiliateAdapter:
    kind: ClassVar[ChannelKind] = ChannelKind.AFFILIATE

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
        self._token = config.secrets.get("token", "")
        self._secrets = [self._token] if self._token else []
        settings = (http_settings or HttpSettings()).with_rate_limit(config.rate_limit_per_min)
        # The API caps per_page at 100.
        self.per_page = max(1, min(100, _int(config.options.get("page_size"), DEFAULT_PAGE_SIZE)))
        self.status_map = configured_status_map(config)
        self.http = ChannelHttp(
            base_url=config.base_url,
            channel=config.name or "The affiliate order system",
            settings=settings,
            session=session,
            auth_headers=self._auth_headers,
            renew_auth=None,  # a static API token: a 401 is final
            logger=logger,
            error_reader=self._read_error,
            secrets=self._secrets,
            sleep=sleep,
        )

    def _read_error(self, response: requests.Response) -> str:
        # The channel's words go into exception messages, which are not redacted downstream.
        return redact_text(error_reader(response), self._secrets)

    def _auth_headers(self) -> Mapping[str, str]:
        if not self._token:
            raise AuthError(f"No API token is set for {self.http.channel}. Enter it in the channel settings.")
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    # ---- connection ---------------------------------------------------------------------------------
    def test_connection(self) -> str:
        body = self.http.json("GET", "/api/orders", params={"per_page": 1}, operation="test connection")
        _, meta = _envelope(body, self.http.channel)
        total = meta.get("total")
        if isinstance(total, int) and not isinstance(total, bool):
            return f"Connected to {LABEL}: {total} order{'' if total == 1 else 's'}."
        return f"Connected to {LABEL}."

    # ---- pull ---------------------------------------------------------------------------------------
    def cursor_since(self, since: datetime) -> str:
        """The cursor that pulls everything changed since a moment (the engine's reconcile uses it)."""
        return format_time(utc(since))

    def fetch_orders(self, cursor: str | None) -> Iterator[Page]:
        since, after_id = parse_cursor_position(cursor)
        position = (since, after_id)  # the last order handed over: everything up to it is skipped
        page_number = 1
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"page": page_number, "per_page": self.per_page}
            if since is not None:
                params["updated_since"] = format_time(since)
            body = self.http.json("GET", "/api/orders", params=params, operation="pull orders")
            data, meta = _envelope(body, self.http.channel)
            records: list[OrderRecord] = []
            rejected: list[tuple[str, str]] = []
            page_newest: datetime | None = None
            for raw in data:
                stamp, order_id = _updated_at(raw), _id_of(raw)
                if stamp is not None:
                    page_newest = stamp if page_newest is None else max(page_newest, stamp)
                if keyset.covered(stamp, order_id, *position):
                    continue  # read already: by an earlier page of this run, or before the cursor was stored
                if stamp is not None:
                    position = max(position, (stamp, order_id), key=_position_key)
                try:
                    records.append(order_record(raw, self.status_map))
                except Rejected as exc:
                    rejected.append((order_id, str(exc)))
            current = _int(meta.get("page", meta.get("current_page")), page_number)
            pages = _int(meta.get("pages", meta.get("last_page")), current)
            last = not data or current >= pages
            if records or rejected or last:  # a page all read already has nothing to commit
                yield Page(records, _cursor_text(position, finished=last) or cursor, rejected)
            if last:
                return
            if page_newest is not None and (since is None or page_newest > since):
                since, page_number = page_newest, 1
            else:
                page_number += 1  # the whole page shares one timestamp: step within it
        raise MalformedResponse(f"{self.http.channel} kept offering more pages after {MAX_PAGES}; stopped reading.")

    # ---- push ---------------------------------------------------------------------------------------
    def push(self, event: OutboundEvent) -> PushResult:
        if event.kind in STATUS_EVENTS:
            return self._push_status(event)
        if event.kind == EventKind.DISPATCH:
            return self._push_dispatch(event)
        if event.kind == EventKind.EDIT:
            return self._push_edit(event)
        if event.kind == EventKind.SPLIT:
            return self._push_split(event)
        raise UnsupportedAction(f"{LABEL.capitalize()} has no way to take a {event.kind.value} change.")

    def _push_status(self, event: OutboundEvent) -> PushResult:
        status = str(event.payload.get("status") or "")
        if status not in STATUSES or status == "dispatched":
            raise PermanentError(f"'{status}' is not a status that can be sent to {LABEL} this way.")
        body: dict[str, Any] = {"status": self._word(status)}
        if event.kind == EventKind.CANCEL and event.payload.get("reason"):
            body["reason"] = str(event.payload["reason"])
        self._put_status(event, body)
        return PushResult(message=f"Order {event.order.reference} set to {status} on {LABEL}.")

    def _push_dispatch(self, event: OutboundEvent) -> PushResult:
        number = event.payload.get("consignment_number") or event.order.consignment_number
        courier = event.payload.get("carrier") or event.order.carrier
        if not number or not courier:
            raise PermanentError(f"{LABEL.capitalize()} needs a consignment number and a courier to dispatch.")
        body = {"status": self._word("dispatched"), "consignment_number": str(number), "courier": str(courier)}
        self._put_status(event, body)
        return PushResult(message=f"Order {event.order.reference} dispatched with {courier} {number} on {LABEL}.")

    def _word(self, status: str) -> str:
        """The status word the channel takes for one of ours: the admin's, else ours."""
        return self.status_map.to_channel(status) or status

    def _put_status(self, event: OutboundEvent, body: dict[str, Any]) -> None:
        answer = self.http.json(
            "PUT",
            f"/api/orders/{_order_id(event)}/status",
            json_body=body,
            operation=f"set status {body['status']}",
            order_reference=event.order.reference,
        )
        _data(answer, self.http.channel)

    def _push_edit(self, event: OutboundEvent) -> PushResult:
        payload = event.payload
        body = {
            "customer": _customer_body(payload.get("customer"), event.order.customer),
            "shipping_address": _address_body(payload.get("shipping_address"), event.order.shipping_address),
            "items": _items_body(payload.get("lines"), event.order.lines),
        }
        answer = self.http.json(
            "PUT",
            f"/api/orders/{_order_id(event)}",
            json_body=body,
            operation="edit order",
            order_reference=event.order.reference,
        )
        order = _data(answer, self.http.channel)
        warnings = []
        ours, theirs = payload.get("commission"), order.get("commission")
        if ours is not None and theirs is not None and _same_amount(ours, theirs) is False:
            warnings.append(f"{LABEL.capitalize()} computed a commission of {theirs}; OrderDesk has {ours}.")
        return PushResult(message=f"Order {event.order.reference} updated on {LABEL}.", warnings=warnings)

    def _push_split(self, event: OutboundEvent) -> PushResult:
        parts = _split_parts(event)
        found = self._find_parts(event, parts)
        missing = [part for part in parts if part["reference"] not in found]
        if missing:
            body = {
                "orders": [
                    {"reference": part["reference"], "items": [_split_item(line) for line in part.get("lines") or []]}
                    for part in missing
                ]
            }
            answer = self.http.json(
                "POST",
                f"/api/orders/{_order_id(event)}/split",
                json_body=body,
                operation="split order",
                order_reference=event.order.reference,
            )
            created = answer.get("orders") if isinstance(answer, dict) else None
            if not isinstance(created, list):
                raise MalformedResponse(f"{self.http.channel} answered the split without the list of new orders.")
            for item in created:
                if isinstance(item, dict) and item.get("id") is not None:
                    found[str(item.get("reference") or item.get("order_number") or "")] = str(item["id"])
            absent = [part["reference"] for part in missing if part["reference"] not in found]
            if absent:
                raise MalformedResponse(
                    f"{self.http.channel} accepted the split but did not name the new order(s) {', '.join(absent)}."
                )
        ids = {int(part["order_id"]): found[part["reference"]] for part in parts}
        names = ", ".join(f"{part['reference']} (id {found[part['reference']]})" for part in parts)
        return PushResult(message=f"Order {event.order.reference} split into {names} on {LABEL}.", external_ids=ids)

    def _find_parts(self, event: OutboundEvent, parts: list[dict[str, Any]]) -> dict[str, str]:
        """Channel ids of the split parts that already exist, by reference."""
        parent = _order_id(event)
        found: dict[str, str] = {}
        for part in parts:
            reference = part["reference"]
            body = self.http.json(
                "GET",
                "/api/orders",
                params={"reference": reference, "per_page": 10},
                operation="find split order",
                order_reference=reference,
            )
            data, _ = _envelope(body, self.http.channel)
            for raw in data:
                if str(raw.get("reference") or raw.get("order_number") or "") != reference:
                    continue
                if raw.get("parent_id") is not None and str(raw["parent_id"]) != parent:
                    raise PermanentError(
                        f"{LABEL.capitalize()} already has an order {reference} split from another order "
                        f"(id {raw['parent_id']}); the split of {event.order.reference} cannot use that reference."
                    )
                found[reference] = str(raw.get("id"))
                break
        return found

    # ---- read-back after a lost answer --------------------------------------------------------------
    def already_applied(self, event: OutboundEvent) -> PushResult | None:
        if event.kind == EventKind.SPLIT:
            parts = _split_parts(event)
            found = self._find_parts(event, parts)
            if any(part["reference"] not in found for part in parts):
                return None
            ids = {int(part["order_id"]): found[part["reference"]] for part in parts}
            return PushResult(
                message=f"The split of {event.order.reference} had already reached {LABEL}.", external_ids=ids
            )
        if event.kind not in STATUS_EVENTS | {EventKind.DISPATCH, EventKind.EDIT}:
            raise UnsupportedAction(f"{LABEL.capitalize()} has no way to take a {event.kind.value} change.")
        answer = self.http.json(
            "GET",
            f"/api/orders/{_order_id(event)}",
            operation="read order",
            order_reference=event.order.reference,
        )
        order = _data(answer, self.http.channel)
        status = _status_of(str(order.get("status") or ""), self.status_map)
        applied = f"Order {event.order.reference} already showed the change on {LABEL}."
        if event.kind == EventKind.DISPATCH:
            number = event.payload.get("consignment_number") or event.order.consignment_number
            if status in DISPATCHED_OR_LATER and str(order.get("consignment_number") or "") == str(number or ""):
                return PushResult(message=applied)
            return None
        if event.kind == EventKind.EDIT:
            return PushResult(message=applied) if _edit_matches(event, order) else None
        return PushResult(message=applied) if status == str(event.payload.get("status") or "") else None


# ---- reading orders -----------------------------------------------------------------------------------
def order_record(raw: Any, status_map: StatusMap | None = None) -> OrderRecord:
    """One affiliate order as a channel-neutral record; Rejected with a plain reason when it cannot be read."""
    if not isinstance(raw, dict):
        raise Rejected("the order is not a JSON object")
    for name in ("id", "order_number", "status", "items", "updated_at"):
        if raw.get(name) in (None, ""):
            raise Rejected(f"the order has no {name.replace('_', ' ')}")
    status_text = str(raw["status"])
    status = _status_of(status_text, status_map)
    if status is None:
        raise Rejected(f"unknown status '{status_text}'")
    payment = PaymentStatus.PAID
    if raw.get("payment_status") not in (None, ""):
        payment_text = str(raw["payment_status"])
        found_payment = PAYMENT_STATUSES.get(payment_text.strip().lower())
        if found_payment is None:
            raise Rejected(f"unknown payment status '{payment_text}'")
        payment = found_payment
    lines = _lines(raw["items"])
    lines_total = sum((line.total for line in lines), Decimal(0))
    shipping = _shipping(raw, lines_total)
    rate = _amount(raw.get("commission_rate"), "commission rate") if raw.get("commission_rate") is not None else None
    channel_data: dict[str, Any] = {
        "id": raw["id"],
        "order_number": str(raw["order_number"]),
        "affiliate_id": raw.get("affiliate_id"),
        "commission": None if raw.get("commission") is None else str(raw["commission"]),
    }
    if raw.get("parent_id") is not None:
        channel_data["parent_id"] = raw["parent_id"]
    return OrderRecord(
        external_id=str(raw["id"]),
        reference=str(raw["order_number"]),
        lines=lines,
        status=status,
        channel_status=status_text,
        payment_status=payment,
        source="affiliate",
        customer=_customer(raw.get("customer")),
        shipping_address=_address(raw.get("shipping_address")),
        billing_address=_address(raw.get("billing_address")),
        currency=str(raw.get("currency") or "EUR").upper(),
        shipping_total=shipping,
        commission_rate=rate,
        created_at=_time(raw.get("created_at"), "created at") if raw.get("created_at") else None,
        updated_at=_time(raw["updated_at"], "updated at"),
        consignment_number=_text_or_none(raw.get("consignment_number")),
        carrier=_text_or_none(raw.get("courier")),
        channel_data=channel_data,
    )


def _status_of(word: str, status_map: StatusMap | None) -> OrderStatus | None:
    """The admin's mapping first, then the built-in one (the affiliate system's own words are ours)."""
    mapped = status_map.to_local(word) if status_map else None
    return mapped or STATUSES.get(word.strip().lower())


def _lines(items: Any) -> tuple[LineRecord, ...]:
    if not isinstance(items, list) or not items:
        raise Rejected("the order has no items")
    lines = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise Rejected(f"item {number} is not a JSON object")
        sku = str(item.get("sku") or "").strip()
        if not sku:
            raise Rejected(f"item {number} has no sku")
        quantity = item.get("quantity")
        if isinstance(quantity, str) and quantity.strip().isdecimal():
            quantity = int(quantity)
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
            raise Rejected(f"item {sku} has no valid quantity ({quantity!r})")
        if item.get("unit_price") is None:
            raise Rejected(f"item {sku} has no unit price")
        lines.append(
            LineRecord(
                sku=sku,
                name=str(item.get("name") or sku),
                quantity=quantity,
                unit_price=_amount(item["unit_price"], f"unit price of {sku}"),
                external_id=None if item.get("id") is None else str(item["id"]),
            )
        )
    return tuple(lines)


def _shipping(raw: dict[str, Any], lines_total: Decimal) -> Decimal:
    if raw.get("shipping_total") is not None:
        return _amount(raw["shipping_total"], "shipping total")
    if raw.get("total") is None:
        return Decimal(0)
    # Without a shipping field, whatever the total holds beyond the items is shipping.
    return max(_amount(raw["total"], "total") - lines_total, Decimal(0))


def _customer(raw: Any) -> Customer:
    data = raw if isinstance(raw, dict) else {}
    return Customer(name=_text(data.get("name")), email=_text(data.get("email")), phone=_text(data.get("phone")))


def _address(raw: Any) -> Address:
    data = raw if isinstance(raw, dict) else {}
    street = data.get("street")
    if street in (None, ""):
        street = "\n".join(_text(data.get(key)) for key in ("address1", "address2") if data.get(key))
    return Address(
        name=_text(data.get("name")),
        company=_text(data.get("company")),
        street=_text(street),
        city=_text(data.get("city")),
        postcode=_text(data.get("postcode") if data.get("postcode") is not None else data.get("zip")),
        region=_text(data.get("region") if data.get("region") is not None else data.get("state")),
        country=_text(data.get("country")),
        phone=_text(data.get("phone")),
    )


def _amount(value: Any, what: str) -> Decimal:
    try:
        return to_decimal(value)
    except ValueError:
        raise Rejected(f"the {what} is not an amount ({value!r})") from None


def _time(value: Any, what: str) -> datetime:
    parsed = parse_time(value)
    if parsed is None:
        raise Rejected(f"the {what} time is not a date ({value!r})")
    return parsed


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return utc(datetime.fromisoformat(value.strip()))
    except ValueError:
        return None


def format_time(value: datetime) -> str:
    """ISO 8601 in UTC with a Z: no `+` for a query string to mangle."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_cursor(cursor: str | None) -> datetime | None:
    """The stored cursor's time; an unreadable one starts over (the engine dedupes what it has already)."""
    return parse_cursor_position(cursor)[0]


def parse_cursor_position(cursor: str | None) -> tuple[datetime | None, str | None]:
    """The stored cursor as (time, last order id read at that time): `<time>|<id>`, or an older `<time>` alone."""
    parsed = keyset.parse(cursor)
    if parsed is None:
        return None, None
    when = parse_time(parsed[0])
    return (when, parsed[1]) if when is not None else (None, None)


def _position_key(position: tuple[datetime | None, str | None]) -> tuple[datetime, tuple[int, int, str]]:
    when, order_id = position
    return (when or datetime.min.replace(tzinfo=UTC), keyset.id_key(order_id))


def _cursor_text(position: tuple[datetime | None, str | None], *, finished: bool) -> str | None:
    """What to store after a page: the time and last id read; a finished pull keeps its last second open."""
    when, order_id = position
    if when is None:
        return None
    return format_time(when) if finished or order_id is None else f"{format_time(when)}{keyset.SEPARATOR}{order_id}"


def _updated_at(raw: Any) -> datetime | None:
    return parse_time(raw.get("updated_at")) if isinstance(raw, dict) else None


def _id_of(raw: Any) -> str:
    if isinstance(raw, dict) and raw.get("id") is not None:
        return str(raw["id"])
    return "?"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _text_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _int(value: Any, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value)
    return default


def _envelope(body: Any, channel: str) -> tuple[list[Any], dict[str, Any]]:
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise MalformedResponse(f"{channel} answered the order list without a 'data' list.")
    meta = body.get("meta")
    return body["data"], meta if isinstance(meta, dict) else {}


def _data(body: Any, channel: str) -> dict[str, Any]:
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict):
        raise MalformedResponse(f"{channel} answered without the order it changed.")
    return data


# ---- writing orders -----------------------------------------------------------------------------------
def _order_id(event: OutboundEvent) -> str:
    order_id = event.order.external_id or str(event.order.channel_data.get("id") or "")
    if not order_id:
        # A split part waits for its split to reach the channel and bring back its id.
        raise TransientError(
            f"Order {event.order.reference} has no affiliate order id yet; it is sent once its split has gone through."
        )
    return quote(order_id, safe="")


def _customer_body(payload: Any, current: Customer) -> dict[str, str]:
    data = (
        payload if isinstance(payload, dict) else {"name": current.name, "email": current.email, "phone": current.phone}
    )
    return {key: _text(data.get(key)) for key in ("name", "email", "phone")}


def _address_body(payload: Any, current: Address) -> dict[str, str]:
    return Address.from_dict(payload if isinstance(payload, dict) else current.as_dict()).as_dict()


def _items_body(payload: Any, current: tuple[LineRecord, ...]) -> list[dict[str, Any]]:
    rows: list[tuple[Any, ...]]
    if isinstance(payload, list):
        rows = [
            (line.get("external_id"), line.get("sku"), line.get("name"), line.get("quantity"), line.get("unit_price"))
            for line in payload
            if isinstance(line, dict)
        ]
    else:
        rows = [(line.external_id, line.sku, line.name, line.quantity, line.unit_price) for line in current]
    items = []
    for external_id, sku, name, quantity, unit_price in rows:
        item: dict[str, Any] = {}
        if external_id:
            item["id"] = int(external_id) if str(external_id).isdecimal() else external_id
        item.update(
            {"sku": str(sku), "name": _text(name) or str(sku), "quantity": int(quantity), "unit_price": str(unit_price)}
        )
        items.append(item)
    return items


def _split_parts(event: OutboundEvent) -> list[dict[str, Any]]:
    parts = event.payload.get("parts")
    if not isinstance(parts, list) or not parts:
        raise PermanentError(f"The split of {event.order.reference} names no new orders.")
    for part in parts:
        if not isinstance(part, dict) or not part.get("reference") or part.get("order_id") is None:
            raise PermanentError(f"The split of {event.order.reference} has a part without a reference.")
    return parts


def _split_item(line: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"sku": str(line["sku"]), "quantity": int(line["quantity"])}
    source = line.get("source_line_external_id")
    if source:
        # Two lines may share a sku; the item id says which one the units come from.
        item["item_id"] = int(source) if str(source).isdecimal() else source
    return item


def _same_amount(a: Any, b: Any) -> bool | None:
    try:
        return to_decimal(a) == to_decimal(b)
    except ValueError:
        return None


def _edit_matches(event: OutboundEvent, order: dict[str, Any]) -> bool:
    """Whether the channel's order already holds the edit: items, customer and address."""
    payload = event.payload
    wanted_items = sorted(
        (str(item["sku"]), int(item["quantity"]), to_decimal(item["unit_price"]))
        for item in _items_body(payload.get("lines"), event.order.lines)
    )
    try:
        theirs = sorted((line.sku, line.quantity, line.unit_price) for line in _lines(order.get("items")))
    except Rejected:
        return False
    if wanted_items != theirs:
        return False
    if _customer_body(payload.get("customer"), event.order.customer) != _customer_body(
        order.get("customer"), Customer()
    ):
        return False
    wanted_address = _address_body(payload.get("shipping_address"), event.order.shipping_address)
    return wanted_address == _address(order.get("shipping_address")).as_dict()
