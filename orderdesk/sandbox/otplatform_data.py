"""The OT Platform simulator's sample instance: the catalogue and the customers it starts with, the records it
keeps (products, orders and their lines) and OTPlatformSeeding, the part of OTPlatformSimulator that numbers
and seeds orders. otplatform.py serves them."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

RATES = {"CNY": Decimal("1"), "USD": Decimal("0.14"), "EUR": Decimal("0.13")}

# (item id, name, price in CNY, {configuration id: (text, stock)})
CATALOG = [
    ("abb-5623810442", "Silk scarf, floral print", "89.00", {"3341": ("Colour: red", 50), "3342": ("Colour: blue", 2)}),
    ("abb-6120934871", "Ceramic teapot 600 ml", "128.50", {"": ("", 40)}),
    ("abb-7701238845", "Running shoes", "259.00", {"4410": ("Size: 42", 20), "4411": ("Size: 43", 0)}),
    ("abb-8832019934", "Bamboo phone stand", "35.90", {"": ("", 100)}),
    ("abb-9910283377", "Embroidered jacket 刺绣夹克", "412.00", {"5501": ("Size: M", 5), "5502": ("Size: L", 5)}),
]
PEOPLE = [
    # (customer id, name, email, currency, (first, last, country, region, city, postcode, street, phone))
    (
        "1001",
        "Zoë Åkerlund",
        "zoe@example.se",
        "EUR",
        ("Zoë", "Åkerlund", "Polska", "Łódzkie", "Łódź", "90-001", "ul. Piotrkowska 104", "+48 600 100 200"),
    ),
    (
        "1002",
        "João Gonçalves",
        "joao@example.br",
        "USD",
        ("João", "Gonçalves", "Brasil", "SP", "São Paulo", "01310-100", "Av. Paulista 1578", "+55 11 3003 1000"),
    ),
    (
        "1003",
        "王小明",
        "xm.wang@example.cn",
        "CNY",
        ("小明", "王", "中国", "浙江省", "杭州", "310000", "西湖区文三路 90 号", "+86 571 8888 0000"),
    ),
    (
        "1004",
        "Søren Kjærgård",
        "soren@example.dk",
        "EUR",
        ("Søren", "Kjærgård", "Danmark", "", "København", "1050", "Kongens Nytorv 3", "+45 33 12 34 56"),
    ),
    (
        "1005",
        "Chloé Dubois",
        "chloe@example.ca",
        "USD",
        ("Chloé", "Dubois", "Canada", "QC", "Montréal", "H2X 1Y4", "1234 rue Saint-Denis", "+1 514 555 0199"),
    ),
]


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Product:
    name: str
    price: Decimal  # CNY
    configs: dict[str, tuple[str, int]]  # configuration id -> (text, stock)


@dataclass
class OTLine:
    id: str
    item_id: str
    config_id: str
    config_text: str
    name: str
    qty: int
    price: Decimal
    status_id: int = 2
    vend_purch_id: str = ""
    vend_purch_waybill: str = ""
    vend_purch_status: str = ""
    cancelled: bool = False


@dataclass
class OTOrder:
    id: str
    cust_id: str
    currency: str
    created: datetime
    updated: datetime
    lines: list[OTLine]
    status_id: int = 10
    is_paid: bool = False
    is_cancelled: bool = False
    paid: Decimal = Decimal("0")
    delivery: Decimal = Decimal("0")
    comment: str = ""
    delivery_mode_id: str = "DM-AIR"
    added_by_customer: bool = False  # through AddOrder, not seeded

    @property
    def total(self) -> Decimal:
        # A cancelled order keeps its amount, as an order's history does.
        return _money(sum((line.price * line.qty for line in self.lines), self.delivery))


class OTPlatformSeeding:
    """Seeding for OTPlatformSimulator, which sets these attributes in _reseed()."""

    customers: dict[str, dict[str, Any]]
    orders: dict[str, OTOrder]
    clock: Callable[[], datetime]
    _rng: random.Random
    _next_order: int
    _next_line: int

    # ---- seeding ---------------------------------------------------------------------------------------------
    def _new_order_id(self) -> str:
        order_id = f"ORD-{self._next_order:010d}"
        self._next_order += 1
        return order_id

    def _new_line(self, item: str, config: str, text: str, name: str, qty: int, price: Decimal) -> OTLine:
        line = OTLine(str(self._next_line), item, config, text, name, qty, price)
        self._next_line += 1
        return line

    def _seed_orders(self, count: int) -> None:
        base = self.clock().replace(minute=0, second=0) - timedelta(days=20)
        plan = [10, 20, 30, 31, 32, 36, 38, 40, 20, 70, 10, 31, 20, 32]
        for n in range(count):
            cust_id = PEOPLE[n % len(PEOPLE)][0]
            currency = self.customers[cust_id]["currency"]
            lines = []
            for k in range(1 + n % 3):
                item, name, price, configs = CATALOG[(n + 2 * k) % len(CATALOG)]
                config = sorted(configs)[(n + k) % len(configs)]
                unit = _money(Decimal(price) * RATES[currency])
                lines.append(self._new_line(item, config, configs[config][0], name, 1 + self._rng.randrange(3), unit))
            created = base + timedelta(hours=7 * n)
            # Orders 5 and 6 change in the very same second: a cursor must not lose either.
            updated = base + timedelta(days=10, hours=n if n != 6 else 5)
            status = plan[n % len(plan)]
            order = OTOrder(
                id=self._new_order_id(),
                cust_id=cust_id,
                currency=currency,
                created=created,
                updated=updated,
                lines=lines,
                status_id=status,
                is_paid=status not in (10, 70) or n % 4 == 1,
                is_cancelled=status == 70,
                delivery=_money(Decimal("45.00") * RATES[currency]),
                comment="" if n % 5 else f"seed order {n}",
            )
            order.paid = order.total if order.is_paid else Decimal("0")
            for line in lines:
                line.cancelled = order.is_cancelled
                if 31 <= status <= 40:
                    line.vend_purch_id = f"29{self._rng.randrange(10**12, 10**13)}"
                    line.vend_purch_status, line.status_id = "WAIT_SELLER_SEND_GOODS", 6
                if 32 <= status <= 40:
                    line.vend_purch_waybill = f"YT{self._rng.randrange(10**11, 10**12)}"
                    line.vend_purch_status, line.status_id = "TRADE_FINISHED", 8
            self.orders[order.id] = order
