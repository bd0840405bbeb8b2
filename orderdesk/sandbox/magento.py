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
import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from orderdesk.sandbox import increff
from orderdesk.sandbox.magento_data import BUNDLE, CONFIGURABLE, SIMPLE, STATE_OF, MagentoOrderBook

# Re-exported: tests format times as Magento writes them with magento.DATE_FORMAT.
from orderdesk.sandbox.magento_data import DATE_FORMAT as DATE_FORMAT
from orderdesk.sandbox.magento_search import search
from orderdesk.sandbox.server import Faults, Request, Response, Simulator, route

DEMO_USERNAME = "orderdesk.admin"
DEMO_PASSWORD = "magento-demo-pass-2"
DEMO_LOCATION = "WH-BLR-01"
DEMO_ATTRIBUTE_MAP = (
    "gift card discount=attribute1, coupon code=attribute2, cancellation reason=attribute3, pincode=attribute4, "
    "MPS_AIR=attribute5, due date=attribute6, gate pass type=attribute7"
)
STORE = r"/rest/(?P<store>[A-Za-z0-9_]+)/V1"

SIGN_IN_FAILED = (
    "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."
)
NOT_AUTHORIZED = "The consumer isn't authorized to access %resources."
NO_ENTITY = "The entity that was requested doesn't exist. Verify the entity and try again."
NO_ROUTE = "Request does not match any route."
SHIP_ERRORS = "Shipment Document Validation Error(s):\n"
INVOICE_ERRORS = "Invoice Document Validation Error(s):\n"

RESOURCES = {
    "orders": "Magento_Sales::actions_view",
    "comment": "Magento_Sales::comment",
    "cancel": "Magento_Sales::cancel",
    "ship": "Magento_Sales::ship",
    "invoice": "Magento_Sales::sales_invoice",
    "shipments": "Magento_Sales::shipment",
    "stock": "Magento_CatalogInventory::cataloginventory",
}


def _error(status: int, message: str, parameters: Any = None) -> Response:
    body: dict[str, Any] = {"message": message}
    if parameters is not None:
        body["parameters"] = parameters
    return Response(status, body)


class MagentoSimulator(MagentoOrderBook, Simulator):
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

    def _order_for(self, request: Request, store: str, resource: str, order_id: str) -> dict[str, Any] | Response:
        """The order a call is about, or the answer Magento gives instead (wrong store, token, unknown id)."""
        refused = self._guard(request, store, resource)
        if refused:
            return refused
        order = self._find(order_id)
        return order if order is not None else _error(404, NO_ENTITY)

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
        order = self._order_for(request, store, "comment", order_id)
        if isinstance(order, Response):
            return order
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
        order = self._order_for(request, store, "cancel", order_id)
        if isinstance(order, Response):
            return order
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
        order = self._order_for(request, store, "ship", order_id)
        if isinstance(order, Response):
            return order
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
        order = self._order_for(request, store, "invoice", order_id)
        if isinstance(order, Response):
            return order
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
