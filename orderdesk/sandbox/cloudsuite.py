"""A CloudSuite webshop on loopback (seed 001): an OAuth2 token endpoint and the Django REST Framework order API.

What it answers, as CloudSuite does (CHANNELS.md section 2; *inferred* where the public pages are silent):
- `POST /oauth2/token/` form `grant_type=client_credentials, client_id, client_secret, scope=openid` ->
  `{"access_token", "token_type": "Bearer", "expires_in", "scope"}`; a wrong client -> 401
  `{"error": "invalid_client", "error_description": ...}`; another grant type -> 400 `unsupported_grant_type`.
  Tokens expire after `faults.token_ttl_calls` calls.
- `/api/...` needs `Authorization: Bearer <token>`; else 401 `{"detail": ...}` with `WWW-Authenticate`.
- `GET /api/order/` with the filters `state`, `confirm_date__gte/__lte`, `modified_date__gte/__lte` (*inferred*),
  `reference`, `webshop`, `offline`, and `limit`/`offset` (default 25, ordered by id). Unknown parameters are
  ignored (django-filter does that). `next`/`previous` are full URLs built from the Host header, parameters
  sorted (DRF's replace_query_param); `previous` drops `offset` on the first page. Results are the summary the
  public page shows (id, reference, customer_order_number, erp_order_number, state, order_date, create_date,
  modified_date) unless `list_detail=True`, which lists whole orders.
- `GET /api/order/{id}/` -> the whole order: customer and addresses nested (*inferred*), decimals as strings
  (DRF's default), naive times in UTC. `PATCH` takes state, shipment_state, erp_order_number,
  customer_order_number, payment_status; `PUT` takes the whole order (customer, addresses, webshop and user as
  ids; lines matched by `id`, else by product key; `erp_line_number` required on goods lines; a product must
  exist). Read-only fields are ignored. A cancelled order's state cannot change, a done order cannot be
  cancelled (*inferred*).
- Without the trailing slash Django's APPEND_SLASH answers 301 to the slashed URL (for every method: a client
  that follows it loses the body). Errors are DRF's: `{"detail": "Not found."}`, `{"field": ["message"]}`, lists
  of per-line errors for `order_lines`.
"""

from __future__ import annotations

import copy
import operator
import random
import socket
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode

from orderdesk.sandbox.cloudsuite_data import ORIGIN, PEOPLE, SPECS, CloudSuiteSeeding, _stamp

# Re-exported: the demo picks from cloudsuite.PRODUCTS.
from orderdesk.sandbox.cloudsuite_data import PRODUCTS as PRODUCTS
from orderdesk.sandbox.server import Faults, Request, Response, Simulator, TokenStore, route

CLIENT_ID = "orderdesk-demo"
CLIENT_SECRET = "cs-demo-client-secret-7f3a"
TOKEN_PATH = "/oauth2/token/"
DEFAULT_LIMIT = 25
TOKEN_LIFETIME_S = 3600
ORDER_STATES = ("draft", "quotation", "confirmed", "processing", "done", "cancel")
SHIPMENT_STATES = ("none", "partially", "sent")  # *inferred*
PAYMENT_STATUSES = ("closed_success", "closed_canceled", "started", "paid", "account", "none")
LINE_TYPES = ("line", "shipping", "discount", "text")  # *inferred* beyond "line"
SUMMARY_FIELDS = (
    "id",
    "reference",
    "customer_order_number",
    "erp_order_number",
    "state",
    "order_date",
    "create_date",
    "modified_date",
)
READ_ONLY = frozenset({"id", "reference", "create_date", "modified_date", "confirm_date"})
REQUIRED_ON_PUT = ("state", "currency", "order_lines", "shipment_address", "invoice_address")
WEBSHOPS = {1: "Koffiehuis NL", 2: "Koffiehuis UK"}


class CloudSuiteSimulator(CloudSuiteSeeding, Simulator):
    name = "cloudsuite"

    def __init__(
        self,
        faults: Faults | None = None,
        *,
        orders: int = 14,
        seed: int = 1,
        list_detail: bool = False,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
    ) -> None:
        super().__init__(faults)
        self.client_id = client_id
        self.client_secret = client_secret
        self.list_detail = list_detail
        self._order_count = orders
        self._seed = seed
        self.reset(self.faults)

    def reset(self, faults: Faults | None = None) -> None:
        """Back to the seeded orders, no requests, fresh tokens and these faults: one server, many tests."""
        with self.lock:
            self.faults = faults or Faults()
            self.tokens = TokenStore(self.faults)
            self.requests.clear()
            self.issued_tokens: list[str] = []  # for tests that look for tokens where they must not be
            # Faults hit only these methods when set (e.g. {"PUT"}: lose the PUT's answer, not the GET before it).
            self.fault_methods: set[str] | None = None
            self.rng = random.Random(self._seed)
            self.orders: dict[int, dict[str, Any]] = {}
            self.customers: dict[int, dict[str, Any]] = {}
            self.addresses: dict[int, dict[str, Any]] = {}
            self.products = {(key, ORIGIN): (description, price) for key, description, price in PRODUCTS}
            self._next_order = 48180
            self._next_line = 912000
            self._next_address = 1690
            self._last_stamp = datetime(2000, 1, 1)
            for person_id, person in enumerate(PEOPLE, start=1320):
                self._add_person(person_id, person)
            start = datetime(2024, 10, 21, 7, 12, 5, 118204)
            for index in range(self._order_count):
                spec = (
                    SPECS[index] if index < len(SPECS) else {"payment_status": "paid", "lines": self.rng.randint(1, 3)}
                )
                created = start + timedelta(hours=3 * index, minutes=self.rng.randint(0, 50), microseconds=index * 7919)
                self._seed_order(index, spec, created)

    # ---- serving ------------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        url = super().start(host, port)
        server = self._server
        assert server is not None
        accept = server.get_request

        def get_request() -> tuple[socket.socket, Any]:
            # The base handler writes headers and body apart; with Nagle on, each answer waits ~40 ms for the
            # client's delayed ACK. CloudSuite answers at once, so its stand-in should too.
            connection, address = accept()
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return connection, address

        server.get_request = get_request  # type: ignore[method-assign]
        return url

    def _faulty(self, request: Request) -> bool:
        if self.fault_methods is not None and request.method not in self.fault_methods:
            return False
        return super()._faulty(request)

    # ---- what tests use -----------------------------------------------------------------------------
    def demo_config(self) -> dict[str, Any]:
        return {
            "kind": "cloudsuite",
            "url": self.url,
            "username": self.client_id,
            "options": {"token_url": self.url + TOKEN_PATH},
            "secrets": {"client_secret": self.client_secret},
        }

    def now(self) -> str:
        """The server clock (UTC), strictly increasing so every change has its own modified_date."""
        with self.lock:
            moment = max(datetime.now(UTC).replace(tzinfo=None), self._last_stamp + timedelta(microseconds=1))
            self._last_stamp = moment
            return _stamp(moment)

    def add_order(
        self, *, lines: list[tuple[str, int]] | None = None, customer: int = 1320, **fields: Any
    ) -> dict[str, Any]:
        """A new order placed now (confirmed unless `state` says otherwise); `lines` are (product key, quantity)."""
        with self.lock:
            goods = [self._goods_line(key, quantity) for key, quantity in (lines or [("10042_STUK", 1)])]
            order = self._new_order(customer, goods, datetime.now(UTC), **fields)
            stamp = self.now()
            order.update(create_date=stamp, modified_date=stamp)
            if order["confirm_date"] is not None:
                order["confirm_date"] = stamp
            return self.order(order["id"])

    def touch_order(self, order_id: int, **changes: Any) -> dict[str, Any]:
        """Change an order as someone in the CloudSuite admin would; modified_date moves on."""
        with self.lock:
            order = self.orders[order_id]
            order.update(changes)
            if changes.get("state") == "confirmed":
                order["confirm_date"] = self.now()
            order["modified_date"] = self.now()
            return self.order(order_id)

    def order(self, order_id: int) -> dict[str, Any]:
        """The order as `GET /api/order/{id}/` shows it."""
        with self.lock:
            return self._detail(self.orders[order_id])

    def by_reference(self, reference: str) -> list[dict[str, Any]]:
        with self.lock:
            return [self._detail(o) for o in self.orders.values() if o["reference"] == reference]

    def error_body(self, status: int, message: str) -> Any:
        return {"detail": message}

    # ---- rendering ----------------------------------------------------------------------------------
    def _detail(self, order: dict[str, Any]) -> dict[str, Any]:
        body = copy.deepcopy(order)
        body.pop("key", None)
        body["customer"] = copy.deepcopy(self.customers.get(order["customer"], order["customer"]))
        for field in ("shipment_address", "invoice_address"):
            address = copy.deepcopy(self.addresses.get(order[field]))
            if address is not None:
                address.pop("customer", None)
                address.pop("type", None)
            body[field] = address if address is not None else order[field]
        return body

    def _summary(self, order: dict[str, Any]) -> dict[str, Any]:
        return {name: order.get(name) for name in SUMMARY_FIELDS}

    # ---- auth ---------------------------------------------------------------------------------------
    @route("POST", TOKEN_PATH)
    def token(self, request: Request) -> Response:
        form = request.form
        if form.get("grant_type") != "client_credentials":
            return Response(400, {"error": "unsupported_grant_type"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return Response(401, {"error": "invalid_client", "error_description": "Client authentication failed."})
        if "openid" not in (form.get("scope") or "").split():
            return Response(400, {"error": "invalid_scope", "error_description": "The scope openid is required."})
        token = self.tokens.issue("cs")
        self.issued_tokens.append(token)
        return Response(
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": TOKEN_LIFETIME_S,
                "scope": "openid",
            },
            {"Cache-Control": "no-store"},
        )

    def _refused(self, request: Request) -> Response | None:
        header = next((v for k, v in request.headers.items() if k.lower() == "authorization"), "")
        challenge = {"WWW-Authenticate": 'Bearer realm="api"'}
        if not header.startswith("Bearer "):
            return Response(401, {"detail": "Authentication credentials were not provided."}, challenge)
        if not self.tokens.valid(header[len("Bearer ") :].strip()):
            return Response(401, {"detail": "Invalid token."}, challenge)
        return None

    # ---- orders -------------------------------------------------------------------------------------
    @route("GET", r"/api/order/")
    def list_orders(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        errors: dict[str, list[str]] = {}
        selected = list(self.orders.values())
        for field in ("confirm_date", "modified_date"):
            for suffix, keep in (("gte", operator.ge), ("lte", operator.le)):
                name = f"{field}__{suffix}"
                raw = request.arg(name)
                if raw is None or raw == "":
                    continue
                bound = _parse_bound(raw)
                if bound is None:
                    errors[name] = ["Enter a valid date/time."]
                    continue
                selected = [o for o in selected if o[field] and keep(datetime.fromisoformat(o[field]), bound)]
        state = request.arg("state")
        if state:
            if state not in ORDER_STATES:
                errors["state"] = [f"Select a valid choice. {state} is not one of the available choices."]
            selected = [o for o in selected if o["state"] == state]
        if request.arg("reference"):
            selected = [o for o in selected if o["reference"] == request.arg("reference")]
        if request.arg("webshop"):
            selected = [o for o in selected if str(o["webshop"]) == request.arg("webshop")]
        offline = (request.arg("offline") or "").lower()
        if offline in ("true", "1", "false", "0"):
            selected = [o for o in selected if o["offline"] == (offline in ("true", "1"))]
        if errors:
            return Response(400, errors)
        selected.sort(key=lambda o: o["id"])
        limit = _whole(request.arg("limit"), DEFAULT_LIMIT, minimum=1)
        offset = _whole(request.arg("offset"), 0, minimum=0)
        page = selected[offset : offset + limit]
        render = self._detail if self.list_detail else self._summary
        return Response(
            200,
            {
                "count": len(selected),
                "next": self._page_link(request, limit, offset + limit) if offset + limit < len(selected) else None,
                "previous": self._page_link(request, limit, offset - limit) if offset > 0 else None,
                "results": [render(o) for o in page],
            },
        )

    def _page_link(self, request: Request, limit: int, offset: int) -> str:
        host = next((v for k, v in request.headers.items() if k.lower() == "host"), self.url.split("//", 1)[1])
        query = {k: v[0] for k, v in request.query.items()}
        query["limit"] = str(limit)
        if offset > 0:
            query["offset"] = str(offset)
        else:
            query.pop("offset", None)
        return f"http://{host}{request.path}?{urlencode(sorted(query.items()))}"

    @route("GET", r"/api/order/(?P<order_id>[^/]+)/")
    def get_order(self, request: Request, order_id: str) -> Response:
        order = self._order_for(request, order_id)
        if isinstance(order, Response):
            return order
        return Response(200, self._detail(order))

    @route("PATCH", r"/api/order/(?P<order_id>[^/]+)/")
    def patch_order(self, request: Request, order_id: str) -> Response:
        order = self._order_for(request, order_id)
        if isinstance(order, Response):
            return order
        body = request.json if request.body else {}
        if not isinstance(body, dict):
            return Response(
                400, {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {type(body).__name__}."]}
            )
        errors, changes = self._header_changes(order, body)
        if errors:
            return Response(400, errors)
        self._apply(order, changes)
        return Response(200, self._detail(order))

    @route("PUT", r"/api/order/(?P<order_id>[^/]+)/")
    def put_order(self, request: Request, order_id: str) -> Response:
        order = self._order_for(request, order_id)
        if isinstance(order, Response):
            return order
        body = request.json
        if not isinstance(body, dict):
            return Response(400, {"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]})
        errors: dict[str, Any] = {
            name: ["This field is required."] for name in REQUIRED_ON_PUT if body.get(name) in (None, "")
        }
        header_errors, changes = self._header_changes(order, body)
        errors.update(header_errors)
        for name, table in (
            ("customer", self.customers),
            ("shipment_address", self.addresses),
            ("invoice_address", self.addresses),
            ("webshop", WEBSHOPS),
        ):
            if body.get(name) in (None, ""):
                continue
            value = body[name]
            if isinstance(value, dict | list) or isinstance(value, bool):
                errors[name] = [f"Incorrect type. Expected pk value, received {type(value).__name__}."]
            elif not str(value).isdigit() or int(value) not in table:
                errors[name] = [f'Invalid pk "{value}" - object does not exist.']
            else:
                changes[name] = int(value)
        currency = body.get("currency")
        if currency not in (None, "") and (not isinstance(currency, str) or len(currency) != 3):
            errors["currency"] = ["Ensure this field has no more than 3 characters."]
        elif currency:
            changes["currency"] = currency.upper()
        if isinstance(body.get("order_lines"), list):
            line_errors, lines = self._lines(order, body["order_lines"])
            if any(line_errors):
                errors["order_lines"] = line_errors
            else:
                changes["order_lines"] = lines
        elif "order_lines" in body and "order_lines" not in errors:
            errors["order_lines"] = ['Expected a list of items but got type "dict".']
        if errors:
            return Response(400, errors)
        self._apply(order, changes)
        return Response(200, self._detail(order))

    @route("GET", r"/api/order/(?P<order_id>[^/]+)")
    def get_order_no_slash(self, request: Request, order_id: str) -> Response:
        return _append_slash(request)

    @route("PATCH", r"/api/order/(?P<order_id>[^/]+)")
    def patch_order_no_slash(self, request: Request, order_id: str) -> Response:
        return _append_slash(request)

    @route("PUT", r"/api/order/(?P<order_id>[^/]+)")
    def put_order_no_slash(self, request: Request, order_id: str) -> Response:
        return _append_slash(request)

    @route("GET", r"/api/order")
    def list_no_slash(self, request: Request) -> Response:
        return _append_slash(request)

    # ---- updating -----------------------------------------------------------------------------------
    def _find(self, order_id: str) -> dict[str, Any] | None:
        return self.orders.get(int(order_id)) if order_id.isdigit() else None

    def _order_for(self, request: Request, order_id: str) -> dict[str, Any] | Response:
        """The order a call is about, or the answer CloudSuite gives instead (bad token, unknown id)."""
        refused = self._refused(request)
        if refused is not None:
            return refused
        order = self._find(order_id)
        return order if order is not None else Response(404, {"detail": "Not found."})

    def _header_changes(self, order: dict[str, Any], body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        errors: dict[str, Any] = {}
        changes: dict[str, Any] = {}
        for name, choices in (
            ("state", ORDER_STATES),
            ("shipment_state", SHIPMENT_STATES),
            ("payment_status", PAYMENT_STATUSES),
        ):
            if name not in body:
                continue
            value = body[name]
            if value not in choices:
                errors[name] = [f'"{value}" is not a valid choice.']
            else:
                changes[name] = value
        target = changes.get("state")
        if target is not None and target != order["state"]:
            if order["state"] == "cancel":
                errors["state"] = [f"Order {order['reference']} is cancelled; its state can no longer change."]
            elif order["state"] == "done" and target == "cancel":
                errors["state"] = [f"Order {order['reference']} is done and cannot be cancelled."]
        for name in ("erp_order_number", "customer_order_number"):
            if name not in body:
                continue
            value = body[name]
            if value is not None and not isinstance(value, str | int):
                errors[name] = ["Not a valid string."]
            elif value is not None and len(str(value)) > 64:
                errors[name] = ["Ensure this field has no more than 64 characters."]
            else:
                changes[name] = None if value is None else str(value)
        return errors, changes

    def _lines(self, order: dict[str, Any], raw_lines: list[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Validate the PUT's lines as DRF's ListSerializer would (one error dict per line, {} when fine)."""
        existing = {line["id"]: line for line in order["order_lines"]}
        unmatched = list(order["order_lines"])
        errors: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        for raw in raw_lines:
            error: dict[str, Any] = {}
            errors.append(error)
            if not isinstance(raw, dict):
                error["non_field_errors"] = ["Invalid data. Expected a dictionary."]
                continue
            kind = raw.get("type")
            if kind not in LINE_TYPES:
                error["type"] = ["This field is required."] if kind is None else [f'"{kind}" is not a valid choice.']
            product = raw.get("product")
            if not isinstance(product, dict):
                error["product"] = ["This field is required."]
                product = {}
            else:
                missing = {k: ["This field is required."] for k in ("key", "origin") if not product.get(k)}
                if missing:
                    error["product"] = missing
                elif kind == "line" and (product["key"], product["origin"]) not in self.products:
                    error["product"] = [
                        f"Product with key '{product['key']}' and origin '{product['origin']}' does not exist."
                    ]
            if not raw.get("description"):
                error["description"] = ["This field is required."]
            quantity = _decimal(raw.get("quantity"))
            if quantity is None:
                error["quantity"] = ["A valid number is required."]
            elif quantity <= 0 and kind == "line":
                error["quantity"] = ["Ensure this value is greater than 0."]
            erp = raw.get("erp_line_number")
            if kind == "line" and erp in (None, ""):
                error["erp_line_number"] = ["This field is required."]
            elif erp not in (None, "") and not str(erp).isdigit():
                error["erp_line_number"] = ["A valid integer is required."]
            match = None
            if raw.get("id") is not None:
                match = existing.get(raw["id"]) if isinstance(raw["id"], int) else None
                if match is None:
                    error["id"] = [f"Order line {raw['id']} does not belong to order {order['reference']}."]
            else:
                match = next((line for line in unmatched if line["product"] == product and line["type"] == kind), None)
            unmatched = [line for line in unmatched if line is not match]
            price = raw.get("unit_price", match["unit_price"] if match else None)
            if _decimal(price) is None:
                error["unit_price"] = ["This field is required."] if price is None else ["A valid number is required."]
            if error:
                continue
            if match is None:
                self._next_line += 1
            lines.append(
                {
                    "id": match["id"] if match else self._next_line,
                    "product": {"key": product["key"], "origin": product["origin"]},
                    "description": raw["description"],
                    "type": kind,
                    "quantity": f"{_decimal(raw['quantity']):.3f}",
                    "unit_price": f"{_decimal(price):.2f}",
                    "erp_line_number": None if erp in (None, "") else int(erp),
                }
            )
        return errors, lines

    def _apply(self, order: dict[str, Any], changes: dict[str, Any]) -> None:
        if not changes:
            return
        if changes.get("state") == "confirmed" and order["state"] != "confirmed":
            order["confirm_date"] = self.now()
        order.update(changes)
        order["modified_date"] = self.now()


def _append_slash(request: Request) -> Response:
    query = urlencode({k: v[0] for k, v in request.query.items()})
    location = request.path + "/" + (f"?{query}" if query else "")
    return Response(301, b"", {"Location": location, "Content-Type": "text/html; charset=utf-8"})


def _parse_bound(raw: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _whole(raw: str | None, default: int, *, minimum: int) -> int:
    """DRF's LimitOffsetPagination: an unreadable number falls back to the default."""
    try:
        value = int(raw) if raw is not None else default
    except ValueError:
        return default
    return value if value >= minimum else default


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        result = Decimal(str(value))
    except InvalidOperation:
        return None
    return result if result.is_finite() else None
