"""The Magento simulator's sample store (seed 002) and its order book.

The catalogue (simple, configurable and bundle products), the customers and the plan the seeded orders follow;
and MagentoOrderBook, the part of MagentoSimulator that builds orders and changes them as shipments and invoices
do (quantities, state and status), with no HTTP in it. magento.py serves it.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"

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


class MagentoOrderBook:
    """Seeding and state changes for MagentoSimulator, which sets these attributes in __init__ and reset()."""

    orders: dict[int, dict[str, Any]]
    shipments: dict[int, dict[str, Any]]
    invoices: dict[int, dict[str, Any]]
    stock: dict[str, dict[str, Any]]
    clock: Callable[[], datetime]
    _random: random.Random
    _ids: dict[str, int]

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
