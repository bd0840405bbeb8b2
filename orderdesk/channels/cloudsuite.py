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
  next filter is in the server's own clock (CloudSuite writes naive times; read as UTC, see cloudsuite_read.py).
  `next` walks offsets in an order we do not know, so the pull first lists every order it covers (the list
  answers are small), then reads and hands them over in (time, id) order, HANDOVER_SIZE at a time: each page's
  cursor is `<time>|<id>` of its last order (orderdesk/channels/keyset.py), and a restarted pull skips what that
  covers. A finished pull stores the time alone. The filters are inclusive (`__gte`); the engine dedupes.

Push (`/api/order/{id}/`, trailing slash required: without it Django redirects and the body is lost):
- ACKNOWLEDGE: `PATCH {"state": "processing"}`.
- ERP_NUMBER (seed 001 step 3b): payload `{"erp_order_number": "..."}` (else the order's own) ->
  `PATCH {"erp_order_number"}`.
- ERP_LINES (step 3c): `PUT` of the whole order exactly as the seed shows it, built from what the pull kept, with
  no GET before it (cloudsuite_erp.py). Its read-back compares the order number and every goods line's number.
- EDIT: `GET` the order, then `PUT` it whole: the server's own reference, state, currency, webshop, user and the
  ids of customer and addresses, with the desk's goods lines (existing ones with their `id`; lines left out are
  removed) each with `erp_line_number` (the desk's number, else the one CloudSuite holds, else the desk's
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
- Status mapping (the admin's "status_map" option) is inbound only: see cloudsuite_read.py. Outbound it does not
  apply: CloudSuite takes fixed API states (`processing`, `confirmed`, `done`, `cancel`, `shipment_state: sent`),
  not free status words.

Reading CloudSuite's answers (order, lines, addresses, status and payment mapping, times, error bodies) lives in
cloudsuite_read.py; this module does the calls.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import requests

from orderdesk.channels import keyset
from orderdesk.channels.base import ChannelConfig, Page, PushResult
from orderdesk.channels.cloudsuite_erp import erp_body, erp_matches, needs_header
from orderdesk.channels.cloudsuite_read import (
    GOODS,
    error_reader,
    id_of,
    line_type,
    origin_of,
    parse_time,
    product_of,
    stamp_of,
    text_of,
)
from orderdesk.channels.cloudsuite_read import Rejected as Rejected  # re-exported for tests
from orderdesk.channels.cloudsuite_read import order_record as order_record  # re-exported for tests
from orderdesk.channels.errors import AuthError, MalformedResponse, PermanentError, UnsupportedAction
from orderdesk.channels.http import CallLogger, ChannelHttp, HttpSettings, check_url, read_json
from orderdesk.channels.redaction import redact_text
from orderdesk.channels.status_mapping import configured_status_map
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.money import to_decimal
from orderdesk.core.records import OrderRecord, utc
from orderdesk.core.statuses import OrderStatus

LABEL = "CloudSuite"
ORDERS_PATH = "/api/order/"
PAGE_SIZE = 50
HANDOVER_SIZE = 50  # orders read in full and handed over (committed) together
MAX_PAGES = 10_000  # a guard against a server whose `next` never ends
TOKEN_MARGIN_S = 30.0  # renew this long before the token says it expires

NOT_ORDERS = frozenset({"draft", "quotation"})
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
        settings = (http_settings or HttpSettings()).with_rate_limit(config.rate_limit_per_min)
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
        since_raw, after_id = _read_cursor(cursor)
        since = parse_time(since_raw)
        listed, rejected = self._listing(since_raw, since)
        # CloudSuite's own order of the list is unknown, so the orders are taken in (time, id) order here: every
        # committed page then moves the cursor past its last order, and a restart skips what the cursor covers.
        todo = [entry for entry in sorted(listed.values(), key=_Listed.key) if not entry.covered(since, after_id)]
        current = cursor
        for start in range(0, len(todo), HANDOVER_SIZE):
            chunk = todo[start : start + HANDOVER_SIZE]
            records: list[OrderRecord] = []
            for entry in chunk:
                if entry.raw.get("state") in NOT_ORDERS:
                    continue
                try:
                    records.append(order_record(self._full(entry.raw), self.status_map))
                except Rejected as exc:
                    rejected.append((entry.order_id, str(exc)))
            last = chunk[-1]
            if last.stamp_raw is not None:
                finished = start + HANDOVER_SIZE >= len(todo)  # a finished pull keeps its last moment open
                current = last.stamp_raw if finished else f"{last.stamp_raw}{keyset.SEPARATOR}{last.order_id}"
            yield Page(records, current, rejected)
            rejected = []
        if not todo:
            yield Page([], cursor, rejected)

    def _listing(
        self, since_raw: str | None, since: datetime | None
    ) -> tuple[dict[str, _Listed], list[tuple[str, str]]]:
        """Every order the pull covers, by id, with its newest time: confirmed orders, and on an incremental pull
        the ones changed since the cursor."""
        queries: list[dict[str, Any]] = [{"state": "confirmed"}]
        if since_raw is not None:
            queries[0]["confirm_date__gte"] = since_raw
            queries.append({"modified_date__gte": since_raw})
        listed: dict[str, _Listed] = {}
        rejected: list[tuple[str, str]] = []
        for number, query in enumerate(queries):
            for results in self._pages(query):
                for raw in results:
                    if not isinstance(raw, dict):
                        rejected.append(("?", "the channel sent something that is not an order"))
                        continue
                    order_id = text_of(raw.get("id")) or text_of(raw.get("reference")) or "?"
                    stamp_raw, stamp = stamp_of(raw)
                    if number == 1 and since is not None and stamp is not None and stamp < since:
                        continue  # the server ignored modified_date__gte: nothing here is news
                    entry = _Listed(order_id, stamp_raw, stamp, raw)
                    known = listed.get(order_id)
                    if known is None or _Listed.key(entry) > _Listed.key(known):
                        listed[order_id] = entry
        return listed, rejected

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
            return self._get(str(raw["id"]), text_of(raw.get("reference")))
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
        if event.kind == EventKind.ERP_LINES:
            return self._push_erp_lines(event)
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
            number = text_of(event.payload.get("erp_order_number")) or text_of(event.order.erp_order_number)
            if not number:
                raise PermanentError(f"Order {event.order.reference} has no ERP order number to send.")
            return {"erp_order_number": number}
        if kind == EventKind.STATUS:
            status = text_of(event.payload.get("status")) or event.order.status.value
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

    def _push_erp_lines(self, event: OutboundEvent) -> PushResult:
        """Seed 001 step 3c: the PUT of the whole order as the pull kept it, with every line's ERP number."""
        order_id = self.order_id(event)
        header = self._get(order_id, event.order.reference) if needs_header(event.order) else None
        body = erp_body(event.order, event.payload, header)
        self.http.json(
            "PUT",
            f"{ORDERS_PATH}{order_id}/",
            json_body=body,
            # Not repeated blindly: after a lost answer the engine reads the order back first (already_applied).
            idempotent=False,
            operation="erp line numbers",
            order_reference=event.order.reference,
        )
        numbers = ", ".join(text_of(line["erp_line_number"]) for line in body["order_lines"] if line["type"] == GOODS)
        return PushResult(
            message=f"Order {event.order.reference} has its ERP line numbers in {LABEL} ({numbers}), "
            f"ERP order {body.get('erp_order_number') or 'not numbered'}."
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
                shops = ", ".join(sorted({text_of(id_of(m.get("webshop"))) or "?" for m in matches}))
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
        return [r for r in body["results"] if isinstance(r, dict) and text_of(r.get("reference")) == reference]

    # ---- read-back ----------------------------------------------------------------------------------
    def already_applied(self, event: OutboundEvent) -> PushResult | None:
        ref = event.order.reference
        if event.kind in STATE_EVENTS and event.order.channel_data.get("offline"):
            return _offline_result(event)
        if event.kind not in (EventKind.EDIT, EventKind.ERP_LINES):
            wanted = self._patch_body(event)
            if wanted is None:
                return PushResult(message=f"Nothing was to be sent to {LABEL} for order {ref}.")
        current = self._get(self.order_id(event), ref)
        if event.kind == EventKind.EDIT:
            applied = edit_matches(current, event)
        elif event.kind == EventKind.ERP_LINES:
            applied = erp_matches(current, event.order, event.payload)
        elif event.kind == EventKind.ACKNOWLEDGE:
            # Moving on from processing also means the acknowledgement arrived.
            applied = current.get("state") in ("processing", "done") or current.get("shipment_state") == "sent"
        elif event.kind == EventKind.DISPATCH:
            applied = current.get("shipment_state") == "sent" or current.get("state") == "done"
        else:
            assert wanted is not None
            applied = all(text_of(current.get(key)) == text_of(value) for key, value in wanted.items())
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
    remote_goods = {text_of(line.get("id")): line for line in remote_lines if line_type(line) == GOODS}
    extra = [line for line in remote_lines if line_type(line) != GOODS]
    stored = {line.external_id: line.erp_line_number for line in event.order.lines if line.external_id}
    origins: dict[str, Any] = dict(event.order.channel_data.get("origins") or {})
    default_origin = next((o for o in (*origins.values(), *(origin_of(line) for line in remote_lines)) if o), "")
    lines = []
    for index, line in enumerate(_edit_lines(event)):
        external_id = text_of(line.get("external_id"))
        remote = remote_goods.get(external_id) if external_id else None
        number = (
            text_of(line.get("erp_line_number"))
            or (stored.get(external_id) if external_id else None)
            or (text_of(remote.get("erp_line_number")) if remote else "")
            or text_of(line.get("line_id"))
            or str((index + 1) * 10)
        )
        body: dict[str, Any] = {}
        if remote is not None and remote.get("id") is not None:
            body["id"] = remote["id"]
        body.update(
            product={
                "key": line["sku"],
                "origin": (origin_of(remote) if remote else "") or origins.get(external_id) or default_origin,
            },
            description=line.get("name") or line["sku"],
            type=GOODS,
            quantity=int(line["quantity"]),
            unit_price=str(line["unit_price"]),
            erp_line_number=int(number) if number.isdecimal() else number,
        )
        lines.append(body)
    result: dict[str, Any] = {
        "reference": current.get("reference") or event.order.reference,
        "customer": id_of(current.get("customer")),
        "erp_order_number": current.get("erp_order_number") or event.order.erp_order_number,
        "state": current.get("state"),
        "currency": current.get("currency") or event.order.currency,
        "order_lines": lines + extra,
        "shipment_address": id_of(current.get("shipment_address")),
        "invoice_address": id_of(current.get("invoice_address")),
        "webshop": id_of(current.get("webshop")),
        "user": id_of(current.get("user")),
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
        return text_of(sku), to_decimal(quantity), to_decimal(price)

    try:
        remote = sorted(
            key(product_of(line)[0], line.get("quantity"), line.get("unit_price"))
            for line in current.get("order_lines") or []
            if isinstance(line, dict) and line_type(line) == GOODS
        )
        wanted = sorted(key(line["sku"], line["quantity"], line["unit_price"]) for line in _edit_lines(event))
    except (KeyError, ValueError):
        return False
    return remote == wanted


@dataclass(frozen=True)
class _Listed:
    """One order of the list: its id, its newest time (as written and parsed) and the list's own record."""

    order_id: str
    stamp_raw: str | None
    stamp: datetime | None
    raw: dict[str, Any]

    def key(self) -> tuple[datetime, tuple[int, int, str]]:
        return (self.stamp or datetime.min.replace(tzinfo=UTC), keyset.id_key(self.order_id))

    def covered(self, since: datetime | None, after_id: str | None) -> bool:
        return keyset.covered(self.stamp, self.order_id, since, after_id)


def _read_cursor(cursor: str | None) -> tuple[str | None, str | None]:
    """The stored cursor as (time as CloudSuite wrote it, last order id read at that time): `<time>|<id>`, or an
    older `<time>` alone; an unreadable one starts over."""
    parsed = keyset.parse(cursor)
    if parsed is None or parse_time(parsed[0]) is None:
        return None, None
    return parsed
