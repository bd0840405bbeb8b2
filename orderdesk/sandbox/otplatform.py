"""An OT Platform instance on loopback: the JSON service (`GET /service-json/<Method>?instanceKey=...`),
its envelope (`ErrorCode`/`ErrorDescription`/`Result`, errors with HTTP 200), request signatures, operator
and customer sessions that expire, orders ORD-00000000NN with provider tracking numbers, AddOrder that drops
what cannot be ordered, payments, and the autopurchase module's background activities.

Shapes marked *inferred* in CHANNELS.md section 4 are answered in one plausible form:
- sessions: `{"ErrorCode": "Ok", "SessionId": {"Value": "..."}}`;
- SearchOrders / SearchOrderLines: `Result {"Content": [...], "TotalCount": n}`, frameSize capped at 100,
  OrderSearchParameters with UpdatedDateFrom/To and CreationDateFrom/To, OrderBy "Field:asc|desc";
- background activities: Run* answer `Result {Type, Id {Value}}`; GetBackgroundActivityInfo(activityType,
  activityId) answers `Result {Id, Type, IsFinished, IsCancelled, IsAwaitingAction, ProgressPercent, Steps}`.
Error codes: SessionExpired, InvalidUserCredentials, InvalidInstanceKey, InvalidSignature, InvalidTimestamp,
AccessDenied, NotFound, InvalidArgument, InvalidOperation, NotEnoughMoney, InternalError, TooManyRequests.
"""

from __future__ import annotations

import copy
import hashlib
import random
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler
from typing import Any

from orderdesk.sandbox.otplatform_activities import Activity, OTPlatformActivities
from orderdesk.sandbox.otplatform_data import CATALOG, PEOPLE, RATES, OTOrder, OTPlatformSeeding, Product, _money
from orderdesk.sandbox.otplatform_wire import (
    DELIVERY_MODES,
    OTPlatformShapes,
    _amount,
    _parse_time,
    _Refused,
    _within,
    _xml,
)
from orderdesk.sandbox.server import Faults, Request, Response, Simulator, route


class OTPlatformSimulator(OTPlatformActivities, OTPlatformShapes, OTPlatformSeeding, Simulator):
    name = "otplatform"

    def __init__(
        self,
        faults: Faults | None = None,
        *,
        orders: int = 14,
        seed: int = 1,
        signature_secret: str | None = "demo-signature-secret-42",
        activity_polls: int = 2,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(faults)
        self.instance_key = "otdemo-7f3a9c51-instance"
        self.signature_secret = signature_secret
        self.operator = ("operator", "op-pass-Ω1")
        self.activity_polls = activity_polls
        self.customer_login = ("shopper.zoe", "shop-pass-Ω2", "1001")
        self._order_count = orders
        self._seed = seed
        self._given_clock = clock
        self._reseed()

    def reset(self, faults: Faults | None = None) -> None:
        """Back to the seeded state: no sessions, no recorded requests, these faults (default: none), the clock
        it was built with. The server keeps running, so one simulator serves a whole test module."""
        with self.lock:
            fresh = faults or Faults()
            # In place: the token store holds on to this very Faults object.
            for name in fresh.__dataclass_fields__:
                setattr(self.faults, name, getattr(fresh, name))
            self.faults._random.seed(self.faults.seed)
            self.tokens.revoke_all()
            self._reseed()
            self.requests.clear()

    def _reseed(self) -> None:
        with self.lock:
            self.clock = self._given_clock or (lambda: datetime.now(UTC).replace(microsecond=0))
            self._rng = random.Random(self._seed)
            self.customers: dict[str, dict[str, Any]] = {}
            for cust_id, name, email, currency, address in PEOPLE:
                first, last, country, region, city, postcode, street, phone = address
                self.customers[cust_id] = {
                    "name": name,
                    "email": email,
                    "currency": currency,
                    "balance": Decimal("500.00"),
                    "address": {
                        "Name": first,
                        "Familyname": last,
                        "Patername": "",
                        "Country": country,
                        "RegionName": region,
                        "City": city,
                        "PostalCode": postcode,
                        "Address": street,
                        "Phone": phone,
                    },
                    "profiles": {f"P{cust_id}": "home"},
                    "transactions": [],
                }
            self.catalog = {item: Product(n, Decimal(p), dict(c)) for item, n, p, c in CATALOG}
            self.price_changes: dict[str, Decimal] = {}  # item id -> new CNY price the provider now asks
            self.provider_sessions = {"Taobao": "tb-session-5e81c0d2"}
            self.orders: dict[str, OTOrder] = {}
            self.activities: dict[str, Activity] = {}
            self._sessions: dict[str, tuple[str, str]] = {}  # token -> (operator|customer, who)
            self._next_order = 21
            self._next_line = 9001
            self._reset_activities()
            self._seed_orders(self._order_count)

    # ---- demo configuration and test helpers -------------------------------------------------------------
    def demo_config(self) -> dict[str, Any]:
        secrets = {"password": self.operator[1], "customer_password": self.customer_login[1]}
        if self.signature_secret:
            secrets["signature_secret"] = self.signature_secret
        return {
            "kind": "otplatform",
            "url": self.url,
            "username": self.operator[0],
            "options": {
                "instance_key": self.instance_key,
                "customer_login": self.customer_login[0],
                "delivery_mode_id": "DM-AIR",
            },
            "secrets": secrets,
        }

    def order_state(self, sales_id: str) -> dict[str, Any]:
        """The order exactly as GetSalesOrderDetailsForOperator would answer it now."""
        with self.lock:
            return copy.deepcopy(self._details(self.orders[sales_id]))

    def touch_order(self, sales_id: str, **changes: Any) -> None:
        """Change an order's fields (status_id, is_paid, ...) and stamp it as updated now."""
        with self.lock:
            order = self.orders[sales_id]
            for name, value in changes.items():
                setattr(order, name, value)
            order.updated = self.clock()

    def set_waybill(self, sales_id: str, line_id: str, waybill: str) -> None:
        with self.lock:
            order = self.orders[sales_id]
            line = next(line for line in order.lines if line.id == line_id)
            line.vend_purch_waybill = waybill
            line.vend_purch_id = line.vend_purch_id or f"29{self._rng.randrange(10**12, 10**13)}"
            line.status_id = 7
            order.updated = self.clock()

    def expire_sessions(self) -> None:
        self.tokens.revoke_all()

    def issued_sessions(self) -> list[str]:
        """Every session id handed out so far (tests check none of them reaches a log)."""
        with self.lock:
            return list(self._sessions)

    def balance(self, cust_id: str) -> Decimal:
        with self.lock:
            return Decimal(self.customers[cust_id]["balance"])

    # ---- the service ----------------------------------------------------------------------------------
    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        # The base server writes headers and body in two sends; without TCP_NODELAY, Nagle and the client's
        # delayed ACK add ~40 ms to every call. (Worth moving into Simulator itself.)
        handler.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super()._serve(handler)

    @route("GET", r"/service-json/(?P<method>[A-Za-z]+)")
    def service(self, request: Request, method: str) -> Response:
        params = {name: values[0] for name, values in request.query.items()}
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return Response(404, {"ErrorCode": "NotFound", "ErrorDescription": f"Method {method} is not found"})
        try:
            self._check_call(method, params)
            result = handler(params)
        except _Refused as refused:
            return Response(200, {"ErrorCode": refused.code, "ErrorDescription": refused.description})
        body = {"ErrorCode": "Ok", "ErrorDescription": ""}
        body.update(result if isinstance(result, dict) and "SessionId" in result else {"Result": result})
        return Response(200, body)

    def error_body(self, status: int, message: str) -> Any:
        code = {429: "TooManyRequests", 404: "NotFound", 405: "NotAvailable"}.get(status, "InternalError")
        return {"ErrorCode": code, "ErrorDescription": message}

    def _check_call(self, method: str, params: dict[str, str]) -> None:
        if params.get("instanceKey") != self.instance_key:
            raise _Refused("InvalidInstanceKey", "Instance key is not valid")
        if not self.signature_secret:
            return
        stamp, signature = params.get("timestamp", ""), params.get("signature", "")
        if not stamp or not signature:
            raise _Refused("InvalidSignature", "This instance requires timestamp and signature parameters")
        try:
            when = datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            raise _Refused("InvalidTimestamp", f"Timestamp '{stamp}' is not YYYYMMDDHHMMSS") from None
        if abs((self.clock() - when).total_seconds()) > 900:
            raise _Refused("InvalidTimestamp", "Timestamp differs from server time by more than 15 minutes")
        values = "".join(params[name] for name in sorted(params) if name != "signature")
        expected = hashlib.sha256((method + values + self.signature_secret).encode("utf-8")).hexdigest()
        if signature.lower() != expected:
            raise _Refused("InvalidSignature", "Signature is not valid")

    def _who(self, params: dict[str, str], *kinds: str) -> tuple[str, str]:
        token = params.get("sessionId", "")
        if not self.tokens.valid(token) or token not in self._sessions:
            raise _Refused("SessionExpired", "Session is expired or not found. Please sign in again")
        kind, who = self._sessions[token]
        if kind not in kinds:
            raise _Refused("AccessDenied", f"This method is not available to a {kind} session")
        return kind, who

    def _order(self, sales_id: str) -> OTOrder:
        order = self.orders.get(sales_id)
        if order is None:
            raise _Refused("NotFound", f"Order {sales_id} is not found")
        return order

    # Handlers are named _m_<OT method>, so a method OT does not have answers NotFound.
    # ---- sessions -------------------------------------------------------------------------------------
    def _m_AuthenticateInstanceOperator(self, params: dict[str, str]) -> dict[str, Any]:
        if (params.get("userLogin"), params.get("userPassword")) != self.operator:
            raise _Refused("InvalidUserCredentials", "Invalid operator login or password")
        return self._issue("operator", params["userLogin"])

    def _m_Authenticate(self, params: dict[str, str]) -> dict[str, Any]:
        login, password, cust_id = self.customer_login
        if (params.get("userLogin"), params.get("userPassword")) != (login, password):
            raise _Refused("InvalidUserCredentials", "Invalid login or password")
        return self._issue("customer", cust_id)

    def _issue(self, kind: str, who: str) -> dict[str, Any]:
        token = self.tokens.issue("op" if kind == "operator" else "cu")
        self._sessions[token] = (kind, who)
        return {"SessionId": {"Value": token}}

    # ---- orders -----------------------------------------------------------------------------------------
    def _m_SearchOrders(self, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        search = _xml(params.get("xmlSearchParameters", "<OrderSearchParameters/>"))
        found = list(self.orders.values())
        for tag, attribute, from_bound in (
            ("UpdatedDateFrom", "updated", True),
            ("UpdatedDateTo", "updated", False),
            ("CreationDateFrom", "created", True),
            ("CreationDateTo", "created", False),
        ):
            text = search.findtext(tag)
            if text:
                bound = _parse_time(text)
                found = [o for o in found if _within(getattr(o, attribute), bound, from_bound)]
        if search.findtext("Id"):
            found = [o for o in found if o.id == search.findtext("Id")]
        field_, _, direction = (search.findtext("OrderBy") or "CreatedDateTime:asc").partition(";")[0].partition(":")
        key = {"UpdatedDateTime": "updated", "CreatedDateTime": "created"}.get(field_, "created")
        found.sort(key=lambda o: (getattr(o, key), o.id), reverse=direction.lower() == "desc")
        return self._frame([self._info(o) for o in found], params)

    def _m_GetSalesOrderDetailsForOperator(self, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        return self._details(self._order(params.get("salesId", "")))

    def _m_CancelSalesOrder(self, params: dict[str, str]) -> None:
        kind, who = self._who(params, "operator", "customer")
        order = self._order(params.get("salesId", ""))
        if kind == "customer" and (order.cust_id != who or not order.added_by_customer):
            raise _Refused("AccessDenied", f"Order {order.id} was not added by this customer")
        if kind == "operator" and order.added_by_customer:
            # The seed: an order a customer added is cancelled with that customer's session.
            raise _Refused("AccessDenied", f"Order {order.id} was added by a customer; cancel it with their session")
        if order.is_cancelled:
            raise _Refused("InvalidOperation", f"Order {order.id} is already cancelled")
        if order.status_id >= 38:
            raise _Refused("InvalidOperation", f"Order {order.id} has been sent and cannot be cancelled")
        order.is_cancelled, order.status_id = True, 70
        for line in order.lines:
            line.cancelled = True
        self.customers[order.cust_id]["balance"] += order.paid
        order.updated = self.clock()

    def _m_SalesPaymentReserve(self, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        order = self._order(params.get("salesId", ""))
        amount = _amount(params.get("amount", ""))
        if order.is_cancelled:
            raise _Refused("InvalidOperation", f"Order {order.id} is cancelled")
        customer = self.customers[order.cust_id]
        if amount > customer["balance"]:
            raise _Refused("NotEnoughMoney", "Not enough money on the customer's account")
        if order.paid + amount > order.total:
            raise _Refused("InvalidArgument", f"Amount is more than the {order.total - order.paid} left to pay")
        customer["balance"] -= amount
        order.paid += amount
        if order.paid >= order.total:
            order.is_paid = True
            order.status_id = max(order.status_id, 20)
        order.updated = self.clock()
        return {"SalesId": order.id, "Amount": str(amount), "PaidAmount": str(order.paid), "IsPaid": order.is_paid}

    def _m_PostTransaction(self, params: dict[str, str]) -> None:
        self._who(params, "operator")
        customer = self.customers.get(params.get("customerId", ""))
        if customer is None:
            raise _Refused("NotFound", f"Customer {params.get('customerId')} is not found")
        amount = _amount(params.get("amount", ""))
        # As the seed describes it: a deposit is sent with isDebit=true.
        sign = 1 if params.get("isDebit", "").lower() == "true" else -1
        customer["balance"] += sign * amount
        customer["transactions"].append({"amount": sign * amount, "comment": params.get("comment", "")})

    def _m_AddOrder(self, params: dict[str, str]) -> dict[str, Any]:
        _, cust_id = self._who(params, "customer")
        data = _xml(params.get("xmlAddData", ""))
        mode = data.findtext("DeliveryModeId") or ""
        if mode not in DELIVERY_MODES:
            raise _Refused("InvalidArgument", f"Delivery mode '{mode}' is not found")
        profile = data.findtext("UserProfileId") or ""
        customer = self.customers[cust_id]
        if profile and profile not in customer["profiles"]:
            raise _Refused("InvalidArgument", f"User profile '{profile}' is not found")
        lines = []
        for item in data.iter("Item"):
            product = self.catalog.get(item.findtext("Id") or "")
            config = item.findtext("ConfigurationId") or ""
            try:
                wanted = int(item.findtext("Quantity") or "0")
            except ValueError:
                raise _Refused("InvalidArgument", "Quantity must be a whole number") from None
            if product is None or config not in product.configs or wanted <= 0:
                continue  # the seed: goods that cannot be ordered are deleted from the order
            text, stock = product.configs[config]
            quantity = min(wanted, stock)
            if quantity <= 0:
                continue
            product.configs[config] = (text, stock - quantity)
            price = _money(product.price * RATES[customer["currency"]])
            lines.append(self._new_line(item.findtext("Id") or "", config, text, product.name, quantity, price))
        if not lines:
            raise _Refused("InvalidArgument", "None of the items can be ordered")
        now = self.clock()
        order = OTOrder(
            id=self._new_order_id(),
            cust_id=cust_id,
            currency=customer["currency"],
            created=now,
            updated=now,
            lines=lines,
            comment=data.findtext("Comment") or "",
            delivery_mode_id=mode,
            added_by_customer=True,
        )
        self.orders[order.id] = order
        return {key: value for key, value in self._info(order).items() if key != "DeliveryAddress"}

    def _m_SearchOrderLines(self, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        search = _xml(params.get("xmlSearchParameters", ""))
        waybills = {e.text or "" for e in search.findall("VendorPurchaseWaybillIdList/Id")}
        purchases = {e.text or "" for e in search.findall("VendorPurchaseIdList/Id")}
        found = [
            dict(self._line(line), OrderId=order.id)
            for order in sorted(self.orders.values(), key=lambda o: o.id)
            for line in order.lines
            if (waybills and line.vend_purch_waybill in waybills) or (purchases and line.vend_purch_id in purchases)
        ]
        return self._frame(found, params)
