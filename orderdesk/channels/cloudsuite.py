"""The CloudSuite webshop (seed 001): OAuth2 client credentials and a Django REST Framework order API.

Wire format, as this adapter speaks it (CHANNELS.md section 2; *inferred* marks what the public pages do not show):
- Token: `POST <token_url>` with the form body `grant_type=client_credentials, client_id, client_secret,
  scope=openid` answers `{"access_token", "token_type": "Bearer", "expires_in"}`. Calls then carry
  `Authorization: Bearer <token>`. A token is renewed a little before `expires_in` runs out, and on a 401 once
  (ChannelHttp's renew_auth). A refused client answers `{"error": "invalid_client", "error_description": ...}`
  (401, or 400 as RFC 6749 allows): an AuthError with the description.
- Pull: `GET /api/order/?state=confirmed[&confirm_date__gte=<cursor>]&limit=&offset=` answers
  `{"count", "next", "previous", "results"}`; `next` is followed to the end (only its path and query are used,
  on our own base URL, so the bearer token never goes to a host the admin did not enter). The public page shows
  list results as a summary (id, reference, dates, state); a result without `order_lines` is read in full with
  `GET /api/order/{id}/`. On an incremental pull a second query `GET /api/order/?modified_date__gte=<cursor>`
  (any state) tells the desk of changes made in CloudSuite: cancellations, `done`, `shipment_state: sent`.
  The filter is *inferred* from the page's "you can include a create/modified date"; should a server ignore it,
  results older than the cursor are dropped here, so an ignored filter costs pages but imports nothing stale.
  `draft` and `quotation` orders are not orders yet and are skipped.
- Cursor: the newest `modified_date` seen (else `confirm_date`/`create_date`), kept as the server wrote it so the
  next filter is in the server's own clock (CloudSuite writes naive times; read as UTC here, see below). Every page
  but the last carries the cursor the pull started from: `next` walks offsets in an order we do not know, so
  only a finished pull may move the cursor. The filters are inclusive (`__gte`); the engine dedupes.
- Order: `id`, `reference`, `customer_order_number`, `erp_order_number`, `state`, `payment_status`, `order_date`,
  `create_date`, `modified_date`, `shipment_state`, `offline`, `currency`, `webshop`, `user`, `order_lines`
  `[{id, product {key, origin}, description, type, quantity, unit_price, erp_line_number}]`, and `customer`,
  `shipment_address`, `invoice_address` as ids or as nested objects (both are read; names of the nested fields
  are *inferred*: name / first_name + last_name, company(_name), street + house_number(_addition),
  zip_code / postcode, city, country (code or object), phone, email). Naive times are taken as UTC (*inferred*;
  a server on Amsterdam time would show times up to two hours off, the cursor is unaffected).
- Lines: only `type: "line"` is goods. A line typed shipping/shipment/delivery/transport/shipping_cost adds
  quantity x unit_price to `shipping_total`; any other type (discount, text...) is not a goods line and is not
  imported. Both are kept verbatim in channel_data["extra_lines"] and sent back unchanged in an EDIT's PUT.
  Quantities must be whole units (OrderDesk counts units); a fractional quantity rejects the order, in words.
- Status: `cancel` -> cancelled; `done` -> delivered (the desk sends `done` for delivered, so it reads back the
  same); `shipment_state: sent` -> dispatched; `processing` -> processing; `confirmed` -> pending.
  payment_status: closed_success/paid -> paid; account -> invoice later; closed_canceled/started/none, absent or
  unknown -> unpaid (an unpaid order needs an operator's override before it is processed).

Push (`/api/order/{id}/`, trailing slash required: without it Django redirects and the body is lost):
- ACKNOWLEDGE: `PATCH {"state": "processing"}`.
- ERP_NUMBER: payload `{"erp_order_number": "..."}` (else the order's own) -> `PATCH {"erp_order_number"}`.
- EDIT: `GET` the order, then `PUT` it whole: the server's own reference, state, currency, webshop, user and the
  ids of customer and addresses, with the desk's goods lines (existing ones with their `id`; lines left out are
  removed) each with `erp_line_number` (the desk's stored number, else the one CloudSuite holds, else the desk's
  line id: unique and stable), plus the non-goods lines as CloudSuite has them. CloudSuite keeps addresses and
  customers as ids, so an edited address or customer stays in OrderDesk and the result carries a warning.
- DISPATCH: `PATCH {"shipment_state": "sent"}`. The order has no tracking field (tracking travels in the optional
  DESADV call), so the consignment number stays in OrderDesk; the result says so.
- STATUS: delivered -> `PATCH {"state": "done"}`; pending -> `{"state": "confirmed"}`; processing ->
  `{"state": "processing"}`; packed has no CloudSuite state and stays local.
- CANCEL: `PATCH {"state": "cancel"}`.
- Offline orders only take `shipment_state: sent`: their ACKNOWLEDGE, STATUS and CANCEL stay local (a cancel
  with a warning, as CloudSuite will keep showing the order).
- No id in channel_data: `GET /api/order/?reference=<ref>`, adding `webshop` (channel_data, else the channel's
  webshop option) when several come back.
- already_applied: `GET /api/order/{id}/` and compare the field the event sets.
- Status mapping (the admin's "status_map" option, orderdesk.core.status_map): inbound only. A `state` word the
  admin mapped reads as the admin's status ahead of the table above (channel_status keeps the word); a
  `shipment_state: sent` still makes an open (pending/processing/packed) order dispatched, as that is a field of
  its own. Outbound it does not apply: CloudSuite takes fixed API states (`processing`, `confirmed`, `done`,
  `cancel`, `shipment_state: sent`), not free status words.
- Errors are DRF's `{"detail": "..."}` or `{"field": ["message"]}` (nested for lines: shown as
  `order_lines[1].unit_price: ...`) (*inferred*), passed on in the channel's words.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import requests

from orderdesk.channels.base import ChannelConfig, Page, PushResult
from orderdesk.channels.errors import AuthError, MalformedResponse, PermanentError, UnsupportedAction
from orderdesk.channels.http import CallLogger, ChannelHttp, HttpSettings, check_url, read_json
from orderdesk.channels.redaction import redact_text
from orderdesk.channels.status_mapping import configured_status_map
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.money import ZERO, to_decimal
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.status_map import StatusMap
from orderdesk.core.statuses import OrderStatus, PaymentStatus

LABEL = "CloudSuite"
ORDERS_PATH = "/api/order/"
PAGE_SIZE = 50
MAX_PAGES = 10_000  # a guard against a server whose `next` never ends
TOKEN_MARGIN_S = 30.0  # renew this long before the token says it expires

GOODS = "line"
SHIPPING_TYPES = frozenset({"shipping", "shipment", "shipping_cost", "delivery", "transport"})
NOT_ORDERS = frozenset({"draft", "quotation"})
PAID = frozenset({"closed_success", "paid"})
INVOICE_LATER = frozenset({"account"})
STATE_EVENTS = frozenset({EventKind.ACKNOWLEDGE, EventKind.STATUS, EventKind.CANCEL})
# What a STATUS event sets in CloudSuite; None: CloudSuite has no such state, the change stays local.
STATUS_TARGETS: dict[str, dict[str, str] | None] = {
    OrderStatus.PENDING.value: {"state": "confirmed"},
    OrderStatus.PROCESSING.value: {"state": "processing"},
    OrderStatus.PACKED.value: None,
    OrderStatus.DISPATCHED.value: {"shipment_state": "sent"},
    OrderStatus.DELIVERED.value: {"state": "done"},
    OrderStatus.CANCELLED.value: {"state": "cancel"},
}


def monotonic() -> float:
    """The clock token expiry is measured on (its own function so tests can move it)."""
    return time.monotonic()


class Rejected(ValueError):
    """One order cannot be read; the reason is in plain words."""


def error_reader(response: requests.Response) -> str:
    """DRF's words: `detail`, OAuth's `error_description`, or every field error with its path."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return text[:300] if text else f"HTTP {response.status_code}"
    parts = _error_parts(body, "")
    return "; ".join(parts)[:500] if parts else f"HTTP {response.status_code}"


def _error_parts(value: Any, path: str) -> list[str]:
    if isinstance(value, dict):
        parts: list[str] = []
        for key, inner in value.items():
            if key == "error" and "error_description" in value:
                continue  # the description says it in words
            plain = key in ("detail", "error_description", "error", "message", "non_field_errors")
            parts += _error_parts(inner, path if plain else (f"{path}.{key}" if path else str(key)))
        return parts
    if isinstance(value, list):
        parts = []
        for index, inner in enumerate(value):
            nested = isinstance(inner, dict | list)
            parts += _error_parts(inner, f"{path}[{index}]" if nested else path)
        return parts
    if value is None or value == "":
        return []
    return [f"{path}: {value}" if path else str(value)]


class CloudSuiteAdapter:
    kind: ClassVar[ChannelKind] = ChannelKind.CLOUDSUITE

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
        token_url = str(config.options.get("token_url") or "").strip()
        if not token_url:
            raise PermanentError(f"No token URL is set for {config.name or LABEL}. Enter the OAuth2 token endpoint.")
        self.token_url = check_url(token_url)
        self.status_map = configured_status_map(config)
        # One list shared with ChannelHttp: every token fetched joins it, so logs never show one.
        self._secrets: list[str] = [value for value in config.secrets.values() if value]
        self._token: str | None = None
        self._token_expires = 0.0
        settings = http_settings or HttpSettings()
        if settings.rate_limit_per_min is None and config.rate_limit_per_min:
            settings = replace(settings, rate_limit_per_min=config.rate_limit_per_min)
        self.http = ChannelHttp(
            base_url=config.base_url,
            channel=config.name or LABEL,
            settings=settings,
            session=session,
            auth_headers=self._auth_headers,
            renew_auth=self._renew_token,
            logger=logger,
            # A server that echoes a secret in its error must not put it into our exception messages.
            error_reader=lambda response: redact_text(error_reader(response), self._secrets),
            secrets=self._secrets,
            sleep=sleep,
        )

    # ---- token --------------------------------------------------------------------------------------
    def _auth_headers(self) -> Mapping[str, str]:
        if self._token is None or monotonic() >= self._token_expires:
            self._fetch_token()
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def _renew_token(self) -> None:
        self._token = None
        self._fetch_token()

    def _fetch_token(self) -> None:
        secret = self.config.secrets.get("client_secret", "")
        if not secret or not self.config.username:
            raise AuthError(f"No client id and secret are set for {self.http.channel}. Enter them in the settings.")
        form = {
            "grant_type": "client_credentials",
            "client_id": self.config.username,
            "client_secret": secret,
            "scope": "openid",
        }
        try:
            response = self.http.request(
                "POST", self.token_url, data=form, authenticated=False, idempotent=True, operation="get token"
            )
        except PermanentError as exc:
            if exc.http_status == 400:  # RFC 6749 answers invalid_client/invalid_grant with 400 too
                raise AuthError(
                    f"{self.http.channel} refused the client credentials (HTTP 400): {exc.channel_message}",
                    http_status=400,
                    channel_message=exc.channel_message,
                ) from None
            raise
        body = read_json(response, self.http.channel)
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise MalformedResponse(f"The token endpoint of {self.http.channel} answered without an access token.")
        self._secrets.append(token)
        self._token = token
        try:
            lifetime = float(body.get("expires_in") or 0)
        except (TypeError, ValueError):
            lifetime = 0.0
        margin = min(TOKEN_MARGIN_S, lifetime / 2)
        self._token_expires = monotonic() + lifetime - margin if lifetime > 0 else float("inf")

    # ---- connection ---------------------------------------------------------------------------------
    def test_connection(self) -> str:
        body = self.http.json("GET", ORDERS_PATH, params={"limit": 1}, operation="test connection")
        count = body.get("count") if isinstance(body, dict) else None
        if not isinstance(count, int) or isinstance(count, bool):
            raise MalformedResponse(f"{self.http.channel} answered the order list without a count.")
        return f"Connected to {LABEL}: {count} order{'' if count == 1 else 's'}."

    # ---- pull ---------------------------------------------------------------------------------------
    def cursor_since(self, since: datetime) -> str:
        """The cursor that pulls everything changed since a moment (the engine's reconcile), in CloudSuite's own
        way of writing a time: naive, UTC."""
        return utc(since).replace(tzinfo=None).isoformat()

    def fetch_orders(self, cursor: str | None) -> Iterator[Page]:
        since_raw = cursor if parse_time(cursor) is not None else None
        since = parse_time(since_raw)
        newest_raw, newest = since_raw, since
        queries: list[dict[str, Any]] = [{"state": "confirmed"}]
        if since_raw is not None:
            queries[0]["confirm_date__gte"] = since_raw
            queries.append({"modified_date__gte": since_raw})
        seen: set[str] = set()
        held: Page | None = None
        for number, query in enumerate(queries):
            changes_query = number == 1
            for results in self._pages(query):
                records: list[OrderRecord] = []
                rejected: list[tuple[str, str]] = []
                for raw in results:
                    if not isinstance(raw, dict):
                        rejected.append(("?", "the channel sent something that is not an order"))
                        continue
                    key = _text(raw.get("id")) or _text(raw.get("reference")) or "?"
                    stamp_raw, stamp = _stamp(raw)
                    if changes_query and since is not None and stamp is not None and stamp < since:
                        continue  # the server ignored modified_date__gte: nothing here is news
                    if stamp is not None and (newest is None or stamp > newest):
                        newest_raw, newest = stamp_raw, stamp
                    if key in seen or raw.get("state") in NOT_ORDERS:
                        continue
                    seen.add(key)
                    try:
                        records.append(order_record(self._full(raw), self.status_map))
                    except Rejected as exc:
                        rejected.append((key, str(exc)))
                if not records and not rejected:
                    continue  # nothing to commit; the last page below carries the cursor
                if held is not None:
                    yield held
                held = Page(records, cursor, rejected)
        if held is None:
            held = Page([], cursor)
        yield replace(held, cursor=newest_raw if newest_raw is not None else cursor)

    def _pages(self, query: dict[str, Any]) -> Iterator[list[Any]]:
        """Every page of one list query, following `next` on our own base URL."""
        target: str = ORDERS_PATH
        params: dict[str, Any] | None = {**query, "limit": PAGE_SIZE, "offset": 0}
        visited: set[str] = set()
        for _ in range(MAX_PAGES):
            body = self.http.json("GET", target, params=params, operation="pull orders")
            if not isinstance(body, dict) or not isinstance(body.get("results"), list):
                raise MalformedResponse(f"{self.http.channel} answered the order list without `results`.")
            results: list[Any] = body["results"]
            yield results
            following = body.get("next")
            if not following or not results:
                return
            target, params = self._on_base(str(following)), None
            if target in visited:
                raise MalformedResponse(f"{self.http.channel} offered the same page of orders twice; stopped reading.")
            visited.add(target)
        raise MalformedResponse(f"{self.http.channel} kept offering more pages after {MAX_PAGES}; stopped reading.")

    def _on_base(self, url: str) -> str:
        """The path and query of a `next` link, on the base URL the admin entered."""
        link, base = urlsplit(url), urlsplit(self.config.base_url)
        return urlunsplit((base.scheme, base.netloc, link.path, link.query, ""))

    def _full(self, raw: dict[str, Any]) -> Any:
        """The order with its lines: list results may be a summary."""
        if "order_lines" in raw:
            return raw
        if raw.get("id") is None:
            raise Rejected("the order has no id")
        try:
            return self._get(str(raw["id"]), _text(raw.get("reference")))
        except PermanentError as exc:
            if exc.http_status == 404:
                raise Rejected(f"the order was listed but cannot be read: {exc.channel_message}") from None
            raise

    def _get(self, order_id: str, reference: str = "") -> dict[str, Any]:
        body = self.http.json("GET", f"{ORDERS_PATH}{order_id}/", operation="read order", order_reference=reference)
        if not isinstance(body, dict):
            raise MalformedResponse(f"{self.http.channel} answered order {reference or order_id} with no order.")
        return body

    # ---- push ---------------------------------------------------------------------------------------
    def push(self, event: OutboundEvent) -> PushResult:
        ref = event.order.reference
        if event.kind in STATE_EVENTS and event.order.channel_data.get("offline"):
            return _offline_result(event)
        if event.kind == EventKind.EDIT:
            return self._push_edit(event)
        body = self._patch_body(event)
        if body is None:
            status = event.payload.get("status", "")
            return PushResult(message=f"{LABEL} has no '{status}' state; order {ref} keeps it in OrderDesk only.")
        self._patch(event, body)
        if event.kind == EventKind.DISPATCH:
            number = event.payload.get("consignment_number") or event.order.consignment_number
            kept = f"The consignment {number} stays in OrderDesk" if number else "Tracking stays in OrderDesk"
            return PushResult(
                message=f"Order {ref} marked as sent in {LABEL}. {kept}: "
                f"{LABEL} takes tracking only through its separate delivery (DESADV) call."
            )
        return PushResult(message=f"Order {ref} updated in {LABEL}: {_describe(body)}.")

    def _patch_body(self, event: OutboundEvent) -> dict[str, Any] | None:
        """What the PATCH sets; None when CloudSuite has no word for it."""
        kind = event.kind
        if kind == EventKind.ACKNOWLEDGE:
            return {"state": "processing"}
        if kind == EventKind.CANCEL:
            return {"state": "cancel"}
        if kind == EventKind.DISPATCH:
            return {"shipment_state": "sent"}
        if kind == EventKind.ERP_NUMBER:
            number = _text(event.payload.get("erp_order_number")) or _text(event.order.erp_order_number)
            if not number:
                raise PermanentError(f"Order {event.order.reference} has no ERP order number to send.")
            return {"erp_order_number": number}
        if kind == EventKind.STATUS:
            status = _text(event.payload.get("status")) or event.order.status.value
            if status not in STATUS_TARGETS:
                raise UnsupportedAction(f"{LABEL} cannot take the status '{status}'.")
            return STATUS_TARGETS[status]
        raise UnsupportedAction(f"{LABEL} has no way to take a {kind.value} change.")

    def _patch(self, event: OutboundEvent, body: dict[str, Any]) -> dict[str, Any]:
        order_id = self.order_id(event)
        # Each PATCH sets absolute values, so sending it twice does no harm: safe to retry.
        answer = self.http.json(
            "PATCH",
            f"{ORDERS_PATH}{order_id}/",
            json_body=body,
            idempotent=True,
            operation=event.kind.value,
            order_reference=event.order.reference,
        )
        if not isinstance(answer, dict):
            raise MalformedResponse(f"{self.http.channel} answered the change of {event.order.reference} oddly.")
        return answer

    def _push_edit(self, event: OutboundEvent) -> PushResult:
        order_id = self.order_id(event)
        current = self._get(order_id, event.order.reference)
        body = edit_body(current, event)
        self.http.json(
            "PUT",
            f"{ORDERS_PATH}{order_id}/",
            json_body=body,
            idempotent=True,
            operation="edit",
            order_reference=event.order.reference,
        )
        changed = set(event.payload.get("fields") or [])
        warnings = []
        if changed & ADDRESS_OR_CUSTOMER:
            warnings.append(
                f"{LABEL} keeps customers and addresses by id and takes no changes to them through this API: "
                f"the changed {', '.join(sorted(changed & ADDRESS_OR_CUSTOMER))} of order {event.order.reference} "
                "stay in OrderDesk. Change them in the CloudSuite admin too."
            )
        lines = len([line for line in body["order_lines"] if line.get("type") == GOODS])
        return PushResult(
            message=f"Order {event.order.reference} updated in {LABEL} ({lines} lines).", warnings=warnings
        )

    def order_id(self, event: OutboundEvent) -> str:
        """CloudSuite's id of the order: from channel_data, else looked up by reference (and webshop)."""
        known = event.order.channel_data.get("id")
        if known not in (None, ""):
            return str(known)
        ref = event.order.reference
        matches = self._by_reference(ref, None)
        if len(matches) > 1:
            webshop = event.order.channel_data.get("webshop") or self.config.options.get("webshop")
            if webshop in (None, ""):
                shops = ", ".join(sorted({_text(_id_of(m.get("webshop"))) or "?" for m in matches}))
                raise PermanentError(
                    f"{LABEL} has {len(matches)} orders with reference {ref} (webshops {shops}). "
                    "Set the webshop id in the channel settings."
                )
            matches = self._by_reference(ref, webshop)
        if len(matches) != 1 or matches[0].get("id") is None:
            found = "no order" if not matches else f"{len(matches)} orders"
            raise PermanentError(f"{LABEL} has {found} with reference {ref}.")
        return str(matches[0]["id"])

    def _by_reference(self, reference: str, webshop: Any) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"reference": reference, "limit": PAGE_SIZE}
        if webshop not in (None, ""):
            params["webshop"] = webshop
        body = self.http.json("GET", ORDERS_PATH, params=params, operation="find order", order_reference=reference)
        if not isinstance(body, dict) or not isinstance(body.get("results"), list):
            raise MalformedResponse(f"{self.http.channel} answered the order search without `results`.")
        # The filter may match loosely; only the exact reference counts.
        return [r for r in body["results"] if isinstance(r, dict) and _text(r.get("reference")) == reference]

    # ---- read-back ----------------------------------------------------------------------------------
    def already_applied(self, event: OutboundEvent) -> PushResult | None:
        ref = event.order.reference
        if event.kind in STATE_EVENTS and event.order.channel_data.get("offline"):
            return _offline_result(event)
        if event.kind != EventKind.EDIT:
            wanted = self._patch_body(event)
            if wanted is None:
                return PushResult(message=f"Nothing was to be sent to {LABEL} for order {ref}.")
        current = self._get(self.order_id(event), ref)
        if event.kind == EventKind.EDIT:
            applied = edit_matches(current, event)
        elif event.kind == EventKind.ACKNOWLEDGE:
            # Moving on from processing also means the acknowledgement arrived.
            applied = current.get("state") in ("processing", "done") or current.get("shipment_state") == "sent"
        elif event.kind == EventKind.DISPATCH:
            applied = current.get("shipment_state") == "sent" or current.get("state") == "done"
        else:
            assert wanted is not None
            applied = all(_text(current.get(key)) == _text(value) for key, value in wanted.items())
        if not applied:
            return None
        return PushResult(message=f"Order {ref} already shows the {event.kind.value} in {LABEL}.")


ADDRESS_OR_CUSTOMER = frozenset(
    {
        "name",
        "company",
        "street",
        "city",
        "postcode",
        "region",
        "country",
        "phone",
        "customer_name",
        "customer_email",
        "customer_phone",
    }
)


def _offline_result(event: OutboundEvent) -> PushResult:
    ref = event.order.reference
    message = f"Order {ref} is an offline order: {LABEL} takes only `shipment_state: sent` for it."
    if event.kind == EventKind.CANCEL:
        return PushResult(
            message=message,
            warnings=[f"{LABEL} cannot record the cancellation of offline order {ref}; cancel it in the ERP."],
        )
    return PushResult(message=message + " The change stays in OrderDesk.")


def _describe(body: Mapping[str, Any]) -> str:
    return ", ".join(f"{key} {value}" for key, value in body.items())


# ---- the EDIT body -----------------------------------------------------------------------------------
def edit_body(current: dict[str, Any], event: OutboundEvent) -> dict[str, Any]:
    """The full order for the PUT: CloudSuite's own header fields, the desk's goods lines, the other lines as-is."""
    remote_lines = [line for line in current.get("order_lines") or [] if isinstance(line, dict)]
    remote_goods = {_text(line.get("id")): line for line in remote_lines if _line_type(line) == GOODS}
    extra = [line for line in remote_lines if _line_type(line) != GOODS]
    stored = {line.external_id: line.erp_line_number for line in event.order.lines if line.external_id}
    origins: dict[str, Any] = dict(event.order.channel_data.get("origins") or {})
    default_origin = next((o for o in (*origins.values(), *(_origin(line) for line in remote_lines)) if o), "")
    lines = []
    for index, line in enumerate(_edit_lines(event)):
        external_id = _text(line.get("external_id"))
        remote = remote_goods.get(external_id) if external_id else None
        number = (
            (stored.get(external_id) if external_id else None)
            or (_text(remote.get("erp_line_number")) if remote else "")
            or _text(line.get("line_id"))
            or str((index + 1) * 10)
        )
        body: dict[str, Any] = {}
        if remote is not None and remote.get("id") is not None:
            body["id"] = remote["id"]
        body.update(
            product={
                "key": line["sku"],
                "origin": (_origin(remote) if remote else "") or origins.get(external_id) or default_origin,
            },
            description=line.get("name") or line["sku"],
            type=GOODS,
            quantity=int(line["quantity"]),
            unit_price=str(line["unit_price"]),
            erp_line_number=int(number) if number.isdigit() else number,
        )
        lines.append(body)
    result: dict[str, Any] = {
        "reference": current.get("reference") or event.order.reference,
        "customer": _id_of(current.get("customer")),
        "erp_order_number": current.get("erp_order_number") or event.order.erp_order_number,
        "state": current.get("state"),
        "currency": current.get("currency") or event.order.currency,
        "order_lines": lines + extra,
        "shipment_address": _id_of(current.get("shipment_address")),
        "invoice_address": _id_of(current.get("invoice_address")),
        "webshop": _id_of(current.get("webshop")),
        "user": _id_of(current.get("user")),
        "customer_order_number": current.get("customer_order_number"),
    }
    return {key: value for key, value in result.items() if value is not None}


def _edit_lines(event: OutboundEvent) -> list[dict[str, Any]]:
    """The lines as the edit left them: the payload's, else the order's own."""
    lines = event.payload.get("lines")
    if isinstance(lines, list) and lines:
        return [dict(line) for line in lines if isinstance(line, dict)]
    return [
        {
            "external_id": line.external_id,
            "sku": line.sku,
            "name": line.name,
            "quantity": line.quantity,
            "unit_price": str(line.unit_price),
        }
        for line in event.order.lines
    ]


def edit_matches(current: dict[str, Any], event: OutboundEvent) -> bool:
    """Whether CloudSuite's goods lines already are the edited ones (product, quantity, price)."""

    def key(sku: Any, quantity: Any, price: Any) -> tuple[str, Decimal, Decimal]:
        return _text(sku), to_decimal(quantity), to_decimal(price)

    try:
        remote = sorted(
            key(_product(line)[0], line.get("quantity"), line.get("unit_price"))
            for line in current.get("order_lines") or []
            if isinstance(line, dict) and _line_type(line) == GOODS
        )
        wanted = sorted(key(line["sku"], line["quantity"], line["unit_price"]) for line in _edit_lines(event))
    except (KeyError, ValueError):
        return False
    return remote == wanted


# ---- reading an order -----------------------------------------------------------------------------------
def order_record(raw: Any, status_map: StatusMap | None = None) -> OrderRecord:
    """One CloudSuite order as an OrderRecord; Rejected (in words) when a required field is missing."""
    if not isinstance(raw, dict):
        raise Rejected("the channel sent something that is not an order")
    missing = [name for name in ("id", "reference", "state", "currency", "order_lines") if raw.get(name) in (None, "")]
    if missing:
        raise Rejected(f"the order has no {', '.join(missing)}")
    if not isinstance(raw["order_lines"], list):
        raise Rejected("order_lines is not a list")
    goods: list[LineRecord] = []
    extra: list[Any] = []
    origins: dict[str, Any] = {}
    shipping = ZERO
    for number, line in enumerate(raw["order_lines"], start=1):
        if not isinstance(line, dict):
            raise Rejected(f"line {number} is not a line")
        if _line_type(line) != GOODS:
            extra.append(line)
            if _line_type(line) in SHIPPING_TYPES:
                raw_quantity = 1 if line.get("quantity") is None else line["quantity"]
                quantity = _amount(raw_quantity, f"the quantity of shipping line {number}")
                price = _amount(line.get("unit_price"), f"the price of shipping line {number}")
                # "1.000" times 4.95 is 4.95000: keep the price's own decimals when the quantity is whole.
                shipping += price * (int(quantity) if quantity == quantity.to_integral_value() else quantity)
            continue
        record = _line(line, number)
        goods.append(record)
        if record.external_id:
            origins[record.external_id] = _origin(line)
    if not goods:
        raise Rejected("the order has no product lines")
    state = str(raw["state"])
    customer_raw, shipping_raw = raw.get("customer"), raw.get("shipment_address")
    billing_raw = raw.get("invoice_address")
    billing = _address(billing_raw)
    customer = _customer(customer_raw, raw, billing)
    attributes = {}
    if _text(raw.get("customer_order_number")):
        attributes["customer_order_number"] = _text(raw["customer_order_number"])
    return OrderRecord(
        external_id=str(raw["id"]),
        reference=str(raw["reference"]),
        lines=tuple(goods),
        status=map_status(state, raw.get("shipment_state"), status_map),
        channel_status=state,
        payment_status=map_payment(raw.get("payment_status")),
        customer=customer,
        shipping_address=_address(shipping_raw),
        billing_address=billing,
        currency=str(raw["currency"]).upper(),
        shipping_total=shipping,
        created_at=_time(raw.get("create_date") or raw.get("order_date"), "create_date"),
        updated_at=_time(raw.get("modified_date"), "modified_date"),
        erp_order_number=_text(raw.get("erp_order_number")) or None,
        attributes=attributes,
        channel_data={
            "id": raw["id"],
            "reference": str(raw["reference"]),
            "webshop": _id_of(raw.get("webshop")),
            "customer": _id_of(customer_raw),
            "shipment_address": _id_of(shipping_raw),
            "invoice_address": _id_of(billing_raw),
            "user": _id_of(raw.get("user")),
            "offline": bool(raw.get("offline")),
            "state": state,
            "shipment_state": raw.get("shipment_state"),
            "payment_status": raw.get("payment_status"),
            "customer_order_number": raw.get("customer_order_number"),
            "origins": origins,
            "extra_lines": extra,
        },
    )


def map_status(state: str, shipment_state: Any, status_map: StatusMap | None = None) -> OrderStatus:
    mapped = status_map.to_local(state) if status_map else None
    if mapped is not None:
        if shipment_state == "sent" and mapped in (OrderStatus.PENDING, OrderStatus.PROCESSING, OrderStatus.PACKED):
            return OrderStatus.DISPATCHED
        return mapped
    if state == "cancel":
        return OrderStatus.CANCELLED
    if state == "done":
        return OrderStatus.DELIVERED
    if shipment_state == "sent":
        return OrderStatus.DISPATCHED
    if state == "processing":
        return OrderStatus.PROCESSING
    return OrderStatus.PENDING


def map_payment(value: Any) -> PaymentStatus:
    """Unknown or absent counts as unpaid: an operator then decides, rather than the desk shipping unpaid goods."""
    text = _text(value).lower()
    if text in PAID:
        return PaymentStatus.PAID
    if text in INVOICE_LATER:
        return PaymentStatus.INVOICE_LATER
    return PaymentStatus.UNPAID


def _line(raw: dict[str, Any], number: int) -> LineRecord:
    sku, _ = _product(raw)
    if not sku:
        raise Rejected(f"line {number} has no product key")
    quantity = _amount(raw.get("quantity"), f"the quantity of line {number} ({sku})")
    if quantity != quantity.to_integral_value() or quantity <= 0:
        raise Rejected(f"line {number} ({sku}) has quantity {quantity}; OrderDesk counts whole units above zero")
    if raw.get("unit_price") in (None, ""):
        raise Rejected(f"line {number} ({sku}) has no unit_price")
    erp = raw.get("erp_line_number")
    if isinstance(erp, float) and erp.is_integer():
        erp = int(erp)
    return LineRecord(
        sku=sku,
        name=_text(raw.get("description")) or sku,
        quantity=int(quantity),
        unit_price=_amount(raw["unit_price"], f"the price of line {number} ({sku})"),
        external_id=_text(raw.get("id")) or None,
        erp_line_number=_text(erp) or None,
    )


def _product(line: dict[str, Any]) -> tuple[str, str]:
    product = line.get("product")
    if isinstance(product, dict):
        return _text(product.get("key")), _text(product.get("origin"))
    return _text(line.get("product_key") or product), _text(line.get("origin"))


def _origin(line: dict[str, Any]) -> str:
    return _product(line)[1]


def _line_type(line: dict[str, Any]) -> str:
    return _text(line.get("type") or GOODS).lower()


def _customer(raw: Any, order: dict[str, Any], billing: Address) -> Customer:
    data = raw if isinstance(raw, dict) else {}
    return Customer(
        name=_person(data) or billing.name,
        email=_text(data.get("email") or order.get("email")),
        phone=_text(data.get("phone") or data.get("phone_number")) or billing.phone,
    )


def _address(raw: Any) -> Address:
    """A nested address (field names *inferred*, several spellings read); a bare id gives an empty address."""
    if not isinstance(raw, dict):
        return Address()
    street = _text(raw.get("street") or raw.get("address_line1") or raw.get("address"))
    number = " ".join(_text(raw.get(k)) for k in ("house_number", "house_number_addition") if _text(raw.get(k)))
    country = raw.get("country") or raw.get("country_code")
    if isinstance(country, dict):
        country = country.get("code") or country.get("iso") or country.get("name")
    return Address(
        name=_person(raw),
        company=_text(raw.get("company") or raw.get("company_name")),
        street=f"{street} {number}".strip(),
        city=_text(raw.get("city")),
        postcode=_text(raw.get("zip_code") or raw.get("zipcode") or raw.get("postcode") or raw.get("postal_code")),
        region=_text(raw.get("state") or raw.get("province") or raw.get("region")),
        country=_text(country),
        phone=_text(raw.get("phone") or raw.get("phone_number")),
    )


def _person(raw: dict[str, Any]) -> str:
    name = _text(raw.get("name") or raw.get("full_name") or raw.get("contact_name"))
    if name:
        return name
    return " ".join(_text(raw.get(k)) for k in ("first_name", "last_name") if _text(raw.get(k)))


def _id_of(value: Any) -> Any:
    """An id as CloudSuite sends it: the value itself, or the `id` inside a nested object."""
    if isinstance(value, dict):
        return value.get("id")
    return value


def _amount(value: Any, what: str) -> Decimal:
    try:
        return to_decimal(value)
    except ValueError:
        raise Rejected(f"{what} is not a number ({value!r})") from None


def _time(value: Any, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    parsed = parse_time(value)
    if parsed is None:
        raise Rejected(f"{what} {value!r} is not a date and time")
    return parsed


def parse_time(value: Any) -> datetime | None:
    """CloudSuite's ISO times (naive ones taken as UTC) or dates, as aware UTC; None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), tzinfo=UTC)
    except ValueError:
        return None


def _stamp(raw: dict[str, Any]) -> tuple[str | None, datetime | None]:
    """The order's newest timestamp, raw and parsed: what the cursor follows."""
    for name in ("modified_date", "confirm_date", "create_date"):
        parsed = parse_time(raw.get(name))
        if parsed is not None:
            return str(raw[name]), parsed
    return None, None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()
