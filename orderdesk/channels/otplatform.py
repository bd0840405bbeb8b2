"""OT Platform (seed 003): pull orders as the instance operator, cancel them, read the provider's tracking
numbers, add orders as a customer, and run the autopurchase module's operator tools.

Wire format (CHANNELS.md section 4)
- Every call is `GET <base>/service-json/<Method>?instanceKey=<key>&language=en&<params>`.
- With a signature secret configured we add `timestamp=<YYYYMMDDHHMMSS, UTC>` and
  `signature = sha256_hex(Method + values of the parameters sorted by parameter name + secret)`.
  Which parameters: every query parameter we send except `signature` itself, so instanceKey, language,
  timestamp, sessionId and empty ones (filter="") too, sorted by name in code-point order, values joined
  with nothing in between (*inferred* from CHANNELS.md; public OT clients do exactly this: ksort, implode).
- Answers are `{"ErrorCode": "Ok", "ErrorDescription": ..., "Result": ...}`. Any other ErrorCode is an
  error even with HTTP 200 ("BatchError" is a partial success of batch calls, which we do not use).

ErrorCode -> our errors (names other than SessionExpired are *inferred*):
- SessionExpired, SessionIsNotValid, InvalidSessionId, SessionNotFound: log in again ONCE and repeat the
  call (safe even for state-changing calls: OT refused them before doing anything); a second one is AuthError.
- InvalidUserCredentials, InvalidCredentials, InvalidLoginOrPassword, InvalidInstanceKey, InstanceKeyNotFound,
  InvalidSignature, InvalidTimestamp: AuthError carrying OT's ErrorDescription (credentials or settings).
- TooManyRequests, CallLimitExceeded: RateLimited. InternalError, NotAvailable, ServiceUnavailable, Timeout:
  TransientError (InternalError on a state-changing call: the outcome is unknown).
- Everything else (NotFound-like codes, InvalidArgument, InvalidOperation, AccessDenied...): PermanentError
  with OT's own words.
All OT calls are GETs, which ChannelHttp would retry blindly; AddOrder, CancelSalesOrder,
SalesPaymentReserve, PostTransaction and Run* go with idempotent=False so a lost answer is never resent.

Sessions: AuthenticateInstanceOperator(userLogin, userPassword) gives the operator session used for
everything but AddOrder, which needs the customer session of Authenticate(userLogin, userPassword).
The session id is read from `SessionId` at the top of the answer or inside `Result`, as a string or as
`{"Value": ...}` (*inferred*; public OT clients read `SessionId` beside `ErrorCode`).

Pull: CHANNELS.md has no "orders changed since"; we page the operator search
`SearchOrders(sessionId, xmlSearchParameters=<OrderSearchParameters><UpdatedDateFrom>..</UpdatedDateFrom>
<OrderBy>UpdatedDateTime:asc</OrderBy></OrderSearchParameters>, framePosition, frameSize)` whose answer is
`Result {Content: [...], TotalCount}` (*inferred* filter name; OT's admin code shows SearchOrders with
CreationDateFrom, OrderBy and Content), then `GetSalesOrderDetailsForOperator(sessionId, salesId,
filter="", queryType=0)` per order for its lines. Mid-pull the cursor is the next frame's question,
`<UpdatedDateTime>|skip=<orders of that second read so far>`, so a restarted pull goes on where the committed
pages ended; a finished pull stores the newest UpdatedDateTime alone, read again inclusively next time.
VendPurchWaybill (the provider's parcel tracking number) goes to
LineRecord.tracking_number. Dates without a zone are UTC (*inferred*).

Reading OT's answers (order details -> OrderRecord with the status table, AddOrder's dropped lines,
background activity reports) lives in otread.py; this module does the calls.

Outbound events (capabilities: ACKNOWLEDGE, DISPATCH, CANCEL; the purchase events are otpurchase.py's):
- CANCEL -> CancelSalesOrder(sessionId=operator session, salesId). OT's reason field does not exist, so the
  reason stays in our audit. If OT refuses and the order reads back cancelled, that counts as done.
- ACKNOWLEDGE: OT documents no operator call that marks an order as taken by the warehouse. We read the order
  back and confirm it is still open there (a cancelled one is refused with OT's status); nothing is written.
- DISPATCH: the tracking numbers travel FROM OT (VendPurchWaybill), and OT documents no call that takes our
  consignment number. We read the order back and return its lines' tracking numbers in
  PushResult.tracking_numbers (line external id -> waybill), warning about lines that have none yet.

Status mapping (the admin's "status_map" option, orderdesk.core.status_map): inbound only, read in otread's
order_status() ahead of the built-in table. Outbound it does not apply: nothing here sends OT a status word
(CancelSalesOrder is a fixed action; ACKNOWLEDGE and DISPATCH write nothing).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar, NamedTuple

import requests

from orderdesk.channels import otpurchase, otxml
from orderdesk.channels.base import ChannelConfig, Page, PushResult
from orderdesk.channels.errors import (
    AuthError,
    ChannelError,
    MalformedResponse,
    PermanentError,
    RateLimited,
    TransientError,
    UnsupportedAction,
)
from orderdesk.channels.http import CallLogger, ChannelHttp, HttpSettings
from orderdesk.channels.otread import (
    AutopurchaseReport,
    DroppedLine,
    Unreadable,
    added_order_id_of,
    dropped_lines,
    flag_of,
    frame_of,
    lines_of,
    map_order,
    session_id_of,
    text_of,
    time_of,
    updated_field,
)
from orderdesk.channels.otxml import OrderItem
from orderdesk.channels.status_mapping import configured_status_map
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.events import PURCHASE_KINDS, EventKind, OutboundEvent
from orderdesk.core.money import to_decimal
from orderdesk.core.records import OrderRecord, utc, utcnow

__all__ = ["AddedOrder", "LineMatch", "OTPlatformAdapter", "OrderItem", "map_order", "sign"]

CHANNEL = "OT Platform"
OPERATOR = "operator"
CUSTOMER = "customer"

SESSION_ERRORS = frozenset({"SessionExpired", "SessionIsNotValid", "InvalidSessionId", "SessionNotFound"})
AUTH_ERRORS = frozenset(
    {
        "InvalidUserCredentials",
        "InvalidCredentials",
        "InvalidLoginOrPassword",
        "InvalidInstanceKey",
        "InstanceKeyNotFound",
        "InvalidSignature",
        "InvalidTimestamp",
    }
)
RATE_ERRORS = frozenset({"TooManyRequests", "CallLimitExceeded"})
TRANSIENT_ERRORS = frozenset({"InternalError", "NotAvailable", "ServiceUnavailable", "Timeout"})

PAGE_SIZE = 50  # orders per SearchOrders frame


# ---- what the extra operator calls give back (DroppedLine, AutopurchaseReport: otread.py) ------------
class AddedOrder(NamedTuple):
    order_id: str
    dropped: list[DroppedLine]


class LineMatch(NamedTuple):
    order_id: str
    line_id: str


# ---- signing -----------------------------------------------------------------------------------------
def sign(method: str, params: dict[str, str], secret: str) -> str:
    """OT's request signature: sha256 over the method, the values sorted by parameter name, and the secret."""
    values = "".join(params[name] for name in sorted(params) if name != "signature")
    return hashlib.sha256((method + values + secret).encode("utf-8")).hexdigest()


def _wire(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return "" if value is None else str(value)


# ---- the adapter -------------------------------------------------------------------------------------
class OTPlatformAdapter:
    kind: ClassVar[ChannelKind] = ChannelKind.OTPLATFORM

    def __init__(
        self,
        config: ChannelConfig,
        *,
        http_settings: HttpSettings | None = None,
        session: requests.Session | None = None,
        logger: CallLogger | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.config = config
        options = config.options
        self.instance_key = str(options.get("instance_key") or "").strip()
        if not self.instance_key:
            raise PermanentError("The OT Platform channel needs its instance key (from OT's tech support).")
        self.page_size = max(1, int(options.get("page_size") or PAGE_SIZE))
        self.provider_type = str(options.get("provider_type") or "Taobao")
        self.status_map = configured_status_map(config)
        self._signature_secret = config.secrets.get("signature_secret") or ""
        # One live list: session ids join it as they are issued, so ChannelHttp masks them in every log line.
        self._secrets: list[str] = [value for value in config.secrets.values() if value]
        settings = (http_settings or HttpSettings()).with_rate_limit(config.rate_limit_per_min)
        base = config.base_url.rstrip("/")
        if base.endswith("/service-json"):
            base = base[: -len("/service-json")]
        self.http = ChannelHttp(
            base_url=base,
            channel=CHANNEL,
            settings=settings,
            session=session,
            logger=logger,
            secrets=self._secrets,
            sleep=sleep,
        )
        self._sleep = sleep
        self._clock = clock
        self._sessions: dict[str, str] = {}

    # ---- the Adapter protocol ----------------------------------------------------------------------
    def test_connection(self) -> str:
        self._sessions.pop(OPERATOR, None)
        self._session(OPERATOR)
        prefix = self.instance_key[:6]
        return f"Connected to OT Platform instance {prefix}... as operator {self.config.username}."

    def cursor_since(self, since: datetime) -> str:
        """The cursor that pulls everything updated since a moment (the engine's reconcile uses it)."""
        return utc(since).isoformat()

    def fetch_orders(self, cursor: str | None) -> Iterator[Page]:
        """Pages of orders updated since the cursor, oldest change first.

        Paging is keyset-style: each frame asks again from the newest UpdatedDateTime seen so far and skips
        the orders of that very second already read. An order updated while we page then simply shows up
        later, instead of shifting the frame and making us skip a neighbour. If OT's answer is not sorted
        by UpdatedDateTime (OrderBy is *inferred*), we fall back to plain framePosition offsets.
        """
        since, skip = _parse_cursor_position(cursor)
        newest, anchor, keyset = since, since, True
        while True:
            search = otxml.order_search(updated_from=anchor, order_by="UpdatedDateTime:asc")
            envelope = self._call(
                "SearchOrders",
                {"xmlSearchParameters": search, "framePosition": skip, "frameSize": self.page_size},
                session=OPERATOR,
            )
            content, total = frame_of(envelope, "SearchOrders")
            records, rejected, stamps = self._read_frame(content)
            known = [stamp for stamp in stamps if stamp is not None]
            if known and (newest is None or max(known) > newest):
                newest = max(known)
            if not content or (total is not None and skip + len(content) >= total):
                # A finished pull keeps its newest second open: an order changed again within it is read again.
                yield Page(records=records, cursor=newest.isoformat() if newest else cursor, rejected=rejected)
                return
            sound = len(known) == len(stamps) and known == sorted(known) and (anchor is None or known[0] >= anchor)
            if keyset and sound:
                last = known[-1]
                skip = skip + len(known) if last == anchor else known.count(last)
                anchor = last
            elif keyset:
                # OT ignored the order or the filter: page the original question by offsets (the engine
                # drops orders it reads twice). Restarting keeps the frames of one consistent question.
                keyset = False
                skip = skip + len(content) if anchor == since else 0
                anchor = since
            else:
                skip += len(content)
            # Mid-pull the cursor is the next frame's question: the orders of `anchor`'s second read so far are
            # counted, so a restart goes on from there instead of reading that whole second again.
            if keyset and anchor is not None:
                following = f"{anchor.isoformat()}|skip={skip}"
            else:
                following = newest.isoformat() if newest else (cursor or "")
            yield Page(records=records, cursor=following or None, rejected=rejected)

    def _read_frame(self, content: list[Any]) -> tuple[list[OrderRecord], list[tuple[str, str]], list[datetime | None]]:
        """The orders of one SearchOrders frame, their details read one by one; a bad one is rejected alone."""
        records: list[OrderRecord] = []
        rejected: list[tuple[str, str]] = []
        stamps: list[datetime | None] = []
        for brief in content:
            sales_id = text_of(brief.get("Id")) if isinstance(brief, dict) else ""
            stamp = time_of(updated_field(brief)) if isinstance(brief, dict) else None
            if not sales_id:
                rejected.append(("?", "OT listed an order without an Id."))
            else:
                try:
                    record = map_order(self.order_details(sales_id), self.status_map)
                except Unreadable as exc:
                    rejected.append((sales_id, str(exc)))
                except (PermanentError, MalformedResponse) as exc:
                    rejected.append((sales_id, exc.message))
                else:
                    records.append(record)
                    stamp = stamp or record.updated_at or record.created_at
            stamps.append(stamp)
        return records, rejected, stamps

    def push(self, event: OutboundEvent) -> PushResult:
        if event.kind in PURCHASE_KINDS:
            return otpurchase.push(self, event)
        if event.kind == EventKind.CANCEL:
            return self._cancel(event)
        if event.kind == EventKind.ACKNOWLEDGE:
            return self._acknowledge(event)
        if event.kind == EventKind.DISPATCH:
            return self._dispatch(event)
        raise UnsupportedAction(f"OT Platform has no way to take a '{event.kind.value}' change for an order.")

    def already_applied(self, event: OutboundEvent) -> PushResult | None:
        if event.kind in PURCHASE_KINDS:
            return otpurchase.already_applied(self, event)
        # ACKNOWLEDGE and DISPATCH only read OT, so sending them again is harmless: nothing to look for.
        if event.kind != EventKind.CANCEL:
            return None
        sales_id = _sales_id(event.order)
        info = self._order_info(sales_id)
        if flag_of(info.get("IsCancelled")):
            return PushResult(message=f"OT Platform already shows order {sales_id} as cancelled.")
        return None

    # ---- operator tools the engine and the UI call ----------------------------------------------------
    def order_details(self, sales_id: str) -> dict[str, Any]:
        """GetSalesOrderDetailsForOperator's Result: SalesOrderInfo and SalesLinesList."""
        envelope = self._call(
            "GetSalesOrderDetailsForOperator",
            {"salesId": sales_id, "filter": "", "queryType": 0},
            session=OPERATOR,
            order_reference=sales_id,
        )
        result = envelope.get("Result")
        if not isinstance(result, dict) or not isinstance(result.get("SalesOrderInfo"), dict):
            raise MalformedResponse(f"OT Platform answered the details of order {sales_id} without SalesOrderInfo.")
        return result

    def add_order(
        self,
        items: Sequence[OrderItem],
        delivery_mode_id: str,
        comment: str = "",
        user_profile_id: str = "",
    ) -> AddedOrder:
        """AddOrder as the configured customer; returns the new order id and every line OT dropped or shortened.

        AddOrder is not idempotent: after a TransientError with outcome_unknown, call
        find_order_by_comment(comment) (put the idempotency key in the comment) before adding again.
        """
        if not items:
            raise PermanentError("An OT order needs at least one item.")
        if not str(delivery_mode_id).strip():
            raise PermanentError("An OT order needs a delivery mode.")
        xml = otxml.order_add_data(
            items, delivery_mode_id=str(delivery_mode_id), comment=comment, user_profile_id=str(user_profile_id or "")
        )
        envelope = self._call("AddOrder", {"xmlAddData": xml}, session=CUSTOMER, idempotent=False)
        sales_id = added_order_id_of(envelope)
        details = self.order_details(sales_id)
        return AddedOrder(sales_id, dropped_lines(items, lines_of(details)))

    def find_order_by_comment(self, comment: str, *, since: datetime | None = None) -> str | None:
        """The id of an order created since `since` (default: the last 7 days) whose comment is `comment`."""
        if not comment:
            return None
        created_from = since or (self._clock() - timedelta(days=7))
        search = otxml.order_search(created_from=created_from, order_by="CreatedDateTime:desc")
        for brief in self._frames("SearchOrders", search):
            sales_id = text_of(brief.get("Id"))
            if "Comment" in brief:
                found = text_of(brief.get("Comment"))
            elif sales_id:
                found = text_of(self._order_info(sales_id).get("Comment"))
            else:
                continue
            if found == comment:
                return sales_id
        return None

    def reserve_payment(self, sales_id: str, amount: Decimal) -> dict[str, Any]:
        """SalesPaymentReserve: pay the order from the customer's account. Returns OT's Result as it came."""
        value = _positive(amount)
        envelope = self._call(
            "SalesPaymentReserve",
            {"salesId": sales_id, "amount": value},
            session=OPERATOR,
            idempotent=False,
            order_reference=sales_id,
        )
        result = envelope.get("Result")
        return result if isinstance(result, dict) else {}

    def post_transaction(self, customer_id: str, amount: Decimal, is_debit: bool, comment: str = "") -> None:
        """PostTransaction on a customer's account. The seed deposits funds with isDebit=true."""
        self._call(
            "PostTransaction",
            {"customerId": customer_id, "amount": _positive(amount), "isDebit": is_debit, "comment": comment},
            session=OPERATOR,
            idempotent=False,
        )

    def run_autopurchase(self, action: str, sales_id: str = "", **options: Any) -> AutopurchaseReport:
        """Start export / synchronize / link / unlink and follow it to its end or its question: see
        otpurchase.run_autopurchase for the options (line_ids, provider_order_ids, max_polls, ...)."""
        return otpurchase.run_autopurchase(self, action, sales_id, **options)

    def search_lines_by_waybill(self, tracking: str) -> list[LineMatch]:
        """The order lines whose provider parcel has this tracking number (a warehouse scan)."""
        return self._search_lines(otxml.order_line_search(waybills=[tracking]))

    def search_lines_by_provider_order(self, provider_order_id: str) -> list[LineMatch]:
        """The order lines bought in this provider order (e.g. a Taobao order number)."""
        return self._search_lines(otxml.order_line_search(provider_order_ids=[provider_order_id]))

    # ---- events ------------------------------------------------------------------------------------
    def _cancel(self, event: OutboundEvent) -> PushResult:
        sales_id = _sales_id(event.order)
        try:
            self._call(
                "CancelSalesOrder", {"salesId": sales_id}, session=OPERATOR, idempotent=False, order_reference=sales_id
            )
        except PermanentError as refused:
            # OT refuses to cancel what is cancelled already; that is the state we wanted.
            try:
                cancelled = flag_of(self._order_info(sales_id).get("IsCancelled"))
            except ChannelError:
                cancelled = False
            if not cancelled:
                raise refused from None
            return PushResult(message=f"OT Platform already had order {sales_id} cancelled.")
        return PushResult(message=f"Cancelled order {sales_id} in OT Platform.")

    def _acknowledge(self, event: OutboundEvent) -> PushResult:
        sales_id = _sales_id(event.order)
        info = self._open_order_info(sales_id)
        warnings = [] if flag_of(info.get("IsPaid")) else [f"OT Platform shows order {sales_id} as not paid."]
        status = text_of(info.get("StatusName")) or text_of(info.get("StatusId"))
        return PushResult(
            message=f"OT Platform has no acknowledge step; order {sales_id} is open there ({status}).",
            warnings=warnings,
        )

    def _dispatch(self, event: OutboundEvent) -> PushResult:
        sales_id = _sales_id(event.order)
        details = self.order_details(sales_id)
        _refuse_if_cancelled(sales_id, details["SalesOrderInfo"])
        tracking: dict[str, str] = {}
        missing: list[str] = []
        for line in lines_of(details):
            line_id = text_of(line.get("Id"))
            waybill = text_of(line.get("VendPurchWaybill"))
            if waybill:
                tracking[line_id] = waybill
            elif line_id:
                missing.append(line_id)
        warnings = [f"OT Platform has no tracking number yet for line {line_id}." for line_id in missing]
        return PushResult(
            message=(
                f"OT Platform takes no consignment number; read {len(tracking)} tracking number(s) "
                f"of order {sales_id} from it."
            ),
            tracking_numbers=tracking,
            warnings=warnings,
        )

    def _order_info(self, sales_id: str) -> dict[str, Any]:
        info: dict[str, Any] = self.order_details(sales_id)["SalesOrderInfo"]
        return info

    def _open_order_info(self, sales_id: str) -> dict[str, Any]:
        info = self._order_info(sales_id)
        _refuse_if_cancelled(sales_id, info)
        return info

    # ---- searching ---------------------------------------------------------------------------------
    def _frames(self, method: str, search: str) -> Iterator[dict[str, Any]]:
        position = 0
        while True:
            envelope = self._call(
                method,
                {"xmlSearchParameters": search, "framePosition": position, "frameSize": self.page_size},
                session=OPERATOR,
            )
            content, total = frame_of(envelope, method)
            yield from (entry for entry in content if isinstance(entry, dict))
            position += len(content)
            if not content or (total is not None and position >= total):
                return

    def _search_lines(self, search: str) -> list[LineMatch]:
        matches = []
        for line in self._frames("SearchOrderLines", search):
            order_id, line_id = text_of(line.get("OrderId")), text_of(line.get("Id"))
            if order_id and line_id:
                matches.append(LineMatch(order_id, line_id))
        return matches

    def _provider_session(self, provider_type: str) -> str:
        # The provider session id names a login OT keeps; it works only with an operator session, so it is
        # an identifier like an order id, not a credential of ours.
        envelope = self._call(
            "GetProviderOrdersIntegrationSessionInfoList", {"providerType": provider_type}, session=OPERATOR
        )
        result = envelope.get("Result")
        entries = result.get("Content") if isinstance(result, dict) else result
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and text_of(entry.get("Id")):
                return text_of(entry.get("Id"))
        raise PermanentError(
            f"OT Platform has no {provider_type} session for the autopurchase module. "
            f"Sign in to {provider_type} from OT's admin first."
        )

    # ---- calls, sessions, signatures ---------------------------------------------------------------
    def _session(self, kind: str) -> str:
        if kind in self._sessions:
            return self._sessions[kind]
        if kind == OPERATOR:
            login, password = self.config.username, self.config.secrets.get("password", "")
            method, who = "AuthenticateInstanceOperator", "operator"
        else:
            login = str(self.config.options.get("customer_login") or "")
            password = self.config.secrets.get("customer_password", "")
            method, who = "Authenticate", "customer"
            if not login or not password:
                raise AuthError(
                    "Adding orders to OT Platform needs the customer login and password in the channel settings."
                )
        if not login or not password:
            raise AuthError(f"The OT Platform {who} login and password are not set.")
        envelope = self._call(method, {"userLogin": login, "userPassword": password})
        session_id = session_id_of(envelope)
        if session_id not in self._secrets:
            self._secrets.append(session_id)
        self._sessions[kind] = session_id
        return session_id

    def _call(
        self,
        method: str,
        params: dict[str, object] | None = None,
        *,
        session: str | None = None,
        idempotent: bool = True,
        order_reference: str = "",
    ) -> dict[str, Any]:
        """One OT method call, its envelope checked; a session error logs in again once and repeats."""
        renewed = False
        while True:
            query: dict[str, object] = {}
            if session is not None:
                query["sessionId"] = self._session(session)
            query.update(params or {})
            envelope = self.http.json(
                "GET",
                f"service-json/{method}",
                params=self._signed(method, query),
                idempotent=idempotent,
                operation=method,
                order_reference=order_reference,
                authenticated=False,
            )
            if not isinstance(envelope, dict) or not isinstance(envelope.get("ErrorCode"), str):
                raise MalformedResponse(f"OT Platform answered {method} without an ErrorCode envelope.")
            code = envelope["ErrorCode"]
            if code == "Ok":
                return envelope
            description = text_of(envelope.get("ErrorDescription")) or code
            if code in SESSION_ERRORS and session is not None and not renewed:
                renewed = True
                self._sessions.pop(session, None)
                continue
            raise _error(method, code, description, idempotent=idempotent, renewed=renewed)

    def _signed(self, method: str, query: dict[str, object]) -> dict[str, str]:
        params = {"instanceKey": self.instance_key, "language": "en"}
        params.update({name: _wire(value) for name, value in query.items()})
        if self._signature_secret:
            params["timestamp"] = utc(self._clock()).strftime("%Y%m%d%H%M%S")
            params["signature"] = sign(method, params, self._signature_secret)
        return params


# ---- errors ------------------------------------------------------------------------------------------
def _error(method: str, code: str, description: str, *, idempotent: bool, renewed: bool) -> ChannelError:
    said = f"{description} ({code})"
    if code in SESSION_ERRORS:
        when = " again right after a new login" if renewed else ""
        return AuthError(f"OT Platform refused the session{when}: {said}", channel_message=description)
    if code in AUTH_ERRORS:
        return AuthError(f"OT Platform refused the credentials or settings: {said}", channel_message=description)
    if code in RATE_ERRORS:
        return RateLimited(f"OT Platform asked us to slow down: {said}", channel_message=description)
    if code in TRANSIENT_ERRORS:
        unknown = code == "InternalError" and not idempotent
        return TransientError(
            f"OT Platform could not do {method} right now: {said}", outcome_unknown=unknown, channel_message=description
        )
    return PermanentError(f"OT Platform refused {method}: {said}", channel_message=description)


# ---- small helpers -----------------------------------------------------------------------------------
def _parse_cursor_position(cursor: str | None) -> tuple[datetime | None, int]:
    """The stored cursor as (time, orders of that very second read already): `<time>|skip=<n>` mid-pull, or
    `<time>` alone (a finished pull, or one stored by an older version)."""
    if not cursor:
        return None, 0
    text, _, rest = cursor.partition("|skip=")
    when = time_of(text)
    if when is None or (rest and not rest.isdigit()):
        raise PermanentError(f"The stored OT Platform cursor '{cursor}' is not a date; reset the channel's cursor.")
    return when, int(rest or 0)


def _sales_id(order: OrderRecord) -> str:
    return str(order.channel_data.get("sales_id") or order.external_id)


def _refuse_if_cancelled(sales_id: str, info: dict[str, Any]) -> None:
    if flag_of(info.get("IsCancelled")):
        status = text_of(info.get("StatusName")) or "cancelled"
        raise PermanentError(f"OT Platform has cancelled order {sales_id} ({status}); it cannot go on.")


def _positive(amount: Decimal) -> Decimal:
    value = to_decimal(amount)
    if value <= 0:
        raise PermanentError(f"The amount must be more than zero, not {value}.")
    return value
