"""Reading OT Platform's answers: its JSON turned into our order records and the operator's reports, no HTTP."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from orderdesk.channels.errors import MalformedResponse
from orderdesk.channels.otxml import OrderItem
from orderdesk.core.money import ZERO, to_decimal
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utc
from orderdesk.core.status_map import StatusMap
from orderdesk.core.statuses import OrderStatus, PaymentStatus

# OT order status -> OrderStatus (ids *inferred* from OT admin code, names as OT answers with language=en;
# an unknown id falls back to words in the name, then to pending; IsCancelled=true always wins):
#     10 awaiting payment, 20 paid                          -> pending
#     30 in processing, 31 purchased, 32 at our warehouse   -> processing
#     36 packed, 37 ready to send                           -> packed
#     38 sent, 39 in transit                                -> dispatched
#     40 received by the customer                           -> delivered
#     50 returned                                           -> returned
#     60, 70 cancelled                                      -> cancelled
# IsPaid=false -> PaymentStatus.UNPAID, else PAID.
# The admin's status mapping (option "status_map") comes before the id table: a StatusName (or, without a name
# mapped, a StatusId) it lists reads as the admin's status. IsCancelled=true still wins: it is OT's own flag.
S = OrderStatus
STATUS_BY_ID: dict[int, OrderStatus] = {
    10: S.PENDING,
    20: S.PENDING,
    30: S.PROCESSING,
    31: S.PROCESSING,
    32: S.PROCESSING,
    36: S.PACKED,
    37: S.PACKED,
    38: S.DISPATCHED,
    39: S.DISPATCHED,
    40: S.DELIVERED,
    50: S.RETURNED,
    60: S.CANCELLED,
    70: S.CANCELLED,
}
# Checked in this order, so "not sent" style names never read as dispatched before a better word matches.
STATUS_WORDS: tuple[tuple[str, OrderStatus], ...] = (
    ("cancel", S.CANCELLED),
    ("return", S.RETURNED),
    ("receiv", S.DELIVERED),
    ("deliver", S.DELIVERED),
    ("sent", S.DISPATCHED),
    ("transit", S.DISPATCHED),
    ("ship", S.DISPATCHED),
    ("pack", S.PACKED),
    ("purchas", S.PROCESSING),
    ("process", S.PROCESSING),
    ("warehouse", S.PROCESSING),
)
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "¥": "CNY", "￥": "CNY", "€": "EUR", "£": "GBP", "₽": "RUB", "руб.": "RUB"}


# ---- what the extra operator calls give back ---------------------------------------------------------
@dataclass(frozen=True)
class DroppedLine:
    """A line OT left out of (or shortened in) an added order."""

    item_id: str
    configuration_id: str
    requested: int
    ordered: int

    def describe(self) -> str:
        config = f" ({self.configuration_id})" if self.configuration_id else ""
        if self.ordered:
            return f"item {self.item_id}{config}: OT ordered {self.ordered} of {self.requested}"
        return f"item {self.item_id}{config}: OT dropped it ({self.requested} requested)"


@dataclass(frozen=True)
class AutopurchaseReport:
    """Where a background activity of the autopurchase module stands, for the operator to read."""

    activity_id: str
    activity_type: str
    finished: bool = False
    cancelled: bool = False
    awaiting_action: bool = False
    timed_out: bool = False
    progress: int | None = None
    questions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    polls: int = 0


class Unreadable(Exception):
    """An order OT described in a way we cannot import; the reason is for the operator."""


# ---- reading OT's answers ----------------------------------------------------------------------------
def text_of(value: object) -> str:
    """An OT value as stripped text: {"Value": x} unwrapped, booleans as true/false, objects and lists as ""."""
    if isinstance(value, dict):
        value = value.get("Value")
    if value is None or isinstance(value, dict | list):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def flag_of(value: object) -> bool:
    """OT's booleans come as true or as the text "true" / "1"."""
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "1"))


def time_of(value: object) -> datetime | None:
    """An OT date as an aware UTC datetime (no zone: UTC); None when it is missing or unreadable."""
    text = text_of(value)
    if not text:
        return None
    text = text.replace("Z", "+00:00")
    if "." in text:  # .NET writes up to 7 fraction digits; Python reads 6
        head, _, rest = text.partition(".")
        digits = len(rest) - len(rest.lstrip("0123456789"))
        text = f"{head}.{rest[:digits][:6].ljust(6, '0')}{rest[digits:]}"
    try:
        return utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def updated_field(info: dict[str, Any]) -> object:
    """When OT last changed the order, under whichever name this answer uses."""
    for name in ("UpdatedDateTime", "LastUpdateDateTime", "StatusDateTime"):
        if info.get(name):
            return info[name]
    return None


def _created_field(info: dict[str, Any]) -> object:
    for name in ("CreatedDateTime", "CreationDateTime", "CreatedDate"):
        if info.get(name):
            return info[name]
    return None


def frame_of(envelope: dict[str, Any], method: str) -> tuple[list[Any], int | None]:
    """A search answer's Content and TotalCount (None when OT did not say)."""
    result = envelope.get("Result")
    if isinstance(result, list):
        return result, None
    if not isinstance(result, dict) or not isinstance(result.get("Content", []), list):
        raise MalformedResponse(f"OT Platform answered {method} without a Content list.")
    total = result.get("TotalCount")
    try:
        count = int(total) if total is not None else None
    except (TypeError, ValueError):
        count = None
    return list(result.get("Content") or []), count


def lines_of(details: dict[str, Any]) -> list[dict[str, Any]]:
    """The order details' SalesLinesList, as a JSON list or an XML-shaped {"SalesLine": [...]}."""
    lines = details.get("SalesLinesList")
    if isinstance(lines, dict):  # an XML-shaped list {"SalesLine": [...]}
        lines = next((v for v in lines.values() if isinstance(v, list)), [])
    return [line for line in lines or [] if isinstance(line, dict)]


def session_id_of(envelope: dict[str, Any]) -> str:
    """The SessionId of a login answer, beside ErrorCode or inside Result."""
    result = envelope.get("Result")
    for candidate in (envelope.get("SessionId"), result.get("SessionId") if isinstance(result, dict) else result):
        session_id = text_of(candidate)
        if session_id:
            return session_id
    raise MalformedResponse("OT Platform accepted the login but sent no SessionId.")


def added_order_id_of(envelope: dict[str, Any]) -> str:
    """The id of the order AddOrder created."""
    result = envelope.get("Result")
    if isinstance(result, dict):
        for holder in (result, result.get("SalesOrderInfo"), result.get("OrderInfo")):
            if isinstance(holder, dict) and text_of(holder.get("Id")):
                return text_of(holder.get("Id"))
    raise MalformedResponse("OT Platform added the order but did not say its id; look for it before adding again.")


def order_status(info: dict[str, Any], status_map: StatusMap | None = None) -> OrderStatus:
    """OT's StatusId/StatusName to ours, as in the table above STATUS_BY_ID."""
    if flag_of(info.get("IsCancelled")):
        return S.CANCELLED
    if status_map:
        name, status_id = text_of(info.get("StatusName")), text_of(info.get("StatusId"))
        mapped = status_map.to_local(name) or status_map.to_local(status_id)
        if mapped is not None:
            return mapped
    try:
        known = STATUS_BY_ID.get(int(text_of(info.get("StatusId"))))
    except ValueError:
        known = None
    if known is not None:
        return known
    name = text_of(info.get("StatusName")).lower()
    return next((status for word, status in STATUS_WORDS if word in name), S.PENDING)


def _currency(info: dict[str, Any], lines: list[dict[str, Any]]) -> str:
    for value in (info.get("CurrencyCode"), info.get("CurrencySign"), *(line.get("CurrencyCust") for line in lines)):
        text = text_of(value)
        if len(text) == 3 and text.isalpha() and text.isascii():
            return text.upper()
        if text in CURRENCY_SIGNS:
            return CURRENCY_SIGNS[text]
    raise Unreadable("OT gave no currency for this order.")


def _line(raw: dict[str, Any]) -> LineRecord:
    line_id = text_of(raw.get("Id"))
    item_id = text_of(raw.get("ItemId"))
    if not line_id or not item_id:
        raise Unreadable("a line has no Id or ItemId.")
    try:
        quantity = int(text_of(raw.get("Qty")))
        if raw.get("PriceCust") not in (None, ""):
            price = to_decimal(raw.get("PriceCust"))
        else:
            price = to_decimal(raw.get("AmountCust")) / quantity
    except (ValueError, ArithmeticError):
        raise Unreadable(f"line {line_id} has no readable quantity and price.") from None
    attributes = {
        key: text_of(raw.get(source))
        for key, source in (
            ("config_id", "ConfigId"),
            ("config", "ConfigText"),
            ("ot_status", "StatusName"),
            ("provider_order_id", "VendPurchId"),
            ("provider_status", "VendPurchStatus"),
        )
        if text_of(raw.get(source))
    }
    return LineRecord(
        sku=item_id,
        name=text_of(raw.get("BriefDescrTrans")) or text_of(raw.get("NameOrig")) or item_id,
        quantity=quantity,
        unit_price=price,
        external_id=line_id,
        tracking_number=text_of(raw.get("VendPurchWaybill")) or None,
        attributes=attributes,
    )


def map_order(details: dict[str, Any], status_map: StatusMap | None = None) -> OrderRecord:
    """GetSalesOrderDetailsForOperator's Result as one OrderRecord; Unreadable says what is missing."""
    info = details.get("SalesOrderInfo")
    if not isinstance(info, dict) or not text_of(info.get("Id")):
        raise Unreadable("OT's answer has no SalesOrderInfo with an Id.")
    sales_id = text_of(info.get("Id"))
    raw_lines = lines_of(details)
    if not raw_lines:
        raise Unreadable("the order has no lines.")
    currency = _currency(info, raw_lines)
    lines = tuple(_line(raw) for raw in raw_lines)
    lines_total = sum((line.total for line in lines), ZERO)
    shipping = ZERO
    if info.get("TotalAmount") not in (None, ""):
        try:
            total = to_decimal(info.get("TotalAmount"))
        except ValueError:
            raise Unreadable("TotalAmount is not an amount.") from None
        # Whatever OT charges beyond the goods (delivery, services) is the order's shipping part.
        shipping = max(total - lines_total, ZERO)
    delivery = info.get("DeliveryAddress")
    address: dict[str, Any] = delivery if isinstance(delivery, dict) else {}
    recipient = " ".join(p for p in (text_of(address.get("Name")), text_of(address.get("Familyname"))) if p)
    shipping_address = Address(
        name=recipient,
        street=text_of(address.get("Address")),
        city=text_of(address.get("City")),
        postcode=text_of(address.get("PostalCode")),
        region=text_of(address.get("RegionName")),
        country=text_of(address.get("Country")),
        phone=text_of(address.get("Phone")),
    )
    created = time_of(_created_field(info))
    return OrderRecord(
        external_id=sales_id,
        reference=sales_id,
        lines=lines,
        status=order_status(info, status_map),
        channel_status=(text_of(info.get("StatusName")) or text_of(info.get("StatusId")))[:64],
        payment_status=PaymentStatus.PAID if flag_of(info.get("IsPaid")) else PaymentStatus.UNPAID,
        customer=Customer(
            name=text_of(info.get("CustName")) or recipient,
            email=text_of(info.get("CustEmail")),
            phone=text_of(address.get("Phone")),
        ),
        shipping_address=shipping_address,
        billing_address=shipping_address,
        currency=currency,
        shipping_total=shipping,
        created_at=created,
        updated_at=time_of(updated_field(info)) or created,
        attributes={"comment": text_of(info.get("Comment"))} if text_of(info.get("Comment")) else {},
        channel_data={
            "sales_id": sales_id,
            "customer_id": text_of(info.get("CustId")),
            "status_id": text_of(info.get("StatusId")),
        },
    )


def dropped_lines(sent: Sequence[OrderItem], ordered: list[dict[str, Any]]) -> list[DroppedLine]:
    """Compare what AddOrder was asked for with the lines the new order has."""
    wanted: dict[tuple[str, str], int] = {}
    for item in sent:
        key = (str(item.item_id), str(item.configuration_id or ""))
        wanted[key] = wanted.get(key, 0) + int(item.quantity)
    got: dict[tuple[str, str], int] = {}
    for line in ordered:
        key = (text_of(line.get("ItemId")), text_of(line.get("ConfigId")))
        try:
            got[key] = got.get(key, 0) + int(text_of(line.get("Qty")))
        except ValueError:
            continue
    return [
        DroppedLine(item_id, config_id, requested, got.get((item_id, config_id), 0))
        for (item_id, config_id), requested in wanted.items()
        if got.get((item_id, config_id), 0) < requested
    ]


def activity_report(info: dict[str, Any], activity_id: str, activity_type: str, polls: int) -> AutopurchaseReport:
    """A background activity (BackgroundActivityInfo/FullInfo, *inferred* shape) in the operator's words."""
    questions: list[str] = []
    errors: list[str] = []
    messages: list[str] = []
    steps = info.get("Steps")
    if isinstance(steps, dict):
        steps = next((v for v in steps.values() if isinstance(v, list)), [])
    for step in steps if isinstance(steps, list) else []:
        if not isinstance(step, dict):
            continue
        kind = text_of(step.get("Type")).lower()
        text = text_of(step.get("Message"))
        options = _action_names(step.get("Actions"))
        if "error" in kind or "fail" in kind:
            errors.append(text or kind)
        elif "question" in kind or options:
            questions.append(f"{text} (choices: {' / '.join(options)})" if options else text)
        elif text:
            messages.append(text)
    awaiting = flag_of(info.get("IsAwaitingAction"))
    if awaiting and not questions:
        options = _action_names(info.get("Actions"))
        text = text_of(info.get("Description")) or "OT Platform is waiting for an operator's answer."
        questions.append(f"{text} (choices: {' / '.join(options)})" if options else text)
    try:
        progress: int | None = int(text_of(info.get("ProgressPercent")))
    except ValueError:
        progress = None
    return AutopurchaseReport(
        activity_id=activity_id,
        activity_type=activity_type,
        finished=flag_of(info.get("IsFinished")),
        cancelled=flag_of(info.get("IsCancelled")),
        awaiting_action=awaiting,
        progress=progress,
        questions=questions,
        errors=errors,
        messages=messages,
        polls=polls,
    )


def _action_names(actions: object) -> list[str]:
    if isinstance(actions, dict):
        actions = next((v for v in actions.values() if isinstance(v, list)), [])
    if not isinstance(actions, list):
        return []
    return [text_of(a.get("DisplayName")) for a in actions if isinstance(a, dict) and text_of(a.get("DisplayName"))]
