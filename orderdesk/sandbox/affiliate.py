"""The affiliate order system (seed 000) on loopback: the contract of CHANNELS.md section 1, written from that
contract rather than from our adapter.

It behaves like the Laravel API it stands for: `{"data": ..., "meta": ...}` envelopes, `{"message": "..."}`
errors with `errors: {field: [text]}` on 422, "Unauthenticated." for a wrong token, lists sorted by
`updated_at` then `id` with `updated_since` inclusive, money as strings, timestamps to the second written as
`2024-03-01T09:15:00.000000Z`. The commission is rate x items total (shipping excluded), recomputed on edit;
a split gives each new order rate x its own items and leaves the rest of the original commission on the parent,
so they add up. A split reference that exists already answers the existing order (200) instead of a second one.
"""

from __future__ import annotations

import copy
import math
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from orderdesk.sandbox import affiliate_webhooks as webhooks
from orderdesk.sandbox.affiliate_data import COURIERS, CURRENCIES, CUSTOMERS, PRODUCTS, RATES
from orderdesk.sandbox.server import Faults, Request, Response, Simulator, route

STATUSES = ("pending", "processing", "packed", "dispatched", "delivered", "cancelled", "returned")
NEXT = {
    "pending": {"processing", "cancelled"},
    "processing": {"pending", "packed", "dispatched", "cancelled"},
    "packed": {"processing", "dispatched", "cancelled"},
    "dispatched": {"delivered", "returned"},
    "delivered": {"returned"},
    "cancelled": set(),
    "returned": set(),
}
EDITABLE = {"pending", "processing", "packed"}
DEFAULT_PER_PAGE = 15
MAX_PER_PAGE = 100
CENT = Decimal("0.01")


def money(value: Decimal) -> str:
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def wall_clock() -> datetime:
    """Laravel keeps timestamps to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class Invalid(Exception):
    """A 422: the message and the field errors, as Laravel's validator answers."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class AffiliateSimulator(Simulator):
    name = "affiliate"

    def __init__(self, faults: Faults | None = None, *, orders: int = 14, seed: int = 1) -> None:
        super().__init__(faults)
        self._order_count = orders
        self._seed = seed
        self.clock: Callable[[], datetime] = wall_clock
        self.token = ""
        self.webhook: webhooks.WebhookTarget | None = None  # the desk's listener, when a test sets one
        self.orders: dict[int, dict[str, Any]] = {}
        self._next_order_id = 5001
        self._next_item_id = 90001
        self.reset(self.faults)  # keep the faults it was built with

    def reset(self, faults: Faults | None = None) -> None:
        """Back to the seeded state with a new token and no recorded requests, while the server keeps running."""
        with self.lock:
            self.clear_faults(faults)
            self.tokens.revoke_all()
            # A static API token; it still goes through the token store so `token_ttl_calls` can revoke it.
            self.token = self.tokens.issue("aff")
            self.webhook = None
            self.clock = wall_clock
            self.orders = {}
            self._next_order_id = 5001
            self._next_item_id = 90001
            self._seed_orders(self._order_count, random.Random(self._seed))
            self.requests.clear()

    def demo_config(self) -> dict[str, Any]:
        return {"kind": "affiliate", "url": self.url, "username": "", "options": {}, "secrets": {"token": self.token}}

    def error_body(self, status: int, message: str) -> Any:
        return {"message": message}

    # ---- seeding and helpers tests use ----------------------------------------------------------------
    def _seed_orders(self, count: int, rng: random.Random) -> None:
        start = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
        for index in range(count):
            name, email, phone, street, city, postcode, region, country = CUSTOMERS[index % len(CUSTOMERS)]
            picks = rng.sample(PRODUCTS, k=1 + index % 3)
            items = [(sku, title, rng.randint(1, 3), price) for sku, title, price in picks]
            created = start + timedelta(hours=5 * index, minutes=rng.randint(0, 59))
            status = "pending"
            if index % 7 == 3:
                status = "cancelled"
            elif index % 6 == 4:
                status = "dispatched"
            elif index % 5 == 1:
                status = "processing"
            elif index % 9 == 7:
                status = "packed"
            elif index == 8:
                status = "delivered"
            order = self.add_order(
                items=items,
                customer={"name": name, "email": email, "phone": phone},
                shipping_address={
                    "name": name,
                    "company": "Teahouse Ølstykke ApS" if index == 8 else "",
                    "street": street,
                    "city": city,
                    "postcode": postcode,
                    "region": region,
                    "country": country,
                    "phone": phone,
                },
                currency=CURRENCIES[index % len(CURRENCIES)],
                commission_rate=RATES[index % len(RATES)],
                affiliate_id=f"AF-{1040 + index % 4}",
                shipping_total="0.00" if index % 4 == 2 else "4.95",
                payment_status="unpaid" if index == 5 else "paid",
                created_at=created,
                updated_at=created + timedelta(minutes=10 + index),
            )
            order["status"] = status
            if status in ("dispatched", "delivered"):
                order["consignment_number"] = f"JD0146{rng.randint(10**9, 10**10 - 1)}"
                order["courier"] = COURIERS[index % len(COURIERS)]
            if status == "cancelled":
                order["cancel_reason"] = "Customer changed their mind"

    def add_order(
        self,
        *,
        items: list[tuple[str, str, int, str]],
        customer: dict[str, str] | None = None,
        shipping_address: dict[str, str] | None = None,
        currency: str = "EUR",
        commission_rate: str = "10.00",
        affiliate_id: str = "AF-1040",
        shipping_total: str = "4.95",
        status: str = "pending",
        payment_status: str = "paid",
        order_number: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> dict[str, Any]:
        """A new order on the affiliate side (items as (sku, name, quantity, unit price)); the stored dict."""
        with self.lock:
            now = self.clock()
            order_id = self._next_order_id
            self._next_order_id += 1
            order: dict[str, Any] = {
                "id": order_id,
                "order_number": order_number or f"AFF-{100000 + order_id}",
                "reference": None,
                "parent_id": None,
                "affiliate_id": affiliate_id,
                "commission_rate": Decimal(commission_rate),
                "commission": Decimal(0),
                "status": status,
                "payment_status": payment_status,
                "currency": currency,
                "customer": dict(customer or {"name": "Test Customer", "email": "test@example.com", "phone": ""}),
                "shipping_address": dict(shipping_address or {"street": "1 Test Street", "city": "Testville"}),
                "items": [self._item(sku, name, quantity, Decimal(price)) for sku, name, quantity, price in items],
                "shipping_total": Decimal(shipping_total),
                "consignment_number": None,
                "courier": None,
                "cancel_reason": None,
                "created_at": created_at or now,
                "updated_at": updated_at or created_at or now,
            }
            order["commission"] = self._commission(order)
            self.orders[order_id] = order
        self.notify(order_id, "order.created")
        return order

    def touch_order(self, order_id: int, at: datetime | None = None, **changes: Any) -> dict[str, Any]:
        """Change an order as the affiliate side would (e.g. status=...), moving its updated_at."""
        with self.lock:
            order = self.orders[order_id]
            order.update(changes)
            order["updated_at"] = at or self.clock()
        self.notify(order_id, "order.cancelled" if changes.get("status") == "cancelled" else "order.updated")
        return order

    def notify(self, order_id: int, event: str) -> int | None:
        """Call the desk's webhook, when one is set (`self.webhook`): the status it answered."""
        if self.webhook is None:
            return None
        body = webhooks.body_for(order_id, event, self.orders[order_id]["updated_at"])
        return webhooks.send(self.webhook, body)

    def order(self, order_id: int) -> dict[str, Any]:
        """The order as the API shows it (money as strings), for assertions."""
        with self.lock:
            return self._public(self.orders[order_id])

    def find_by_reference(self, reference: str) -> list[dict[str, Any]]:
        with self.lock:
            return [self._public(o) for o in self.orders.values() if o["reference"] == reference]

    def rotate_token(self) -> str:
        """The admin regenerates the API token: the old one stops working."""
        with self.lock:
            self.tokens.revoke_all()
            self.token = self.tokens.issue("aff")
            return self.token

    def _item(self, sku: str, name: str, quantity: int, unit_price: Decimal) -> dict[str, Any]:
        item_id = self._next_item_id
        self._next_item_id += 1
        return {"id": item_id, "sku": sku, "name": name, "quantity": quantity, "unit_price": unit_price}

    @staticmethod
    def _items_total(order: dict[str, Any]) -> Decimal:
        return sum((item["unit_price"] * item["quantity"] for item in order["items"]), Decimal(0))

    def _commission(self, order: dict[str, Any]) -> Decimal:
        rate = order["commission_rate"] or Decimal(0)
        return (self._items_total(order) * rate / Decimal(100)).quantize(CENT, rounding=ROUND_HALF_UP)

    def _public(self, order: dict[str, Any]) -> dict[str, Any]:
        items_total = self._items_total(order)
        return {
            "id": order["id"],
            "order_number": order["order_number"],
            "reference": order["reference"],
            "parent_id": order["parent_id"],
            "affiliate_id": order["affiliate_id"],
            "commission_rate": money(order["commission_rate"]),
            "commission": money(order["commission"]),
            "status": order["status"],
            "payment_status": order["payment_status"],
            "currency": order["currency"],
            "customer": copy.deepcopy(order["customer"]),
            "shipping_address": copy.deepcopy(order["shipping_address"]),
            "items": [
                {
                    "id": item["id"],
                    "sku": item["sku"],
                    "name": item["name"],
                    "quantity": item["quantity"],
                    "unit_price": money(item["unit_price"]),
                    "total": money(item["unit_price"] * item["quantity"]),
                }
                for item in order["items"]
            ],
            "subtotal": money(items_total),
            "shipping_total": money(order["shipping_total"]),
            "total": money(items_total + order["shipping_total"]),
            "consignment_number": order["consignment_number"],
            "courier": order["courier"],
            "cancel_reason": order["cancel_reason"],
            "created_at": stamp(order["created_at"]),
            "updated_at": stamp(order["updated_at"]),
        }

    # ---- HTTP ---------------------------------------------------------------------------------------
    def _refused(self, request: Request) -> Response | None:
        header = request.headers.get("Authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or token.strip() != self.token or not self.tokens.valid(token.strip()):
            return Response(401, {"message": "Unauthenticated."})
        return None

    def _invalid(self, error: Invalid) -> Response:
        body: dict[str, Any] = {"message": error.message}
        if error.field:
            body["errors"] = {error.field: [error.message]}
        return Response(422, body)

    def _find(self, order_id: str) -> dict[str, Any] | None:
        return self.orders.get(int(order_id)) if order_id.isdigit() else None

    def _not_found(self, order_id: str) -> Response:
        return Response(404, {"message": f"No order with id {order_id}."})

    def _body(self, request: Request) -> dict[str, Any]:
        body = request.json
        if not isinstance(body, dict):
            raise Invalid("The request body must be a JSON object.")
        return body

    @route("GET", r"/api/orders")
    def list_orders(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused:
            return refused
        try:
            page = self._positive(request.arg("page"), "page", 1)
            per_page = min(self._positive(request.arg("per_page"), "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
            since_text = request.arg("updated_since")
            since = None
            if since_text:
                try:
                    since = datetime.fromisoformat(since_text)
                except ValueError:
                    raise Invalid("The updated since is not a valid date.", "updated_since") from None
                since = since.replace(tzinfo=UTC) if since.tzinfo is None else since
        except Invalid as error:
            return self._invalid(error)
        reference = request.arg("reference")
        chosen = [
            o
            for o in self.orders.values()
            if (since is None or o["updated_at"] >= since) and (reference is None or o["reference"] == reference)
        ]
        chosen.sort(key=lambda o: (o["updated_at"], o["id"]))
        total = len(chosen)
        pages = max(1, math.ceil(total / per_page))
        window = chosen[(page - 1) * per_page : page * per_page]
        return Response(
            200,
            {
                "data": [self._public(o) for o in window],
                "meta": {"page": page, "pages": pages, "per_page": per_page, "total": total},
            },
        )

    @staticmethod
    def _positive(value: str | None, name: str, default: int) -> int:
        if value is None or value == "":
            return default
        if not value.isdigit() or int(value) < 1:
            raise Invalid(f"The {name.replace('_', ' ')} must be at least 1.", name)
        return int(value)

    @route("GET", r"/api/orders/(?P<order_id>[^/]+)")
    def get_order(self, request: Request, order_id: str) -> Response:
        refused = self._refused(request)
        if refused:
            return refused
        order = self._find(order_id)
        if order is None:
            return self._not_found(order_id)
        return Response(200, {"data": self._public(order)})

    @route("PUT", r"/api/orders/(?P<order_id>[^/]+)/status")
    def set_status(self, request: Request, order_id: str) -> Response:
        refused = self._refused(request)
        if refused:
            return refused
        order = self._find(order_id)
        if order is None:
            return self._not_found(order_id)
        try:
            self._apply_status(order, self._body(request))
        except Invalid as error:
            return self._invalid(error)
        return Response(200, {"data": self._public(order)})

    def _apply_status(self, order: dict[str, Any], body: dict[str, Any]) -> None:
        status = body.get("status")
        if not status:
            raise Invalid("The status field is required.", "status")
        if status not in STATUSES:
            raise Invalid(f"The selected status is invalid. Use one of: {', '.join(STATUSES)}.", "status")
        current = order["status"]
        if status == "dispatched":
            for key, label in (("consignment_number", "consignment number"), ("courier", "courier")):
                if not str(body.get(key) or "").strip():
                    raise Invalid(f"The {label} field is required when status is dispatched.", key)
        if status == current and status != "dispatched":
            return  # setting the status it has already changes nothing
        if status != current and status not in NEXT[current]:
            raise Invalid(f"Order {order['order_number']} is {current} and cannot be set to {status}.", "status")
        order["status"] = status
        if status == "dispatched":
            order["consignment_number"] = str(body["consignment_number"]).strip()
            order["courier"] = str(body["courier"]).strip()
        if status == "cancelled":
            order["cancel_reason"] = str(body.get("reason") or "") or None
        order["updated_at"] = self.clock()

    @route("PUT", r"/api/orders/(?P<order_id>[^/]+)")
    def update_order(self, request: Request, order_id: str) -> Response:
        refused = self._refused(request)
        if refused:
            return refused
        order = self._find(order_id)
        if order is None:
            return self._not_found(order_id)
        try:
            body = self._body(request)
            if order["status"] not in EDITABLE:
                raise Invalid(f"Order {order['order_number']} is {order['status']} and can no longer be edited.")
            items = self._edited_items(order, body["items"]) if "items" in body else None
            customer = self._mapping(body, "customer", ("name", "email", "phone"))
            address = self._mapping(
                body,
                "shipping_address",
                ("name", "company", "street", "city", "postcode", "region", "country", "phone"),
            )
        except Invalid as error:
            return self._invalid(error)
        if items is not None:
            order["items"] = items
            order["commission"] = self._commission(order)
        if customer is not None:
            order["customer"] = customer
        if address is not None:
            order["shipping_address"] = address
        order["updated_at"] = self.clock()
        return Response(200, {"data": self._public(order)})

    @staticmethod
    def _mapping(body: dict[str, Any], key: str, fields: tuple[str, ...]) -> dict[str, str] | None:
        if key not in body:
            return None
        value = body[key]
        if not isinstance(value, dict):
            raise Invalid(f"The {key.replace('_', ' ')} must be an object.", key)
        return {name: str(value.get(name) or "") for name in fields}

    def _edited_items(self, order: dict[str, Any], raw_items: Any) -> list[dict[str, Any]]:
        if not isinstance(raw_items, list) or not raw_items:
            raise Invalid("The items field must list at least one item.", "items")
        existing = {item["id"]: item for item in order["items"]}
        result = []
        for number, raw in enumerate(raw_items):
            field = f"items.{number}"
            if not isinstance(raw, dict):
                raise Invalid(f"The {field} must be an object.", field)
            sku = str(raw.get("sku") or "").strip()
            if not sku:
                raise Invalid(f"The {field}.sku field is required.", f"{field}.sku")
            quantity = raw.get("quantity")
            if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
                raise Invalid(f"The {field}.quantity must be a whole number of at least 1.", f"{field}.quantity")
            price = self._price(raw.get("unit_price"), f"{field}.unit_price")
            name = str(raw.get("name") or sku)
            item_id = raw.get("id")
            if item_id is None:
                result.append(self._item(sku, name, quantity, price))
                continue
            if item_id not in existing:
                raise Invalid(f"The selected {field}.id is invalid.", f"{field}.id")
            result.append({"id": item_id, "sku": sku, "name": name, "quantity": quantity, "unit_price": price})
        return result

    @staticmethod
    def _price(value: Any, field: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise Invalid(f"The {field} field is required.", field)
        try:
            price = Decimal(str(value))
        except InvalidOperation:
            raise Invalid(f"The {field} must be a number.", field) from None
        if not price.is_finite() or price < 0:
            raise Invalid(f"The {field} must be a number of at least 0.", field)
        return price

    @route("POST", r"/api/orders/(?P<order_id>[^/]+)/split")
    def split_order(self, request: Request, order_id: str) -> Response:
        refused = self._refused(request)
        if refused:
            return refused
        parent = self._find(order_id)
        if parent is None:
            return self._not_found(order_id)
        try:
            body = self._body(request)
            wanted = body.get("orders")
            if not isinstance(wanted, list) or not wanted:
                raise Invalid("The orders field must list at least one new order.", "orders")
            answers, created = self._split(parent, wanted)
        except Invalid as error:
            return self._invalid(error)
        return Response(201 if created else 200, {"orders": answers})

    def _split(self, parent: dict[str, Any], wanted: list[Any]) -> tuple[list[dict[str, Any]], bool]:
        answers: list[dict[str, Any] | None] = []
        new_parts: list[tuple[int, str, list[tuple[dict[str, Any], int]]]] = []
        remaining = {item["id"]: item["quantity"] for item in parent["items"]}
        for number, raw in enumerate(wanted):
            field = f"orders.{number}"
            reference = str(raw.get("reference") or "").strip() if isinstance(raw, dict) else ""
            if not reference:
                raise Invalid(f"The {field}.reference field is required.", f"{field}.reference")
            existing = next((o for o in self.orders.values() if o["reference"] == reference), None)
            if existing is not None:
                if existing["parent_id"] != parent["id"]:
                    raise Invalid(f"The reference {reference} has already been taken.", f"{field}.reference")
                answers.append(self._split_answer(existing))
                continue
            if parent["status"] not in EDITABLE:
                raise Invalid(f"Order {parent['order_number']} is {parent['status']} and can no longer be split.")
            moves = self._split_moves(parent, raw.get("items"), remaining, field)
            answers.append(None)
            new_parts.append((len(answers) - 1, reference, moves))
        if new_parts and not any(quantity > 0 for quantity in remaining.values()):
            raise Invalid("At least one unit must stay on the original order.", "orders")
        if not new_parts:
            return [a for a in answers if a is not None], False
        original_commission = parent["commission"]
        now = self.clock()
        created = []
        for position, reference, moves in new_parts:
            part = self._create_part(parent, reference, moves, now)
            created.append(part)
            answers[position] = self._split_answer(part)
        parent["items"] = [
            dict(item, quantity=remaining[item["id"]]) for item in parent["items"] if remaining[item["id"]] > 0
        ]
        # The parent keeps what the parts do not take, so the parts add up to the original to the cent.
        parent["commission"] = original_commission - sum((part["commission"] for part in created), Decimal(0))
        parent["updated_at"] = now
        return [a for a in answers if a is not None], True

    def _split_moves(
        self, parent: dict[str, Any], raw_items: Any, remaining: dict[int, int], field: str
    ) -> list[tuple[dict[str, Any], int]]:
        if not isinstance(raw_items, list) or not raw_items:
            raise Invalid(f"The {field}.items field must list at least one item.", f"{field}.items")
        moves = []
        for number, raw in enumerate(raw_items):
            where = f"{field}.items.{number}"
            if not isinstance(raw, dict):
                raise Invalid(f"The {where} must be an object.", where)
            quantity = raw.get("quantity")
            if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
                raise Invalid(f"The {where}.quantity must be a whole number of at least 1.", f"{where}.quantity")
            item = self._split_source(parent, raw, remaining, quantity, where)
            remaining[item["id"]] -= quantity
            moves.append((item, quantity))
        return moves

    @staticmethod
    def _split_source(
        parent: dict[str, Any], raw: dict[str, Any], remaining: dict[int, int], quantity: int, where: str
    ) -> dict[str, Any]:
        item: dict[str, Any] | None
        if raw.get("item_id") is not None:
            item = next((i for i in parent["items"] if i["id"] == raw["item_id"]), None)
            if item is None:
                raise Invalid(f"The selected {where}.item_id is invalid.", f"{where}.item_id")
        else:
            sku = str(raw.get("sku") or "")
            candidates = [i for i in parent["items"] if i["sku"] == sku]
            if not candidates:
                raise Invalid(f"Order {parent['order_number']} has no item {sku or '(no sku)'}.", f"{where}.sku")
            item = next((i for i in candidates if remaining[i["id"]] >= quantity), candidates[0])
        if remaining[item["id"]] < quantity:
            raise Invalid(
                f"Item {item['sku']} has {remaining[item['id']]} unit(s) left; {quantity} cannot be moved.",
                f"{where}.quantity",
            )
        return item

    def _create_part(
        self, parent: dict[str, Any], reference: str, moves: list[tuple[dict[str, Any], int]], now: datetime
    ) -> dict[str, Any]:
        order_id = self._next_order_id
        self._next_order_id += 1
        part = copy.deepcopy(parent)
        part.update(
            {
                "id": order_id,
                "order_number": reference,
                "reference": reference,
                "parent_id": parent["id"],
                "items": [
                    self._item(item["sku"], item["name"], quantity, item["unit_price"]) for item, quantity in moves
                ],
                "shipping_total": Decimal(0),  # shipping stays with the original order
                "created_at": now,
                "updated_at": now,
            }
        )
        part["commission"] = self._commission(part)
        self.orders[order_id] = part
        return part

    @staticmethod
    def _split_answer(order: dict[str, Any]) -> dict[str, Any]:
        return {"id": order["id"], "reference": order["reference"], "order_number": order["order_number"]}
