"""The CloudSuite simulator's sample webshop (seed 001): the products, the people and the orders it starts with,
and CloudSuiteSeeding, the part of CloudSuiteSimulator that builds customers, addresses, order lines and orders.
cloudsuite.py serves them."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

ORIGIN = "erp"

# (key, description, unit price ex tax)
PRODUCTS = (
    ("10042_STUK", "Koffiebonen Espresso Forte 1 kg", "18.95"),
    ("10043_STUK", "Koffiebonen Décaféiné 500 g", "11.50"),
    ("20110_STUK", "Thee Earl Grey — losse blad 250 g", "7.25"),
    ("30007_STUK", "Mok stoneware 350 ml, blauw", "9.95"),
    ("30012_STUK", "Theepot gietijzer 1,2 l", "39.00"),
    ("40001_STUK", "Melkopschuimer RVS", "24.50"),
    ("50300_STUK", "Filterzakjes nr. 4 (100 st.)", "2.95"),
)

# name, email, phone, address (street, house number, zip, city, country), company
PEOPLE = (
    (
        "Zoë Åkerlund",
        "zoe.akerlund@example.se",
        "+46 8 123 456 78",
        ("Sveavägen", "44", "111 34", "Stockholm", "SE"),
        "",
    ),
    ("Łucja Wójcik", "lucja@example.pl", "+48 42 123 45 67", ("ul. Piotrkowska", "104", "90-926", "Łódź", "PL"), ""),
    (
        "João Conceição",
        "joao@example.com.br",
        "+55 11 3456 7890",
        ("Avenida Paulista", "1578", "01310-200", "São Paulo", "BR"),
        "Café Paulista Ltda.",
    ),
    (
        "Oliver Smith",
        "oliver.smith@example.co.uk",
        "+44 20 7946 0958",
        ("Baker Street", "221B", "NW1 6XE", "London", "GB"),
        "",
    ),
    (
        "Jürgen Groß",
        "juergen.gross@example.de",
        "+49 89 1234567",
        ("Maximilianstraße", "12", "80539", "München", "DE"),
        "Groß & Söhne GmbH",
    ),
    (
        "Anaïs Lefèvre",
        "anais@example.fr",
        "+33 4 72 00 00 00",
        ("Rue de la République", "7", "69002", "Lyon", "FR"),
        "",
    ),
    ("Søren Kierkegård", "soren@example.dk", "+45 33 12 34 56", ("Nørregade", "9", "1165", "København", "DK"), ""),
    (
        "Niamh O'Sullivan",
        "niamh@example.ie",
        "+353 1 234 5678",
        ("Grafton Street", "3", "D02 VK65", "Dublin", "IE"),
        "",
    ),
    (
        "Pieter de Vries",
        "pieter@example.nl",
        "+31 20 123 4567",
        ("Keizersgracht", "123", "1015 CJ", "Amsterdam", "NL"),
        "De Vries Horeca B.V.",
    ),
    (
        "Ayşe Yılmaz",
        "ayse@example.com.tr",
        "+90 212 555 0101",
        ("İstiklal Caddesi", "55", "34433", "İstanbul", "TR"),
        "",
    ),
    ("Kateřina Dvořáková", "katerina@example.cz", "+420 5 4321 0000", ("Masarykova", "31", "602 00", "Brno", "CZ"), ""),
    ("Märta Ødegård", "marta@example.no", "+47 22 00 00 00", ("Karl Johans gate", "22", "0159", "Oslo", "NO"), ""),
    ("Chloé Dubois", "chloe@example.be", "+32 2 555 12 12", ("Rue Neuve", "88", "1000", "Bruxelles", "BE"), ""),
    (
        "Émile van der Meer",
        "emile@example.nl",
        "+31 30 765 4321",
        ("Oudegracht", "200", "3511 NR", "Utrecht", "NL"),
        "",
    ),
)

# The seeded orders by position: (state, payment_status, currency, lines, extras). Beyond these, random ones.
SPECS: tuple[dict[str, Any], ...] = (
    {"payment_status": "paid", "lines": 3, "shipping": "4.95"},
    {"payment_status": "closed_success", "lines": 1},
    {"payment_status": "started", "lines": 2},  # unpaid: the checkout never finished
    {"payment_status": "paid", "currency": "GBP", "lines": 2, "shipping": "5.50", "webshop": 2},
    {"payment_status": "account", "lines": 2, "customer_order_number": "PO-2024-117"},
    {"payment_status": "account", "lines": 1, "offline": True, "erp_order_number": "ERP-770031"},
    {"payment_status": "closed_canceled", "lines": 1},
    {"payment_status": "paid", "lines": 2, "webshop": 2, "same_reference_as": 1},
    {"state": "processing", "payment_status": "paid", "lines": 1, "erp_order_number": "ERP-770012"},
    {"state": "done", "payment_status": "paid", "lines": 1, "shipment_state": "sent"},
    {"state": "cancel", "payment_status": "closed_canceled", "lines": 1},
    {"state": "draft", "payment_status": "none", "lines": 1},
    {"payment_status": "none", "lines": 2, "text": "Graag bezorgen na 17:00 — bel aan bij de achterdeur."},
    {"payment_status": "paid", "lines": 4, "shipping": "0.00"},
)


def _stamp(moment: datetime) -> str:
    """How CloudSuite writes a time: ISO 8601, naive, microseconds when there are any."""
    return moment.replace(tzinfo=None).isoformat()


class CloudSuiteSeeding:
    """Seeding for CloudSuiteSimulator, which sets these attributes in reset()."""

    orders: dict[int, dict[str, Any]]
    customers: dict[int, dict[str, Any]]
    addresses: dict[int, dict[str, Any]]
    products: dict[tuple[str, str], tuple[str, str]]
    rng: random.Random
    _next_order: int
    _next_line: int
    _next_address: int

    # ---- seeding ------------------------------------------------------------------------------------
    def _add_person(self, person_id: int, person: tuple[Any, ...]) -> None:
        name, email, phone, (street, number, zip_code, city, country), company = person
        self.customers[person_id] = {"id": person_id, "name": name, "email": email, "phone": phone}
        for kind in ("shipment", "invoice"):
            self._next_address += 1
            self.addresses[self._next_address] = {
                "id": self._next_address,
                "type": kind,
                "customer": person_id,
                "name": name,
                "company_name": company,
                "street": street,
                "house_number": number,
                "zip_code": zip_code,
                "city": city,
                "country": country,
                "phone": phone,
            }

    def _addresses_of(self, customer_id: int) -> tuple[int, int]:
        mine = [a for a in self.addresses.values() if a["customer"] == customer_id]
        shipment = next(a["id"] for a in mine if a["type"] == "shipment")
        invoice = next(a["id"] for a in mine if a["type"] == "invoice")
        return shipment, invoice

    def _seed_order(self, index: int, spec: dict[str, Any], created: datetime) -> None:
        customer_id = 1320 + index % len(PEOPLE)
        picks = self.rng.sample(range(len(PRODUCTS)), min(spec["lines"], len(PRODUCTS)))
        lines = [self._goods_line(PRODUCTS[p][0], self.rng.randint(1, 4)) for p in picks]
        if spec.get("shipping") is not None:
            lines.append(self._extra_line("shipping", "VERZENDKOSTEN", "Verzendkosten", spec["shipping"]))
        if spec.get("text"):
            lines.append(self._extra_line("text", "TEKST", spec["text"], "0.00"))
        order = self._new_order(
            customer_id,
            lines,
            created,
            **{
                key: spec[key]
                for key in (
                    "state",
                    "payment_status",
                    "currency",
                    "webshop",
                    "offline",
                    "erp_order_number",
                    "customer_order_number",
                    "shipment_state",
                )
                if key in spec
            },
        )
        if "same_reference_as" in spec:
            # References repeat across webshops: the seed's "add the webshop when several come back".
            order["reference"] = self.orders[sorted(self.orders)[spec["same_reference_as"]]]["reference"]

    def _goods_line(self, key: str, quantity: int, unit_price: str | None = None) -> dict[str, Any]:
        description, price = self.products[(key, ORIGIN)]
        self._next_line += 1
        return {
            "id": self._next_line,
            "product": {"key": key, "origin": ORIGIN},
            "description": description,
            "type": "line",
            "quantity": f"{quantity:.3f}",
            "unit_price": unit_price or price,
            "erp_line_number": None,
        }

    def _extra_line(self, kind: str, key: str, description: str, price: str) -> dict[str, Any]:
        self._next_line += 1
        return {
            "id": self._next_line,
            "product": {"key": key, "origin": ORIGIN},
            "description": description,
            "type": kind,
            "quantity": "1.000",
            "unit_price": price,
            "erp_line_number": None,
        }

    def _new_order(
        self, customer_id: int, lines: list[dict[str, Any]], created: datetime, **fields: Any
    ) -> dict[str, Any]:
        self._next_order += 1
        order_id = self._next_order
        shipment, invoice = self._addresses_of(customer_id)
        state = fields.get("state", "confirmed")
        confirmed = created + timedelta(seconds=2, microseconds=431)
        order: dict[str, Any] = {
            "id": order_id,
            "reference": f"CS{order_id + 13}",
            "key": None,
            "customer_order_number": fields.get("customer_order_number"),
            "erp_order_number": fields.get("erp_order_number"),
            "state": state,
            "payment_status": fields.get("payment_status", "paid"),
            "order_date": created.date().isoformat(),
            "create_date": _stamp(created),
            "confirm_date": None if state in ("draft", "quotation") else _stamp(confirmed),
            "modified_date": _stamp(confirmed + timedelta(microseconds=562113)),
            "shipment_state": fields.get("shipment_state", "none"),
            "offline": bool(fields.get("offline", False)),
            "currency": fields.get("currency", "EUR"),
            "webshop": fields.get("webshop", 1),
            "user": 1260,
            "customer": customer_id,
            "shipment_address": shipment,
            "invoice_address": invoice,
            "order_lines": lines,
        }
        self.orders[order_id] = order
        return order
