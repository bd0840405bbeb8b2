"""Buying on OT Platform (seed 003): add a desk order with AddOrder, cancel and pay it, and drive the autopurchase
module's background activities. The calls go through OTPlatformAdapter's session and signature handling.

- Place (PURCHASE_PLACE): AddOrder(customer session, xmlAddData) with the payload's items, DeliveryModeId, the
  UserProfileId (payload, channel option "user_profile_id", else the first of GetUserProfileInfoList under the
  customer session) and the desk's Comment. AddOrder is not idempotent: after a lost answer the read-back looks
  for an order with that very comment (find_order_by_comment) and takes it instead of adding a second one.
- Cancel (PURCHASE_CANCEL): CancelSalesOrder with the CUSTOMER session (the seed: "sending customer session and
  order ID"); a pulled order is cancelled by the adapter's CANCEL with the operator's session.
- Pay (PURCHASE_PAY): SalesPaymentReserve(operator, salesId, amount left). When OT says the customer's account is
  short (NotEnoughMoney) and the operator gave a deposit, PostTransaction(customerId, deposit, isDebit=true) first
  and reserve again. Reserve is always tried first, so a repeat after a lost PostTransaction answer does not
  deposit twice: the first deposit is found on the account.
- Activities: Run*Provider answers `{Type, Id {Value}}`; GetBackgroundActivityInfo(activityType, activityId) is
  read into an ActivityView; a question's choice goes back with DoActionForBackgroundActivity(sessionId,
  activityId, actionId), or DoStepActionForBackgroundActivity where the instance only knows that one.
- Provider session: GetProviderOrdersIntegrationSessionAuthenticationInfo(providerType, returnUrl) gives the
  address to open in a browser; GetProviderOrdersIntegrationSessionInfoList(providerType) lists saved sessions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from orderdesk.channels import otxml
from orderdesk.channels.base import PushResult
from orderdesk.channels.errors import ChannelError, MalformedResponse, PermanentError
from orderdesk.channels.otread import (
    AutopurchaseReport,
    activity_report,
    added_order_id_of,
    dropped_lines,
    flag_of,
    lines_of,
    text_of,
)
from orderdesk.channels.otxml import OrderItem
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.money import ZERO, to_decimal

if TYPE_CHECKING:
    from orderdesk.channels.otplatform import OTPlatformAdapter

CUSTOMER = "customer"
OPERATOR = "operator"
SHORT_OF_MONEY = ("NotEnoughMoney", "InsufficientFunds", "NotEnoughFunds")


# ---- the outbox events -------------------------------------------------------------------------------
def push(adapter: OTPlatformAdapter, event: OutboundEvent) -> PushResult:
    if event.kind == EventKind.PURCHASE_PLACE:
        return _place(adapter, event)
    if event.kind == EventKind.PURCHASE_CANCEL:
        return _cancel(adapter, event)
    return _pay(adapter, event)


def already_applied(adapter: OTPlatformAdapter, event: OutboundEvent) -> PushResult | None:
    payload = event.payload
    if event.kind == EventKind.PURCHASE_PLACE:
        sales_id = adapter.find_order_by_comment(str(payload.get("comment") or ""))
        if sales_id is None:
            return None
        facts = _facts(adapter, sales_id, _items(payload))
        return PushResult(
            message=f"OT Platform already has order {sales_id} with this purchase's comment; it was not added again.",
            purchase=facts,
        )
    sales_id = str(payload.get("ot_order_id") or "")
    details = adapter.order_details(sales_id)
    info = details["SalesOrderInfo"]
    if event.kind == EventKind.PURCHASE_CANCEL and flag_of(info.get("IsCancelled")):
        return PushResult(message=f"OT Platform already shows order {sales_id} as cancelled.", purchase=_read(details))
    if event.kind == EventKind.PURCHASE_PAY and flag_of(info.get("IsPaid")):
        return PushResult(message=f"OT Platform already shows order {sales_id} as paid.", purchase=_read(details))
    return None


def _items(payload: dict[str, Any]) -> list[OrderItem]:
    return [
        OrderItem(str(item["item_id"]), str(item.get("config_id") or ""), int(item["quantity"]))
        for item in payload.get("items") or []
    ]


def _place(adapter: OTPlatformAdapter, event: OutboundEvent) -> PushResult:
    payload = event.payload
    items = _items(payload)
    mode = str(payload.get("delivery_mode_id") or adapter.config.options.get("delivery_mode_id") or "")
    if not items:
        raise PermanentError("The purchase has no lines to buy.")
    if not mode.strip():
        raise PermanentError("Buying on OT Platform needs a delivery mode: set it in the channel settings.")
    profile = str(payload.get("user_profile_id") or adapter.config.options.get("user_profile_id") or "")
    if not profile:
        profile = first_user_profile(adapter)
    xml = otxml.order_add_data(
        items, delivery_mode_id=mode, comment=str(payload.get("comment") or ""), user_profile_id=profile
    )
    envelope = adapter._call("AddOrder", {"xmlAddData": xml}, session=CUSTOMER, idempotent=False)
    sales_id = added_order_id_of(envelope)
    facts = _facts(adapter, sales_id, items)
    dropped = len(facts["dropped"])
    tail = f"; OT dropped or shortened {dropped} line(s)" if dropped else ""
    return PushResult(message=f"Added order {sales_id} to OT Platform{tail}.", purchase=facts)


def _facts(adapter: OTPlatformAdapter, sales_id: str, items: list[OrderItem]) -> dict[str, Any]:
    details = adapter.order_details(sales_id)
    facts = _read(details)
    facts["dropped"] = [
        {"item_id": d.item_id, "config_id": d.configuration_id, "requested": d.requested, "ordered": d.ordered}
        for d in dropped_lines(items, lines_of(details))
    ]
    return facts


def _read(details: dict[str, Any]) -> dict[str, Any]:
    """What a purchase keeps of GetSalesOrderDetailsForOperator's answer."""
    info = details["SalesOrderInfo"]
    total = _amount(info.get("TotalAmount"))
    return {
        "ot_order_id": text_of(info.get("Id")),
        "customer_id": text_of(info.get("CustId")),
        "currency": text_of(info.get("CurrencyCode"))[:3],
        "total": str(total) if total is not None else None,
        "paid_amount": str(_amount(info.get("PaidAmount")) or (total if flag_of(info.get("IsPaid")) else ZERO)),
        "is_paid": flag_of(info.get("IsPaid")),
        "is_cancelled": flag_of(info.get("IsCancelled")),
        "status": (text_of(info.get("StatusName")) or text_of(info.get("StatusId")))[:64],
        "comment": text_of(info.get("Comment")),
        "lines": [
            {
                "id": text_of(line.get("Id")),
                "item_id": text_of(line.get("ItemId")),
                "config_id": text_of(line.get("ConfigId")),
                "quantity": text_of(line.get("Qty")),
                "status": text_of(line.get("StatusName")) or text_of(line.get("StatusId")),
                "provider_order_id": text_of(line.get("VendPurchId")),
                "provider_status": text_of(line.get("VendPurchStatus")),
                "waybill": text_of(line.get("VendPurchWaybill")),
            }
            for line in lines_of(details)
        ],
    }


def read_purchase(adapter: OTPlatformAdapter, details: dict[str, Any]) -> dict[str, Any]:
    """The purchase facts of an order OT lists back (the engine's pull of a placed order)."""
    return _read(details)


def _amount(value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return to_decimal(value)
    except ValueError:
        return None


def _cancel(adapter: OTPlatformAdapter, event: OutboundEvent) -> PushResult:
    sales_id = str(event.payload.get("ot_order_id") or "")
    try:
        adapter._call(
            "CancelSalesOrder", {"salesId": sales_id}, session=CUSTOMER, idempotent=False, order_reference=sales_id
        )
    except PermanentError as refused:
        details = adapter.order_details(sales_id)
        if not flag_of(details["SalesOrderInfo"].get("IsCancelled")):
            raise refused from None
        return PushResult(message=f"OT Platform already had order {sales_id} cancelled.", purchase=_read(details))
    return PushResult(
        message=f"Cancelled order {sales_id} in OT Platform.", purchase=_read(adapter.order_details(sales_id))
    )


def _pay(adapter: OTPlatformAdapter, event: OutboundEvent) -> PushResult:
    sales_id = str(event.payload.get("ot_order_id") or "")
    details = adapter.order_details(sales_id)
    info = details["SalesOrderInfo"]
    if flag_of(info.get("IsCancelled")):
        raise PermanentError(f"OT Platform has cancelled order {sales_id}; it cannot be paid.")
    if flag_of(info.get("IsPaid")):
        return PushResult(message=f"OT Platform shows order {sales_id} as paid already.", purchase=_read(details))
    total = _amount(info.get("TotalAmount")) or ZERO
    left = total - (_amount(info.get("PaidAmount")) or ZERO)
    deposit = _amount(event.payload.get("deposit"))
    deposited = ""
    try:
        adapter.reserve_payment(sales_id, left)
    except PermanentError as refused:
        if not any(code in refused.message for code in SHORT_OF_MONEY):
            raise
        if deposit is None or deposit <= 0:
            raise PermanentError(
                f"The customer's OT account has not enough money to pay {left} for order {sales_id}. "
                "Pay again with a deposit (the amount to put on the account first).",
                channel_message=refused.channel_message,
            ) from None
        customer = text_of(info.get("CustId"))
        comment = f"{event.payload.get('comment') or ''} deposit".strip()
        adapter.post_transaction(customer, deposit, True, comment)
        deposited = f" after depositing {deposit} on customer {customer}'s account"
        adapter.reserve_payment(sales_id, left)
    return PushResult(
        message=f"Paid {left} for order {sales_id} from the customer's OT account{deposited}.",
        purchase=_read(adapter.order_details(sales_id)),
    )


# ---- user profile and provider sessions --------------------------------------------------------------
def first_user_profile(adapter: OTPlatformAdapter) -> str:
    """GetUserProfileInfoList under the customer session: the first profile's Id ('' when OT lists none)."""
    result = adapter._call("GetUserProfileInfoList", {}, session=CUSTOMER).get("Result")
    entries = result.get("Content") if isinstance(result, dict) else result
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and text_of(entry.get("Id")):
            return text_of(entry.get("Id"))
    return ""


def provider_sign_in_address(adapter: OTPlatformAdapter, provider_type: str, return_url: str) -> str:
    """GetProviderOrdersIntegrationSessionAuthenticationInfo: the address the admin opens to sign in."""
    result = adapter._call(
        "GetProviderOrdersIntegrationSessionAuthenticationInfo",
        {"providerType": provider_type, "returnUrl": return_url},
        session=OPERATOR,
    ).get("Result")
    address = text_of(result.get("AuthenticationUrl") or result.get("Url")) if isinstance(result, dict) else ""
    address = address or text_of(result)
    if not address.startswith(("http://", "https://")):
        raise MalformedResponse("OT Platform gave no address to sign in to the provider.")
    return address


def provider_sessions(adapter: OTPlatformAdapter, provider_type: str) -> list[dict[str, str]]:
    """GetProviderOrdersIntegrationSessionInfoList: the saved provider sessions, as {id, login, valid}."""
    result = adapter._call(
        "GetProviderOrdersIntegrationSessionInfoList", {"providerType": provider_type}, session=OPERATOR
    ).get("Result")
    entries = result.get("Content") if isinstance(result, dict) else result
    return [
        {
            "id": text_of(entry.get("Id")),
            "login": text_of(entry.get("Login") or entry.get("Name")),
            "valid": "yes" if entry.get("IsValid", True) not in (False, "false") else "no",
        }
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict) and text_of(entry.get("Id"))
    ]


# ---- background activities ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ActivityView:
    """Where a background activity stands: state words the store keeps, and the question with OT's choices."""

    activity_id: str
    activity_type: str
    state: str  # running, awaiting, finished, failed, cancelled
    progress: int | None = None
    question: str = ""
    choices: list[dict[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


METHODS = {
    "export": "RunOrderExportingToProvider",
    "synchronize": "RunOrdersSynchronizingWithProvider",
    "link": "RunOrderLinkingWithProvider",
    "unlink": "RunOrderUnlinkingFromProvider",
}


def start_activity(
    adapter: OTPlatformAdapter,
    action: str,
    sales_id: str = "",
    *,
    line_ids: list[str] | None = None,
    provider_order_ids: list[str] | None = None,
) -> tuple[str, str]:
    """Start one of the four autopurchase operations; returns (activity id, activity type)."""
    method = METHODS[action]
    kind = adapter.provider_type
    # The session the admin signed in with (a secret, sync/provider_signin.py), else the first one OT keeps.
    provider_session = (
        adapter.config.secrets.get("provider_session_id")
        or str(adapter.config.options.get("provider_session_id") or "")
        or adapter._provider_session(kind)
    )
    parameters = otxml.autopurchase_parameters(
        order_id=sales_id, line_ids=line_ids or [], provider_order_ids=provider_order_ids or []
    )
    started = adapter._call(
        method,
        {"providerType": kind, "providerSessionId": provider_session, "xmlParameters": parameters},
        session=OPERATOR,
        idempotent=False,
        order_reference=sales_id,
    ).get("Result")
    if not isinstance(started, dict) or not text_of(started.get("Id")):
        raise MalformedResponse(f"OT Platform started {method} without telling the background activity id.")
    return text_of(started.get("Id")), text_of(started.get("Type"))


def activity_view(adapter: OTPlatformAdapter, activity_id: str, activity_type: str) -> ActivityView:
    """GetBackgroundActivityInfo read into the operator's terms."""
    info = adapter._call(
        "GetBackgroundActivityInfo", {"activityType": activity_type, "activityId": activity_id}, session=OPERATOR
    ).get("Result")
    if not isinstance(info, dict):
        raise MalformedResponse("OT Platform answered GetBackgroundActivityInfo without a Result.")
    question, choices, errors, messages = "", [], [], []
    steps = info.get("Steps")
    for step in steps if isinstance(steps, list) else []:
        if not isinstance(step, dict):
            continue
        kind, text = text_of(step.get("Type")).lower(), text_of(step.get("Message"))
        options = _choices(step.get("Actions"))
        if "error" in kind or "fail" in kind:
            errors.append(text or kind)
        elif ("question" in kind or options) and not flag_of(step.get("IsAnswered")):
            question, choices = text, options
        elif "question" in kind or options:
            messages.append(f"{text} (answered: {text_of(step.get('Answer')) or 'yes'})")
        elif text:
            messages.append(text)
    awaiting = flag_of(info.get("IsAwaitingAction"))
    if awaiting and not choices:
        choices = _choices(info.get("Actions"))
        question = question or text_of(info.get("Description")) or "OT Platform waits for an operator's answer."
    if flag_of(info.get("IsCancelled")):
        state = "cancelled"
    elif awaiting:
        state = "awaiting"
    elif flag_of(info.get("IsFinished")):
        state = "failed" if errors else "finished"
    else:
        state = "running"
    try:
        progress: int | None = int(text_of(info.get("ProgressPercent")))
    except ValueError:
        progress = None
    return ActivityView(
        activity_id, activity_type, state, progress, question if awaiting else "", choices if awaiting else [],
        errors, messages,
    )  # fmt: skip


def _choices(actions: object) -> list[dict[str, str]]:
    if not isinstance(actions, list):
        return []
    return [
        {"id": text_of(a.get("Id")), "label": text_of(a.get("DisplayName")) or text_of(a.get("Id"))}
        for a in actions
        if isinstance(a, dict) and text_of(a.get("Id"))
    ]


def answer_activity(adapter: OTPlatformAdapter, activity_id: str, action_id: str) -> None:
    """Send the operator's choice: DoActionForBackgroundActivity, or DoStepActionForBackgroundActivity where the
    instance does not know the first (CHANNELS.md: handle both)."""
    params: dict[str, object] = {"activityId": activity_id, "actionId": action_id}
    try:
        adapter._call("DoActionForBackgroundActivity", params, session=OPERATOR, idempotent=False)
    except ChannelError as exc:
        if not _unknown_method(exc):
            raise
        adapter._call("DoStepActionForBackgroundActivity", params, session=OPERATOR, idempotent=False)


def run_autopurchase(
    adapter: OTPlatformAdapter,
    action: str,
    sales_id: str = "",
    *,
    line_ids: Iterable[str] = (),
    provider_order_ids: Iterable[str] = (),
    provider_type: str | None = None,
    provider_session_id: str | None = None,
    max_polls: int = 30,
    poll_interval: float = 2.0,
) -> AutopurchaseReport:
    """Start export / synchronize / link / unlink with the provider and follow the background activity until
    it finishes, stops for an operator's answer, or `max_polls` polls have passed."""
    method = METHODS.get(action, action)
    if method not in METHODS.values():
        choices = ", ".join(METHODS)
        raise PermanentError(f"'{action}' is not an autopurchase action. Use one of: {choices}.")
    kind = provider_type or adapter.provider_type
    provider_session = (
        provider_session_id or str(adapter.config.options.get("provider_session_id") or "")
    ) or adapter._provider_session(kind)
    parameters = otxml.autopurchase_parameters(
        order_id=sales_id, line_ids=line_ids, provider_order_ids=provider_order_ids
    )
    envelope = adapter._call(
        method,
        {"providerType": kind, "providerSessionId": provider_session, "xmlParameters": parameters},
        session=OPERATOR,
        idempotent=False,
        order_reference=sales_id,
    )
    started = envelope.get("Result")
    if not isinstance(started, dict) or not text_of(started.get("Id")):
        raise MalformedResponse(f"OT Platform started {method} without telling the background activity id.")
    activity_id, activity_type = text_of(started.get("Id")), text_of(started.get("Type"))
    report = AutopurchaseReport(activity_id=activity_id, activity_type=activity_type)
    for poll in range(1, max(1, max_polls) + 1):
        info = adapter._call(
            "GetBackgroundActivityInfo",
            {"activityType": activity_type, "activityId": activity_id},
            session=OPERATOR,
            order_reference=sales_id,
        ).get("Result")
        if not isinstance(info, dict):
            raise MalformedResponse("OT Platform answered GetBackgroundActivityInfo without a Result.")
        report = activity_report(info, activity_id, activity_type, poll)
        if report.finished or report.cancelled or report.awaiting_action:
            return report
        if poll < max_polls:
            adapter._sleep(poll_interval)
    return replace(report, timed_out=True)


def _unknown_method(exc: ChannelError) -> bool:
    words = (exc.channel_message or exc.message).lower()
    return exc.http_status == 404 or ("method" in words and "not found" in words)
