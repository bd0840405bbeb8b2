"""Increff Omni as a loopback HTTP server: return orders and outward order attributes (seeds 002 and 004).

What the public material shows: header auth (authUsername, authPassword, authDomainName), POST
/return/return-orders answering 200 with an empty body, PUT /orders/outward/attributes/{orderCode}, and errors
{"code": "BAD_DATA", "message": "Input validation failed", "description": "[field: may not be null]"}.
Inferred here (marked so in the code): the wording of the auth error and of a duplicate returnOrderCode,
GET /return/return-orders/{returnOrderCode} as a read-back, "" clearing an attribute slot, and the 200 with an
empty body for the attribute update.

Increff knows the forward orders its proxy pulled from Magento. Hand the simulator a `forward_orders` lookup
(orderCode -> {"items": [{"orderItemCode", "channelSkuCode", "qty"}]}) to check returns and attributes against
them, e.g. MagentoSimulator.increff_forward_order; without one, every forward order code is taken as known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from orderdesk.sandbox.server import Faults, Request, Response, Simulator, route

DEMO_USERNAME = "orderdesk.demo"
DEMO_DOMAIN = "demo-brand"
DEMO_PASSWORD = "increff-demo-pass"
RETURN_TYPES = ("SELF_SHIP", "CUSTOMER_RETURN", "RETURN_TO_ORIGIN")
SLOTS = tuple(f"attribute{n}" for n in range(1, 11))
MAX_TEXT = 255
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$")

ForwardLookup = Callable[[str], dict[str, Any] | None]


def _bad_data(message: str, description: str) -> Response:
    return Response(400, {"code": "BAD_DATA", "message": message, "description": description})


def _header(request: Request, name: str) -> str:
    for key, value in request.headers.items():
        if key.lower() == name.lower():
            return value
    return ""


class IncreffSimulator(Simulator):
    name = "increff"

    def __init__(self, faults: Faults | None = None, *, forward_orders: ForwardLookup | None = None) -> None:
        super().__init__(faults)
        self.forward_orders = forward_orders
        self.username = DEMO_USERNAME
        self.domain = DEMO_DOMAIN
        self.password = DEMO_PASSWORD
        self.reset(self.faults)  # keep the faults it was built with

    def reset(self, faults: Faults | None = None) -> None:
        """No returns, no attributes, these faults (default: none), no recorded requests (tests reuse one running
        server)."""
        with self.lock:
            self.clear_faults(faults)
            self.returns: dict[str, dict[str, Any]] = {}  # returnOrderCode -> the return as received
            # orderCode -> {"order": {slot: value}, "items": {orderItemCode: {slot: value}}}
            self.attributes: dict[str, dict[str, Any]] = {}
            self.requests.clear()

    # ---- what tests and the demo use -------------------------------------------------------------------
    def demo_credentials(self) -> dict[str, str]:
        return {"increff_username": self.username, "increff_domain": self.domain, "increff_password": self.password}

    def error_body(self, status: int, message: str) -> Any:
        code = {401: "UNAUTHORIZED", 404: "NOT_FOUND", 429: "TOO_MANY_REQUESTS"}.get(status, "INTERNAL_ERROR")
        if 400 <= status < 500 and status not in (401, 404, 429):
            code = "BAD_DATA"
        return {"code": code, "message": message, "description": message}

    # ---- helpers ---------------------------------------------------------------------------------------
    def _refused(self, request: Request) -> Response | None:
        given = (_header(request, "authUsername"), _header(request, "authPassword"), _header(request, "authDomainName"))
        if given == (self.username, self.password, self.domain):
            return None
        # Inferred wording: the public material does not show Increff's auth failure.
        return Response(
            401,
            {
                "code": "UNAUTHORIZED",
                "message": "Invalid credentials",
                "description": "authUsername/authPassword/authDomainName",
            },
        )

    def _forward(self, code: str) -> dict[str, Any] | None:
        if self.forward_orders is None:
            return {"items": []}
        return self.forward_orders(code)

    @staticmethod
    def _long_strings(value: Any, path: str, problems: list[str]) -> None:
        if isinstance(value, str) and len(value) > MAX_TEXT:
            problems.append(f"{path}: size must be between 0 and {MAX_TEXT}")
        elif isinstance(value, dict):
            for key, item in value.items():
                IncreffSimulator._long_strings(item, f"{path}.{key}" if path else str(key), problems)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                IncreffSimulator._long_strings(item, f"{path}[{index}]", problems)

    # ---- return orders -----------------------------------------------------------------------------------
    @route("POST", r"/return/return-orders")
    def create_return(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        body = request.json
        if not isinstance(body, dict):
            return _bad_data("Input validation failed", "[request body: may not be null]")
        problems: list[str] = []
        for field in ("forwardOrderCode", "returnOrderCode", "locationCode", "orderType"):
            if body.get(field) in (None, ""):
                problems.append(f"{field}: may not be null")
        if body.get("orderType") and body["orderType"] not in RETURN_TYPES:
            problems.append(f"orderType: must be one of {', '.join(RETURN_TYPES)}")
        when = body.get("returnOrderTime")
        if when is not None and not (isinstance(when, str) and _TIME.match(when)):
            problems.append("returnOrderTime: must match yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
        items = body.get("orderItems")
        if not isinstance(items, list) or not items:
            problems.append("orderItems: may not be empty")
            items = []
        for index, item in enumerate(items):
            for field in ("itemCode", "reason", "channelSkuCode"):
                if not isinstance(item, dict) or item.get(field) in (None, ""):
                    problems.append(f"orderItems[{index}].{field}: may not be null")
        self._long_strings(body, "", problems)
        if problems:
            return _bad_data("Input validation failed", "[" + ", ".join(problems) + "]")
        code = str(body["returnOrderCode"])
        if code in self.returns:
            # Inferred wording for a repeated returnOrderCode.
            return _bad_data("Return order already exists", f"returnOrderCode {code} already exists")
        item_codes = [str(item["itemCode"]) for item in items]
        if len(set(item_codes)) != len(item_codes):
            return _bad_data("Input validation failed", "[orderItems: itemCode must be unique]")
        forward_code = str(body["forwardOrderCode"])
        forward = self._forward(forward_code)
        if forward is None:
            return _bad_data("Invalid forward order", f"No forward order found for forwardOrderCode {forward_code}")
        if forward.get("items"):
            ordered: dict[str, int] = {}
            for line in forward["items"]:
                ordered[line["channelSkuCode"]] = ordered.get(line["channelSkuCode"], 0) + int(line.get("qty", 1))
            returned: dict[str, int] = {}
            for earlier in self.returns.values():
                if earlier["forwardOrderCode"] == forward_code:
                    for item in earlier["orderItems"]:
                        returned[item["channelSkuCode"]] = returned.get(item["channelSkuCode"], 0) + 1
            for item in items:
                sku = str(item["channelSkuCode"])
                if sku not in ordered:
                    return _bad_data("Invalid channelSkuCode", f"{sku} is not in forward order {forward_code}")
                returned[sku] = returned.get(sku, 0) + 1
                if returned[sku] > ordered[sku]:
                    return _bad_data(
                        "Return quantity exceeds forward order quantity",
                        f"channelSkuCode {sku}: {ordered[sku]} ordered, {returned[sku]} returned",
                    )
        self.returns[code] = dict(body)
        return Response(200, None)  # success is an empty body

    @route("GET", r"/return/return-orders/(?P<code>[^/]+)")
    def read_return(self, request: Request, code: str) -> Response:
        """Inferred: a read-back of one return order by its returnOrderCode."""
        refused = self._refused(request)
        if refused is not None:
            return refused
        found = self.returns.get(unquote(code))
        if found is None:
            return Response(
                404, {"code": "BAD_DATA", "message": "Return order not found", "description": f"returnOrderCode {code}"}
            )
        return Response(200, found)

    # ---- custom attributes ---------------------------------------------------------------------------------
    @route("PUT", r"/orders/outward/attributes/(?P<code>[^/]+)")
    def update_attributes(self, request: Request, code: str) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        code = unquote(code)
        body = request.json
        if not isinstance(body, dict):
            return _bad_data("Input validation failed", "[request body: may not be null]")
        problems: list[str] = []
        order_values = body.get("updateOrderAttributes")
        if order_values is not None and not isinstance(order_values, dict):
            problems.append("updateOrderAttributes: must be an object")
            order_values = None
        for key in order_values or {}:
            if key not in SLOTS and key not in ("channelMetadata", "currency"):
                problems.append(f"updateOrderAttributes.{key}: unknown attribute")
        item_values = body.get("updateOrderItemAttributes")
        if item_values is not None and not isinstance(item_values, list):
            problems.append("updateOrderItemAttributes: must be a list")
            item_values = None
        for index, item in enumerate(item_values or []):
            if not isinstance(item, dict):
                problems.append(f"updateOrderItemAttributes[{index}]: must be an object")
                continue
            for field in ("orderItemCode", "channelSkuCode"):
                if item.get(field) in (None, ""):
                    problems.append(f"updateOrderItemAttributes[{index}].{field}: may not be null")
            for key in item:
                if key not in SLOTS and key not in ("orderItemCode", "channelSkuCode", "channelMetadata"):
                    problems.append(f"updateOrderItemAttributes[{index}].{key}: unknown attribute")
        self._long_strings(body, "", problems)
        if problems:
            return _bad_data("Input validation failed", "[" + ", ".join(problems) + "]")
        forward = self._forward(code)
        if forward is None:
            return _bad_data("Order not found", f"No outward order found for orderCode {code}")
        known_items = {str(line["orderItemCode"]) for line in forward.get("items") or []}
        for item in item_values or []:
            if known_items and str(item["orderItemCode"]) not in known_items:
                return _bad_data("Invalid orderItemCode", f"{item['orderItemCode']} is not in order {code}")
        state = self.attributes.setdefault(code, {"order": {}, "items": {}})
        _merge(state["order"], {k: v for k, v in (order_values or {}).items() if k in SLOTS})
        for item in item_values or []:
            values = {k: v for k, v in item.items() if k in SLOTS}
            _merge(state["items"].setdefault(str(item["orderItemCode"]), {}), values)
        return Response(200, None)


def _merge(target: dict[str, Any], values: dict[str, Any]) -> None:
    """Inferred: an empty string clears a slot; other values replace it."""
    for slot, value in values.items():
        if value in ("", None):
            target.pop(slot, None)
        else:
            target[slot] = value
