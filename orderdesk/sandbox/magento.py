"""Magento 2's REST API as a loopback HTTP server: admin tokens, order search with searchCriteria, comments,
cancel, ship, invoice, shipment and invoice search, order statuses and stock items (seed 002).

It speaks Magento as Magento does, not as our adapter would like: <base>/rest/<store code>/V1/..., the token at
/rest/V1/integration/admin/token as a bare JSON string, tokens that expire (faults.token_ttl_calls) with
"The consumer isn't authorized to access %resources.", errors as {"message", "parameters"} with placeholders left
for the client to fill, filter groups (OR inside a group, AND across groups), everything at once without pageSize,
and the last page repeated for a currentPage past the end. Configurable products come as a parent item (carrying
the simple product's sku and the price) plus a child at price 0; bundles as a parent plus priced components.
Inferred: the store-not-found answer (Magento's "Request does not match any route.").
"""

from __future__ import annotations

import copy
import fnmatch
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple
from urllib.parse import unquote

from orderdesk.sandbox import increff
from orderdesk.sandbox.server import Faults, Request, Response, Simulator, route

DEMO_USERNAME = "orderdesk.admin"
DEMO_PASSWORD = "magento-demo-pass-2"
DEMO_LOCATION = "WH-BLR-01"
DEMO_ATTRIBUTE_MAP = (
    "gift card discount=attribute1, coupon code=attribute2, cancellation reason=attribute3, pincode=attribute4, "
    "MPS_AIR=attribute5, due date=attribute6, gate pass type=attribute7"
)
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
STORE = r"/rest/(?P<store>[A-Za-z0-9_]+)/V1"

SIGN_IN_FAILED = (
    "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."
)
NOT_AUTHORIZED = "The consumer isn't authorized to access %resources."
NO_ENTITY = "The entity that was requested doesn't exist. Verify the entity and try again."
NO_ROUTE = "Request does not match any route."
SHIP_ERRORS = "Shipment Document Validation Error(s):\n"
INVOICE_ERRORS = "Invoice Document Validation Error(s):\n"

# sku, name, price in EUR (USD and INR prices follow from it).
SIMPLE = [
    ("24-MB01", "Joust Duffle Bag", "34.00"),
    ("24-MB04", "Strive Shoulder Pack", "32.00"),
    ("24-UG06", "Affirm Water Bottle", "7.00"),
    ("24-WG02", "Didi Sport Watch", "92.00"),
    ("KH-KURTA-IND-M", "Khadi Kurta – indigo (M) खादी", "24.50"),
    ("WJ12-L-Blue", "Olivia ½-Zip Jacket", "77.00"),
]
CONFIGURABLE = ("MH01", "Chaz Kangeroo Hoodie", "52.00", ["MH01-XS-Black", "MH01-M-Gray", "MH01-L-Orange"])
BUNDLE = (
    "24-WG080",
    "Sprite Yoga Companion Kit",
    [
        ("24-WG084", "Sprite Foam Yoga Brick", "5.00", 1),
        ("24-WG088", "Sprite Foam Roller", "19.00", 1),
        ("24-WG082-blue", "Sprite Stasis Ball 65 cm", "27.00", 1),
    ],
)
# first | last | street lines (;) | city | postcode | region | region code | country | phone | currency
CUSTOMER_TABLE = """
Zoë|Åkerlund|Drottninggatan 12|Stockholm|111 51|Stockholm|AB|SE|+46 8 123 456|EUR
Aarav|Sharma|12, MG Road;Ashok Nagar|Bengaluru|560001|Karnataka|KA|IN|+91 80 4123 4567|INR
João|Gonçalves|Rua Augusta, 1500;Consolação|São Paulo|01304-001|São Paulo|SP|BR|+55 11 3333 4444|USD
Łucja|Wiśniewska|ul. Piotrkowska 104|Łódź|90-926|łódzkie|LD|PL|+48 42 638 40 00|EUR
अनन्या|अय्यर|Flat 7, Shanti Niwas;Linking Road, Bandra West|Mumbai|400050|Maharashtra|MH|IN|+91 22 2640 1234|INR
Emily|Carter|500 Congress Ave|Austin|78701|Texas|TX|US|+1 512 555 0100|USD
Jürgen|Groß|Leopoldstraße 7|München|80802|Bayern|BY|DE|+49 89 123456|EUR
Priya|Raghunathan|22 Anna Salai|Chennai|600002|Tamil Nadu|TN|IN|+91 44 2852 0000|INR
Søren|Kierkegård|Nørregade 3|København|1165|Hovedstaden|84|DK|+45 33 12 34 56|EUR
Fatima|Al-Sayed|1 Sheikh Zayed Rd|Dubai|00000|Dubai|DU|AE|+971 4 555 0000|USD
"""


class Customer(NamedTuple):
    first: str
    last: str
    street: list[str]
    city: str
    postcode: str
    region: str
    region_code: str
    country: str
    phone: str
    currency: str


def _customer(row: str) -> Customer:
    first, last, street, city, postcode, region, region_code, country, phone, currency = row.split("|")
    return Customer(first, last, street.split(";"), city, postcode, region, region_code, country, phone, currency)


CUSTOMERS = [_customer(row) for row in CUSTOMER_TABLE.strip().splitlines()]
# The first orders cover every case the adapter must read; after them the plan repeats common ones.
PLAN = [
    ("pending", "configurable"),
    ("pending", "bundle"),
    ("processing", "simple"),
    ("complete", "simple"),
    ("canceled", "simple"),
    ("holded", "simple"),
    ("pending_payment", "simple"),
    ("closed", "simple"),
    ("pending", "multi"),
    ("pending", "simple"),  # created in the same second as the one before
    ("processing", "configurable"),
    ("pending", "simple"),
]
REPEAT = ["pending", "processing", "pending", "complete", "canceled", "pending"]
STATE_OF = {
    "pending": "new",
    "processing": "processing",
    "complete": "complete",
    "canceled": "canceled",
    "holded": "holded",
    "pending_payment": "pending_payment",
    "closed": "closed",
}
PAYMENT_FOR = {"INR": "cashondelivery", "EUR": "checkmo", "USD": "paypal_express"}
RESOURCES = {
    "orders": "Magento_Sales::actions_view",
    "comment": "Magento_Sales::comment",
    "cancel": "Magento_Sales::cancel",
    "ship": "Magento_Sales::ship",
    "invoice": "Magento_Sales::sales_invoice",
    "shipments": "Magento_Sales::shipment",
    "stock": "Magento_CatalogInventory::cataloginventory",
}


def price_in(eur: str, currency: str) -> Decimal:
    base = Decimal(eur)
    if currency == "USD":
        return (base * Decimal("1.08")).quantize(Decimal("0.01"))
    if currency == "INR":
        return (base * 90).quantize(Decimal("1"))
    return base


def _num(value: Decimal) -> float | int:
    """Magento writes amounts as JSON numbers."""
    return int(value) if value == value.to_integral_value() else float(value)


def _error(status: int, message: str, parameters: Any = None) -> Response:
    body: dict[str, Any] = {"message": message}
    if parameters is not None:
        body["parameters"] = parameters
    return Response(status, body)


def parse_search_criteria(query: dict[str, list[str]]) -> dict[str, Any]:
    """searchCriteria[filter_groups][0][filters][0][field]=... into groups, sort orders and paging."""
    tree: dict[str, Any] = {}
    for key, values in query.items():
        if not key.startswith("searchCriteria[") or not values:
            continue
        parts = [part.rstrip("]") for part in key[len("searchCriteria[") :].split("[")]
        node = tree
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = values[0]

    def ordered(node: Any) -> list[Any]:
        if not isinstance(node, dict):
            return []
        return [node[k] for k in sorted(node, key=lambda k: int(k) if k.isdigit() else 0)]

    groups = [
        [f for f in ordered(group.get("filters")) if isinstance(f, dict) and "field" in f]
        for group in ordered(tree.get("filter_groups"))
        if isinstance(group, dict)
    ]
    sorts = [s for s in ordered(tree.get("sortOrders")) if isinstance(s, dict) and "field" in s]

    def number(name: str) -> int | None:
        value = tree.get(name)
        return int(value) if isinstance(value, str) and value.isdigit() else None

    return {"groups": groups, "sorts": sorts, "page_size": number("pageSize"), "current_page": number("currentPage")}


def _compare(left: Any, right: str) -> tuple[Any, Any]:
    try:
        return Decimal(str(left)), Decimal(right)
    except ArithmeticError:
        return str(left), right


def _matches(row: dict[str, Any], flt: dict[str, Any]) -> bool:
    field = flt["field"]
    value = str(flt.get("value", ""))
    condition = str(flt.get("condition_type") or "eq")
    actual = row.get(field)
    if condition == "null":
        return actual is None
    if condition == "notnull":
        return actual is not None
    if actual is None:
        return condition in ("neq", "nin")
    if condition in ("in", "nin"):
        found = str(actual) in [v.strip() for v in value.split(",")]
        return found if condition == "in" else not found
    if condition == "like":
        return fnmatch.fnmatchcase(str(actual).lower(), value.lower().replace("%", "*").replace("_", "?"))
    a, b = _compare(actual, value)
    try:
        return bool(
            {
                "eq": a == b,
                "neq": a != b,
                "gt": a > b,
                "gteq": a >= b,
                "from": a >= b,
                "lt": a < b,
                "lteq": a <= b,
                "to": a <= b,
            }.get(condition, a == b)
        )
    except TypeError:
        return False


def search(rows: list[dict[str, Any]], query: dict[str, list[str]]) -> dict[str, Any]:
    """Magento's answer to a searchCriteria list call."""
    criteria = parse_search_criteria(query)
    found = [r for r in rows if all(any(_matches(r, f) for f in group) for group in criteria["groups"] if group)]
    for order in reversed(criteria["sorts"]):
        field = order["field"]
        found.sort(
            key=lambda r: _compare(r.get(field) if r.get(field) is not None else "", "0")[0],
            reverse=str(order.get("direction", "ASC")).upper() == "DESC",
        )
    total = len(found)
    size, page = criteria["page_size"], criteria["current_page"] or 1
    echo: dict[str, Any] = {
        "filter_groups": [
            {"filters": [{k: f[k] for k in ("field", "value", "condition_type") if k in f} for f in group]}
            for group in criteria["groups"]
        ]
    }
    if criteria["sorts"]:
        echo["sort_orders"] = [{"field": s["field"], "direction": s.get("direction", "ASC")} for s in criteria["sorts"]]
    if size:
        last = max(1, -(-total // size))
        page = min(max(page, 1), last)  # past the end: the last page again, as Magento does
        found = found[(page - 1) * size : page * size]
        echo["page_size"] = size
        echo["current_page"] = page
    return {"items": found, "search_criteria": echo, "total_count": total}


class MagentoSimulator(Simulator):
    name = "magento"

    def __init__(self, faults: Faults | None = None, *, orders: int = 18, seed: int = 1) -> None:
        super().__init__(faults)
        self.username = DEMO_USERNAME
        self.password = DEMO_PASSWORD
        self.store_codes = {"default", "all"}
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.reset(self.faults, orders=orders, seed=seed)  # keep the faults it was built with

    def reset(self, faults: Faults | None = None, *, orders: int = 18, seed: int = 1) -> None:
        """A freshly seeded store with no tokens, these faults (default: none), the demo password, the wall clock
        and no recorded requests (tests reuse one running server)."""
        with self.lock:
            self.clear_faults(faults)
            self.password = DEMO_PASSWORD
            self.clock = lambda: datetime.now(UTC)
            self.orders: dict[int, dict[str, Any]] = {}
            self.shipments: dict[int, dict[str, Any]] = {}
            self.invoices: dict[int, dict[str, Any]] = {}
            self.stock: dict[str, dict[str, Any]] = {}
            self._random = random.Random(seed)
            start = {"order": 100, "increment": 0, "item": 5000, "shipment": 300, "invoice": 700, "track": 900}
            self._ids = {**start, "address": 2000, "history": 4000, "stock": 0}
            skus = [s[0] for s in SIMPLE] + CONFIGURABLE[3] + [part[0] for part in BUNDLE[2]]
            for sku in skus:
                self._stock_item(sku)
            self._seed(orders)
            self.tokens.revoke_all()
            self.requests.clear()

    # ---- what tests and the demo use ------------------------------------------------------------------
    def demo_config(self, increff_url: str | None = None) -> dict[str, Any]:
        return {
            "kind": "magento",
            "url": self.url,
            "username": self.username,
            "options": {
                "store_code": "default",
                "increff_url": increff_url or "",
                "increff_username": increff.DEMO_USERNAME,
                "increff_domain": increff.DEMO_DOMAIN,
                "location_code": DEMO_LOCATION,
                "attribute_map": DEMO_ATTRIBUTE_MAP,
            },
            "secrets": {"password": self.password, "increff_password": increff.DEMO_PASSWORD},
        }

    def order(self, entity_id: int) -> dict[str, Any]:
        """The order as the REST API shows it."""
        with self.lock:
            return self._view(self.orders[entity_id])

    def shipments_of(self, entity_id: int) -> list[dict[str, Any]]:
        with self.lock:
            return [copy.deepcopy(s) for s in self.shipments.values() if s["order_id"] == entity_id]

    def invoices_of(self, entity_id: int) -> list[dict[str, Any]]:
        with self.lock:
            return [copy.deepcopy(i) for i in self.invoices.values() if i["order_id"] == entity_id]

    def entity_ids(self, status: str | None = None) -> list[int]:
        with self.lock:
            return [k for k, o in self.orders.items() if status is None or o["status"] == status]

    def add_order(self, *, customer: int = 0, kind: str = "simple", status: str = "pending") -> int:
        """A new order placed now (created_at = updated_at = the clock)."""
        with self.lock:
            now = self.clock()
            order = self._build(customer, kind, status, now, now)
            return int(order["entity_id"])

    def touch_order(self, entity_id: int, *, status: str | None = None, state: str | None = None) -> None:
        """A change made in the Magento admin: updated_at moves to now, optionally with a new status."""
        with self.lock:
            order = self.orders[entity_id]
            if status is not None:
                order["status"] = status
                order["state"] = state or STATE_OF.get(status, order["state"])
            self._touch(order)

    def increff_forward_order(self, code: str) -> dict[str, Any] | None:
        """The forward order as Increff's proxy knows it (for IncreffSimulator(forward_orders=...))."""
        with self.lock:
            order = self.orders.get(int(code)) if code.isdigit() else None
            if order is None:
                return None
            return {
                "items": [
                    {"orderItemCode": str(i["item_id"]), "channelSkuCode": i["sku"], "qty": i["qty_ordered"]}
                    for i in order["items"]
                    if not i.get("parent_item_id")
                ]
            }

    def error_body(self, status: int, message: str) -> Any:
        if message.startswith(("No route", "Method not allowed")):
            return {"message": NO_ROUTE}
        return {"message": message}

    # ---- seeding -----------------------------------------------------------------------------------------
    def _next(self, name: str) -> int:
        self._ids[name] += 1
        return self._ids[name]

    def _stock_item(self, sku: str) -> None:
        item_id = self._next("stock")
        self.stock[sku] = {
            "item_id": item_id,
            "product_id": item_id + 10,
            "stock_id": 1,
            "qty": 100,
            "is_in_stock": True,
            "is_qty_decimal": False,
            "manage_stock": True,
            "low_stock_date": None,
        }

    def _seed(self, count: int) -> None:
        base = datetime(2024, 5, 1, 8, 0, 0, tzinfo=UTC)
        created = base
        for n in range(count):
            status, kind = PLAN[n] if n < len(PLAN) else (REPEAT[(n - len(PLAN)) % len(REPEAT)], "simple")
            if n != 9:  # the tenth order shares its second with the ninth, as busy stores do
                created = base + timedelta(minutes=47 * n)
            later = {
                "pending": 0,
                "processing": 120,
                "complete": 1500,
                "canceled": 180,
                "holded": 60,
                "pending_payment": 5,
                "closed": 4400,
            }[status]
            self._build(n % len(CUSTOMERS), kind, status, created, created + timedelta(minutes=later))

    def _address(self, customer: Customer, kind: str, parent: int, email: str) -> dict[str, Any]:
        first, last, street, city, postcode, region, region_code, country, phone, _currency = customer
        return {
            "address_type": kind,
            "city": city,
            "country_id": country,
            "email": email,
            "entity_id": self._next("address"),
            "firstname": first,
            "lastname": last,
            "parent_id": parent,
            "postcode": postcode,
            "region": region,
            "region_code": region_code,
            "street": list(street),
            "telephone": phone,
        }

    def _item(
        self,
        order_id: int,
        sku: str,
        name: str,
        qty: int,
        price: Decimal,
        product_type: str,
        stamp: str,
        parent: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        item: dict[str, Any] = {
            "item_id": self._next("item"),
            "order_id": order_id,
            "sku": sku,
            "name": name,
            "product_id": self._random.randint(1, 2000),
            "product_type": product_type,
            "qty_ordered": qty,
            "qty_shipped": 0,
            "qty_invoiced": 0,
            "qty_canceled": 0,
            "qty_refunded": 0,
            "price": _num(price),
            "base_price": _num(price),
            "original_price": _num(price),
            "row_total": _num(price * qty),
            "base_row_total": _num(price * qty),
            "price_incl_tax": _num(price),
            "row_total_incl_tax": _num(price * qty),
            "tax_amount": 0,
            "discount_amount": 0,
            "is_virtual": 0,
            "store_id": 1,
            "created_at": stamp,
            "updated_at": stamp,
        }
        if parent is not None:
            item["parent_item_id"] = parent["item_id"]
            item["parent_item"] = copy.deepcopy(parent)
        return item

    def _lines(self, kind: str, order_id: int, currency: str, stamp: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        pick = self._random
        if kind == "configurable":
            child_sku = pick.choice(CONFIGURABLE[3])
            price = price_in(CONFIGURABLE[2], currency)
            parent = self._item(order_id, child_sku, CONFIGURABLE[1], 1, price, "configurable", stamp)
            size_colour = child_sku.split("-", 1)[1]
            child = self._item(
                order_id, child_sku, f"{CONFIGURABLE[1]}-{size_colour}", 1, Decimal(0), "simple", stamp, parent
            )
            items += [parent, child]
            sku, name, eur = SIMPLE[2]
            items.append(self._item(order_id, sku, name, 2, price_in(eur, currency), "simple", stamp))
        elif kind == "bundle":
            parts = [(sku, name, price_in(eur, currency), qty) for sku, name, eur, qty in BUNDLE[2]]
            total = sum((price * qty for _s, _n, price, qty in parts), Decimal(0))
            composite = "-".join([BUNDLE[0], *(sku for sku, *_rest in parts)])
            parent = self._item(order_id, composite, BUNDLE[1], 1, total, "bundle", stamp)
            items.append(parent)
            for sku, name, price, qty in parts:
                items.append(self._item(order_id, sku, name, qty, price, "simple", stamp, parent))
        else:
            count = 3 if kind == "multi" else pick.randint(1, 2)
            for sku, name, eur in pick.sample(SIMPLE, count):
                items.append(
                    self._item(order_id, sku, name, pick.randint(1, 3), price_in(eur, currency), "simple", stamp)
                )
        return items

    def _build(
        self, customer_index: int, kind: str, status: str, created: datetime, updated: datetime
    ) -> dict[str, Any]:
        customer = CUSTOMERS[customer_index % len(CUSTOMERS)]
        currency = customer.currency
        entity_id = self._next("order")
        increment = f"{self._next('increment'):09d}"
        stamp = created.strftime(DATE_FORMAT)
        items = self._lines(kind, entity_id, currency, stamp)
        top = [i for i in items if not i.get("parent_item_id")]
        subtotal = sum((Decimal(str(i["price"])) * i["qty_ordered"] for i in top), Decimal(0))
        shipping = {"INR": Decimal("99"), "USD": Decimal("7.50"), "EUR": Decimal("4.95")}[currency]
        grand = subtotal + shipping
        email = f"{customer.first.lower()}.{customer.last.lower()}@example.com".replace(" ", "")
        order: dict[str, Any] = {
            "entity_id": entity_id,
            "increment_id": increment,
            "state": STATE_OF[status],
            "status": status,
            "created_at": stamp,
            "updated_at": updated.strftime(DATE_FORMAT),
            "store_id": 1,
            "store_name": "Main Website\nMain Website Store\nDefault Store View",
            "customer_email": email,
            "customer_firstname": customer.first,
            "customer_lastname": customer.last,
            "customer_is_guest": 0,
            "customer_group_id": 1,
            "order_currency_code": currency,
            "base_currency_code": currency,
            "store_currency_code": currency,
            "global_currency_code": currency,
            "subtotal": _num(subtotal),
            "base_subtotal": _num(subtotal),
            "shipping_amount": _num(shipping),
            "base_shipping_amount": _num(shipping),
            "shipping_description": "Flat Rate - Fixed",
            "tax_amount": 0,
            "discount_amount": 0,
            "grand_total": _num(grand),
            "base_grand_total": _num(grand),
            "total_due": _num(grand),
            "total_qty_ordered": sum(i["qty_ordered"] for i in top),
            "weight": 1,
            "items": items,
            "billing_address": self._address(customer, "billing", entity_id, email),
            "payment": {
                "account_status": None,
                "additional_information": [],
                "amount_ordered": _num(grand),
                "method": "razorpay" if status == "pending_payment" else PAYMENT_FOR[currency],
                "parent_id": entity_id,
            },
            "status_histories": [],
            "_shipping": self._address(customer, "shipping", entity_id, email),
        }
        self.orders[entity_id] = order
        when = updated.strftime(DATE_FORMAT)
        if status in ("processing", "complete", "closed"):
            self._create_invoice(order, None, capture=True, stamp=when)
        if status in ("complete", "closed"):
            self._create_shipment(
                order, [], [{"track_number": f"DHL{entity_id}0042", "title": "DHL", "carrier_code": "dhl"}], stamp=when
            )
        if status == "canceled":
            for item in items:
                item["qty_canceled"] = item["qty_ordered"]
        if status == "closed":
            for item in items:
                item["qty_refunded"] = item["qty_ordered"]
            order["total_refunded"] = _num(grand)
        if status == "holded":
            order["hold_before_state"], order["hold_before_status"] = "new", "pending"
        order["state"], order["status"], order["updated_at"] = STATE_OF[status], status, when
        return order

    # ---- state changes -----------------------------------------------------------------------------------
    def _touch(self, order: dict[str, Any]) -> None:
        order["updated_at"] = self.clock().strftime(DATE_FORMAT)

    @staticmethod
    def _top(order: dict[str, Any]) -> list[dict[str, Any]]:
        return [i for i in order["items"] if not i.get("parent_item_id")]

    @staticmethod
    def _children(order: dict[str, Any], parent_id: int) -> list[dict[str, Any]]:
        return [i for i in order["items"] if i.get("parent_item_id") == parent_id]

    def _to_ship(self, item: dict[str, Any]) -> int:
        return int(item["qty_ordered"] - item["qty_shipped"] - item["qty_canceled"])

    def _settle(self, order: dict[str, Any]) -> None:
        """State and status after a shipment or an invoice, as Magento moves them."""
        if order["state"] in ("canceled", "closed", "holded"):
            return
        top = self._top(order)
        shipped = all(self._to_ship(i) <= 0 for i in top)
        invoiced = all(i["qty_invoiced"] >= i["qty_ordered"] - i["qty_canceled"] for i in top)
        if shipped and invoiced:
            order["state"] = order["status"] = "complete"
        elif any(i["qty_shipped"] or i["qty_invoiced"] for i in top):
            order["state"] = order["status"] = "processing"

    def _create_shipment(
        self, order: dict[str, Any], wanted: list[dict[str, Any]], tracks: list[dict[str, Any]], stamp: str
    ) -> int:
        top = {i["item_id"]: i for i in self._top(order)}
        if not wanted:
            wanted = [
                {"order_item_id": i["item_id"], "qty": self._to_ship(i)} for i in top.values() if self._to_ship(i) > 0
            ]
        shipment_id = self._next("shipment")
        shipment_items = []
        for request in wanted:
            item = top[request["order_item_id"]]
            qty = int(request["qty"])
            item["qty_shipped"] += qty
            for child in self._children(order, item["item_id"]):
                child["qty_shipped"] += qty * child["qty_ordered"] // item["qty_ordered"]
            shipment_items.append(
                {
                    "entity_id": self._next("track"),
                    "order_item_id": item["item_id"],
                    "parent_id": shipment_id,
                    "qty": qty,
                    "sku": item["sku"],
                    "name": item["name"],
                    "price": item["price"],
                }
            )
        self.shipments[shipment_id] = {
            "entity_id": shipment_id,
            "increment_id": f"{shipment_id:09d}",
            "order_id": order["entity_id"],
            "store_id": 1,
            "created_at": stamp,
            "updated_at": stamp,
            "total_qty": sum(i["qty"] for i in shipment_items),
            "items": shipment_items,
            "comments": [],
            "packages": [],
            "tracks": [
                {
                    "entity_id": self._next("track"),
                    "order_id": order["entity_id"],
                    "parent_id": shipment_id,
                    "track_number": t.get("track_number"),
                    "title": t.get("title"),
                    "carrier_code": t.get("carrier_code"),
                    "created_at": stamp,
                    "updated_at": stamp,
                }
                for t in tracks
            ],
        }
        self._settle(order)
        order["updated_at"] = stamp
        return shipment_id

    def _create_invoice(
        self, order: dict[str, Any], wanted: list[dict[str, Any]] | None, *, capture: bool, stamp: str
    ) -> int:
        top = {i["item_id"]: i for i in self._top(order)}
        chosen = wanted or [
            {"order_item_id": i["item_id"], "qty": i["qty_ordered"] - i["qty_invoiced"] - i["qty_canceled"]}
            for i in top.values()
        ]
        invoice_id = self._next("invoice")
        amount = Decimal(0)
        invoice_items = []
        for request in chosen:
            item = top[request["order_item_id"]]
            qty = int(request["qty"])
            if qty <= 0:
                continue
            item["qty_invoiced"] += qty
            for child in self._children(order, item["item_id"]):
                child["qty_invoiced"] += qty * child["qty_ordered"] // item["qty_ordered"]
            amount += Decimal(str(item["price"])) * qty
            invoice_items.append(
                {
                    "entity_id": self._next("track"),
                    "order_item_id": item["item_id"],
                    "qty": qty,
                    "sku": item["sku"],
                    "price": item["price"],
                    "parent_id": invoice_id,
                }
            )
        if not order.get("total_invoiced"):
            amount += Decimal(str(order["shipping_amount"]))
        order["total_invoiced"] = _num(Decimal(str(order.get("total_invoiced", 0))) + amount)
        if capture:
            paid = Decimal(str(order.get("total_paid", 0))) + amount
            order["total_paid"] = _num(paid)
            order["total_due"] = _num(Decimal(str(order["grand_total"])) - paid)
        self.invoices[invoice_id] = {
            "entity_id": invoice_id,
            "increment_id": f"{invoice_id:09d}",
            "order_id": order["entity_id"],
            "state": 2 if capture else 1,
            "grand_total": _num(amount),
            "base_grand_total": _num(amount),
            "order_currency_code": order["order_currency_code"],
            "created_at": stamp,
            "updated_at": stamp,
            "items": invoice_items,
            "comments": [],
        }
        self._settle(order)
        order["updated_at"] = stamp
        return invoice_id

    # ---- serving helpers -------------------------------------------------------------------------------------
    def _view(self, order: dict[str, Any]) -> dict[str, Any]:
        view = {k: copy.deepcopy(v) for k, v in order.items() if not k.startswith("_")}
        view["extension_attributes"] = {
            "shipping_assignments": [
                {
                    "shipping": {
                        "address": copy.deepcopy(order["_shipping"]),
                        "method": "flatrate_flatrate",
                        "total": {"shipping_amount": order["shipping_amount"]},
                    },
                    "items": copy.deepcopy(order["items"]),
                }
            ],
            "payment_additional_info": [{"key": "method_title", "value": order["payment"]["method"]}],
        }
        return view

    def _guard(self, request: Request, store: str, resource: str) -> Response | None:
        if store not in self.store_codes:
            return _error(404, NO_ROUTE)
        header = next((v for k, v in request.headers.items() if k.lower() == "authorization"), "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else ""
        if not self.tokens.valid(token):
            return _error(401, NOT_AUTHORIZED, {"resources": RESOURCES[resource]})
        return None

    def _find(self, order_id: str) -> dict[str, Any] | None:
        return self.orders.get(int(order_id)) if order_id.isdigit() else None

    # ---- routes ------------------------------------------------------------------------------------------
    @route("POST", r"/rest(?:/(?P<store>[A-Za-z0-9_]+))?/V1/integration/admin/token")
    def token(self, request: Request, store: str | None = None) -> Response:
        body = request.json if isinstance(request.json, dict) else {}
        missing = [field for field in ("username", "password") if not body.get(field)]
        if missing:
            return Response(
                400,
                {
                    "message": "One or more input exceptions have occurred.",
                    "errors": [
                        {
                            "message": '"%fieldName" is required. Enter and try again.',
                            "parameters": {"fieldName": field},
                        }
                        for field in missing
                    ],
                },
            )
        if body["username"] != self.username or body["password"] != self.password:
            return _error(401, SIGN_IN_FAILED)
        return Response(200, self.tokens.issue("mg"))

    @route("GET", STORE + r"/orders")
    def list_orders(self, request: Request, store: str) -> Response:
        refused = self._guard(request, store, "orders")
        if refused:
            return refused
        rows = [self._view(o) for o in sorted(self.orders.values(), key=lambda o: o["entity_id"])]
        return Response(200, search(rows, request.query))

    @route("GET", STORE + r"/orders/(?P<order_id>[^/]+)")
    def get_order(self, request: Request, store: str, order_id: str) -> Response:
        refused = self._guard(request, store, "orders")
        if refused:
            return refused
        order = self._find(order_id)
        return Response(200, self._view(order)) if order else _error(404, NO_ENTITY)

    @route("GET", STORE + r"/orders/(?P<order_id>[^/]+)/statuses")
    def get_status(self, request: Request, store: str, order_id: str) -> Response:
        refused = self._guard(request, store, "orders")
        if refused:
            return refused
        order = self._find(order_id)
        return Response(200, order["status"]) if order else _error(404, NO_ENTITY)

    @route("POST", STORE + r"/orders/(?P<order_id>[^/]+)/comments")
    def add_comment(self, request: Request, store: str, order_id: str) -> Response:
        refused = self._guard(request, store, "comment")
        if refused:
            return refused
        order = self._find(order_id)
        if order is None:
            return _error(404, NO_ENTITY)
        body = request.json if isinstance(request.json, dict) else {}
        history = body.get("statusHistory")
        if not isinstance(history, dict):
            return _error(400, '"%fieldName" is required. Enter and try again.', {"fieldName": "statusHistory"})
        if history.get("status"):
            order["status"] = history["status"]  # addStatusHistory sets the status; the state stays
        order["status_histories"].insert(
            0,
            {
                "comment": history.get("comment"),
                "status": order["status"],
                "entity_id": self._next("history"),
                "entity_name": "order",
                "is_customer_notified": history.get("is_customer_notified", 0),
                "is_visible_on_front": history.get("is_visible_on_front", 0),
                "parent_id": order["entity_id"],
                "created_at": self.clock().strftime(DATE_FORMAT),
            },
        )
        self._touch(order)
        return Response(200, True)

    @route("POST", STORE + r"/orders/(?P<order_id>[^/]+)/cancel")
    def cancel(self, request: Request, store: str, order_id: str) -> Response:
        refused = self._guard(request, store, "cancel")
        if refused:
            return refused
        order = self._find(order_id)
        if order is None:
            return _error(404, NO_ENTITY)
        top = self._top(order)
        open_qty = [i["qty_ordered"] - max(i["qty_invoiced"], i["qty_shipped"]) - i["qty_canceled"] for i in top]
        if order["state"] in ("canceled", "complete", "closed", "holded", "payment_review") or not any(
            q > 0 for q in open_qty
        ):
            return Response(200, False)
        for item in order["items"]:
            item["qty_canceled"] = item["qty_ordered"] - max(item["qty_invoiced"], item["qty_shipped"])
        order["state"] = order["status"] = "canceled"
        self._touch(order)
        return Response(200, True)

    @route("POST", STORE + r"/order/(?P<order_id>[^/]+)/ship")
    def ship(self, request: Request, store: str, order_id: str) -> Response:
        refused = self._guard(request, store, "ship")
        if refused:
            return refused
        order = self._find(order_id)
        if order is None:
            return _error(404, NO_ENTITY)
        body = request.json if isinstance(request.json, dict) else {}
        top = {i["item_id"]: i for i in self._top(order)}
        if order["state"] in ("canceled", "closed", "holded", "payment_review") or all(
            self._to_ship(i) <= 0 for i in top.values()
        ):
            return _error(
                400,
                SHIP_ERRORS + "The order does not allow a shipment to be created.\n"
                "You can't create a shipment without products.",
            )
        wanted = body.get("items") or []
        problems = []
        for entry in wanted:
            item = top.get(entry.get("order_item_id")) if isinstance(entry, dict) else None
            if item is None:
                problems.append("You can't create a shipment without products.")
            elif not isinstance(entry.get("qty"), int | float) or not 0 < entry["qty"] <= self._to_ship(item):
                problems.append(f'We found an invalid quantity to ship for item "{item["name"]}".')
        if problems:
            return _error(400, SHIP_ERRORS + "\n".join(dict.fromkeys(problems)))
        tracks = [t for t in body.get("tracks") or [] if isinstance(t, dict)]
        for track in tracks:
            if not track.get("track_number") or not track.get("carrier_code"):
                return _error(400, SHIP_ERRORS + "Please enter a tracking number.")
        stamp = self.clock().strftime(DATE_FORMAT)
        return Response(200, self._create_shipment(order, wanted, tracks, stamp))

    @route("POST", STORE + r"/order/(?P<order_id>[^/]+)/invoice")
    def invoice(self, request: Request, store: str, order_id: str) -> Response:
        refused = self._guard(request, store, "invoice")
        if refused:
            return refused
        order = self._find(order_id)
        if order is None:
            return _error(404, NO_ENTITY)
        body = request.json if isinstance(request.json, dict) else {}
        top = {i["item_id"]: i for i in self._top(order)}
        open_items = [i for i in top.values() if i["qty_ordered"] - i["qty_invoiced"] - i["qty_canceled"] > 0]
        if order["state"] in ("canceled", "closed", "holded", "payment_review") or not open_items:
            return _error(400, INVOICE_ERRORS + "The order does not allow an invoice to be created.")
        wanted = body.get("items") or []
        for entry in wanted:
            item = top.get(entry.get("order_item_id")) if isinstance(entry, dict) else None
            if item is None or not 0 < entry.get("qty", 0) <= item["qty_ordered"] - item["qty_invoiced"]:
                return _error(
                    400, INVOICE_ERRORS + "The invoice can't be created without products. Add products and try again."
                )
        stamp = self.clock().strftime(DATE_FORMAT)
        return Response(200, self._create_invoice(order, wanted, capture=bool(body.get("capture")), stamp=stamp))

    @route("GET", STORE + r"/shipments")
    def list_shipments(self, request: Request, store: str) -> Response:
        refused = self._guard(request, store, "shipments")
        if refused:
            return refused
        return Response(200, search([copy.deepcopy(s) for s in self.shipments.values()], request.query))

    @route("GET", STORE + r"/invoices")
    def list_invoices(self, request: Request, store: str) -> Response:
        refused = self._guard(request, store, "invoice")
        if refused:
            return refused
        return Response(200, search([copy.deepcopy(i) for i in self.invoices.values()], request.query))

    @route("GET", STORE + r"/stockItems/(?P<sku>[^/]+)")
    def get_stock(self, request: Request, store: str, sku: str) -> Response:
        refused = self._guard(request, store, "stock")
        if refused:
            return refused
        sku = unquote(sku)
        item = self.stock.get(sku)
        if item is None:
            return _error(404, 'The Product with the "%1" SKU doesn\'t exist.', [sku])
        return Response(200, dict(item))

    @route("PUT", STORE + r"/products/(?P<sku>[^/]+)/stockItems/(?P<item_id>[^/]+)")
    def put_stock(self, request: Request, store: str, sku: str, item_id: str) -> Response:
        refused = self._guard(request, store, "stock")
        if refused:
            return refused
        sku = unquote(sku)
        item = self.stock.get(sku)
        if item is None:
            return _error(404, 'The Product with the "%1" SKU doesn\'t exist.', [sku])
        body = request.json if isinstance(request.json, dict) else {}
        values = body.get("stockItem")
        if not isinstance(values, dict):
            return _error(400, '"%fieldName" is required. Enter and try again.', {"fieldName": "stockItem"})
        if "qty" in values:
            item["qty"] = values["qty"]
        if "is_in_stock" in values:
            item["is_in_stock"] = bool(values["is_in_stock"])
        return Response(200, item["item_id"])
