"""Buying desk orders on OT Platform (seed 003): place, cancel, pay, and the autopurchase activities.

Each action is one transaction: the purchase (or activity) record, an audit entry and, for place / cancel / pay,
an outbox event of the desk order that goes to the OT channel named with --via. The engine does the calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from orderdesk.core import capabilities
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind, EventState
from orderdesk.core.money import to_decimal
from orderdesk.core.purchasing import (
    ACTIVITY_ACTIONS,
    CANCELLABLE,
    LIVE_STATES,
    PAYABLE,
    ActivityState,
    PurchaseState,
    comment_for,
    items_for,
)
from orderdesk.core.roles import Right
from orderdesk.core.statuses import OrderStatus
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services.access import require
from orderdesk.services.common import load
from orderdesk.services.words import state_word
from orderdesk.store import audit, outbox, purchases
from orderdesk.store.db import transaction
from orderdesk.store.models import Channel, Order, OutboxEvent, Purchase, PurchaseActivity
from orderdesk.store.orders import get_channel, line_attributes, lines_of

P = PurchaseState
# An autopurchase operation as a sentence says it ("To link, name the purchase.").
_ACTION_WORDS = {
    "export": QT_TRANSLATE_NOOP("PurchaseService", "export"),
    "synchronize": QT_TRANSLATE_NOOP("PurchaseService", "synchronize"),
    "link": QT_TRANSLATE_NOOP("PurchaseService", "link"),
    "unlink": QT_TRANSLATE_NOOP("PurchaseService", "unlink"),
}


@dataclass(frozen=True)
class PurchaseResult:
    purchase: Purchase
    event: OutboxEvent | None


def via_channel(name: str | None) -> Channel:
    """The OT Platform channel that buys: the one named, or the only one there is."""
    if name:
        channel = get_channel(name)
    else:
        found = list(Channel.select().where(Channel.kind == ChannelKind.OTPLATFORM.value))
        if len(found) != 1:
            raise RuleViolation(
                translate("PurchaseService", "Name the OT Platform channel to buy on with --via CHANNEL.")
            )
        channel = found[0]
    if channel.kind != ChannelKind.OTPLATFORM.value:
        raise RuleViolation(
            translate(
                "PurchaseService",
                "Channel {channel} is not an OT Platform channel; purchases go through one.",
                channel=channel.name,
            )
        )
    if not channel.enabled:
        raise RuleViolation(
            translate(
                "PurchaseService",
                "Channel {channel} is switched off; switch it on to buy through it.",
                channel=channel.name,
            )
        )
    return channel


def place(
    order_ref: int | str,
    *,
    via: str | None,
    user: str,
    channel: str | None = None,
    delivery_mode_id: str | None = None,
) -> PurchaseResult:
    """Buy the desk order on OT Platform: AddOrder under the customer session (the engine sends it)."""
    user = require(Right.PURCHASES, user)
    with transaction():
        order = load(order_ref, channel)
        ot = via_channel(via)
        if order.status == OrderStatus.CANCELLED.value:
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "Order {reference} is cancelled; there is nothing to buy.",
                    reference=order.reference,
                )
            )
        live = purchases.live_purchase(order, ot)
        if live is not None:
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "Order {reference} is already bought on {channel} (purchase P{purchase}, {state}). "
                    "Cancel that purchase first to place it again.",
                    reference=order.reference,
                    channel=ot.name,
                    purchase=live.id,
                    state=state_word(live.state),
                )
            )
        capabilities.must_send(ot.kind, EventKind.PURCHASE_PLACE)
        items = items_for((ln.id, ln.sku, ln.quantity, line_attributes(ln)) for ln in lines_of(order))
        mode = (delivery_mode_id or str((ot.options or {}).get("delivery_mode_id") or "")).strip()
        if not mode:
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "Buying on {channel} needs a delivery mode: set delivery_mode_id in its settings or give one.",
                    channel=ot.name,
                )
            )
        purchase = Purchase.create(
            order=order,
            channel=ot,
            state=P.PLACING.value,
            currency=order.currency,
            items=[item.as_dict() for item in items],
            created_by=user,
            message=translate("PurchaseService", "waiting to be sent to OT Platform"),
        )
        purchase.comment = comment_for(purchase.id, order.reference)
        purchase.save()
        payload = {
            "purchase_id": purchase.id,
            "comment": purchase.comment,
            "delivery_mode_id": mode,
            "items": purchase.items,
        }
        audit.record(user, "purchase_place", order, f"purchase P{purchase.id} on {ot.name}: {len(items)} line(s)")
        _supersede_refused(order, ot.id, EventKind.PURCHASE_PLACE)
        event = outbox.enqueue(order, EventKind.PURCHASE_PLACE, payload, user, channel=ot)
        return PurchaseResult(purchase, event)


def cancel(purchase_id: int | str, *, user: str) -> PurchaseResult:
    """Cancel the OT order of a purchase (CancelSalesOrder with the customer session); it may be placed again."""
    user = require(Right.PURCHASES, user)
    with transaction():
        purchase = purchases.get_purchase(purchase_id)
        state = P(purchase.state)
        if state not in CANCELLABLE or not purchase.ot_order_id:
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "Purchase P{purchase} is {state}; only a placed or paid one can be cancelled.",
                    purchase=purchase.id,
                    state=state_word(state.value),
                )
            )
        payload = {"purchase_id": purchase.id, "ot_order_id": purchase.ot_order_id, "previous": state.value}
        purchases.set_state(
            purchase, P.CANCELLING, translate("PurchaseService", "waiting to be cancelled on OT Platform")
        )
        audit.record(user, "purchase_cancel", purchase.order, f"purchase P{purchase.id} ({purchase.ot_order_id})")
        _supersede_refused(purchase.order, purchase.channel_id, EventKind.PURCHASE_CANCEL)
        event = outbox.enqueue(purchase.order, EventKind.PURCHASE_CANCEL, payload, user, channel=purchase.channel_id)
        return PurchaseResult(purchase, event)


def pay(purchase_id: int | str, *, user: str, deposit: Decimal | str | None = None) -> PurchaseResult:
    """Pay the OT order from the customer's account (SalesPaymentReserve), depositing first when it is short."""
    user = require(Right.PURCHASES, user)
    amount = None
    if deposit not in (None, ""):
        try:
            amount = to_decimal(deposit)
        except ValueError:
            raise RuleViolation(
                translate("PurchaseService", "The deposit '{deposit}' is not an amount.", deposit=deposit)
            ) from None
        if amount <= 0:
            raise RuleViolation(translate("PurchaseService", "The deposit must be more than zero."))
    with transaction():
        purchase = purchases.get_purchase(purchase_id)
        state = P(purchase.state)
        if state == P.PAID:
            raise RuleViolation(
                translate("PurchaseService", "Purchase P{purchase} is paid already.", purchase=purchase.id)
            )
        if state not in PAYABLE or not purchase.ot_order_id:
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "Purchase P{purchase} is {state}; only a placed one can be paid.",
                    purchase=purchase.id,
                    state=state_word(state.value),
                )
            )
        payload = {
            "purchase_id": purchase.id,
            "ot_order_id": purchase.ot_order_id,
            "comment": purchase.comment,
            "deposit": format(amount, "f") if amount is not None else None,
        }
        purchases.set_state(purchase, P.PAYING, translate("PurchaseService", "waiting to be paid on OT Platform"))
        tail = f" with a deposit of {amount} if the account is short" if amount is not None else ""
        audit.record(user, "purchase_pay", purchase.order, f"purchase P{purchase.id} ({purchase.ot_order_id}){tail}")
        _supersede_refused(purchase.order, purchase.channel_id, EventKind.PURCHASE_PAY)
        event = outbox.enqueue(purchase.order, EventKind.PURCHASE_PAY, payload, user, channel=purchase.channel_id)
        return PurchaseResult(purchase, event)


def _supersede_refused(order: Order, channel_id: int, kind: EventKind) -> None:
    """An earlier try of the same action that OT refused no longer holds up the new one (FIFO per order and
    channel): it is discarded. One whose answer was lost may have gone through, so that one must be retried."""
    for event in OutboxEvent.select().where(
        (OutboxEvent.order == order)
        & (OutboxEvent.channel == channel_id)
        & (OutboxEvent.kind == kind.value)
        & (OutboxEvent.state == EventState.FAILED.value)
    ):
        if event.error_kind == "uncertain":
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "An earlier try (sync event #{event}) may have reached OT Platform; retry it from the sync log "
                    "(OT is read back first) or discard it.",
                    event=event.id,
                )
            )
        event.state = EventState.DISCARDED.value
        superseded = translate("PurchaseService", "{error} (superseded by a new try)", error=event.last_error or "")
        event.last_error = superseded.strip()
        event.save()


# ---- autopurchase ------------------------------------------------------------------------------------
def start_activity(
    action: str,
    *,
    user: str,
    purchase_id: int | str | None = None,
    via: str | None = None,
    line_ids: Sequence[str] = (),
    provider_order_ids: Sequence[str] = (),
) -> PurchaseActivity:
    """Ask for an autopurchase operation on OT (export, synchronize, link, unlink); the engine starts and follows it."""
    user = require(Right.PURCHASES, user)
    if action not in ACTIVITY_ACTIONS:
        raise RuleViolation(
            translate(
                "PurchaseService",
                "'{action}' is not an autopurchase operation. Use one of: {actions}.",
                action=action,
                actions=", ".join(ACTIVITY_ACTIONS),
            )
        )
    verb = translate("PurchaseService", _ACTION_WORDS[action])
    with transaction():
        purchase = purchases.get_purchase(purchase_id) if purchase_id is not None else None
        if purchase is None and action != "synchronize":
            raise RuleViolation(translate("PurchaseService", "To {action}, name the purchase.", action=verb))
        channel = purchase.channel if purchase is not None else via_channel(via)
        if purchase is not None:
            if P(purchase.state) not in LIVE_STATES or not purchase.ot_order_id:
                raise RuleViolation(
                    translate(
                        "PurchaseService",
                        "Purchase P{purchase} is {state}; it has no OT order to {action}.",
                        purchase=purchase.id,
                        state=state_word(purchase.state),
                        action=verb,
                    )
                )
            if action == "export" and purchase.state != P.PAID.value:
                raise RuleViolation(
                    translate(
                        "PurchaseService",
                        "Purchase P{purchase} is not paid; OT exports only paid orders.",
                        purchase=purchase.id,
                    )
                )
        if action == "link" and not provider_order_ids:
            raise RuleViolation(
                translate("PurchaseService", "To link, give the provider order ids (--provider-order ID).")
            )
        ot_lines = _ot_line_ids(purchase, line_ids) if purchase is not None else []
        activity = PurchaseActivity.create(
            purchase=purchase,
            channel=channel,
            action=action,
            parameters={"line_ids": ot_lines, "provider_order_ids": [str(p) for p in provider_order_ids]},
            state=ActivityState.REQUESTED.value,
            created_by=user,
        )
        what = f"purchase P{purchase.id} ({purchase.ot_order_id})" if purchase is not None else channel.name
        audit.record(user, f"autopurchase_{action}", purchase.order if purchase else None, f"{action} {what}")
        return activity


def _ot_line_ids(purchase: Purchase, line_ids: Sequence[str]) -> list[str]:
    """OT's line ids: the operator may name them, or the desk lines they buy."""
    known = {str(line.get("id")): line for line in purchase.ot_lines or []}
    by_desk = {}
    for item in purchase.items or []:
        for line in purchase.ot_lines or []:
            if (line.get("item_id"), line.get("config_id") or "") == (item["item_id"], item.get("config_id") or ""):
                by_desk[str(item["line_id"])] = str(line.get("id"))
    result = []
    for ident in line_ids:
        text = str(ident).strip()
        if text in known:
            result.append(text)
        elif text in by_desk:
            result.append(by_desk[text])
        else:
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "Purchase P{purchase} has no line {line} (neither an OT line nor a desk line).",
                    purchase=purchase.id,
                    line=text,
                )
            )
    return result


def answer(activity_ref: int | str, choice: str, *, user: str) -> PurchaseActivity:
    """Answer the question an activity waits on with one of OT's choices (by its id or its words)."""
    user = require(Right.PURCHASES, user)
    with transaction():
        activity = purchases.get_activity(activity_ref)
        if activity.state != ActivityState.AWAITING.value:
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "Activity {activity} is {state}; it does not wait for an answer.",
                    activity=activity.id,
                    state=state_word(activity.state),
                )
            )
        wanted = choice.strip().lower()
        chosen = next(
            (c for c in activity.choices or [] if wanted in (c["id"].lower(), c["label"].lower())),
            None,
        )
        if chosen is None:
            offered = ", ".join(f"{c['id']} ({c['label']})" for c in activity.choices or [])
            raise RuleViolation(
                translate(
                    "PurchaseService",
                    "'{choice}' is not one of OT's choices: {offered}.",
                    choice=choice,
                    offered=offered,
                )
            )
        purchases.update_activity(activity, state=ActivityState.ANSWERING.value, answer=chosen["id"])
        order = activity.purchase.order if activity.purchase is not None else None
        audit.record(user, "autopurchase_answer", order, f"{activity.question} -> {chosen['label']}")
        return activity
