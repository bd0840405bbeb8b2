"""The engine's side of purchasing on OT Platform (seed 003).

- What OT confirmed for a purchase event (placed, paid, cancelled) goes onto the purchase record; a refused one
  leaves the purchase saying why.
- Orders the desk placed come back in OT's order list: recognised by the purchase number in their comment, they
  update their purchase (OT status, provider orders, waybills onto the desk order's lines) and are never taken in
  as incoming orders.
- Autopurchase activities: the engine starts the ones an operator asked for, follows them with
  GetBackgroundActivityInfo, keeps a question and OT's choices on the activity record for the window and the CLI,
  and sends the operator's answer. A `purchase sync` has no desk order to hang an outbox event on, so the
  activity record is its own queue: the service writes it with the audit entry, the engine carries it to OT.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from orderdesk.channels import otpurchase
from orderdesk.channels.base import PushResult
from orderdesk.channels.errors import ChannelError, TransientError
from orderdesk.core.events import PURCHASE_KINDS, EventKind
from orderdesk.core.purchasing import ActivityState, PurchaseState, explain_activity_error, purchase_id_in
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus
from orderdesk.core.text import translate
from orderdesk.store import audit, purchases, synclog
from orderdesk.store.db import transaction
from orderdesk.store.models import Channel, OutboxEvent, Purchase, PurchaseActivity

if TYPE_CHECKING:
    from orderdesk.sync.engine import SyncEngine

A = ActivityState
SYNC_USER = "sync"
MAX_START_TRIES = 5


# ---- outbox events -----------------------------------------------------------------------------------
def _purchase_of(event: OutboxEvent) -> Purchase | None:
    if EventKind(event.kind) not in PURCHASE_KINDS:
        return None
    return Purchase.get_or_none(Purchase.id == int((event.payload or {}).get("purchase_id") or 0))


def apply_result(event: OutboxEvent, result: PushResult) -> list[int]:
    """Inside the engine's transaction: what OT confirmed goes onto the purchase. Returns changed order ids."""
    purchase = _purchase_of(event)
    if purchase is None:
        return []
    fresh = purchases.apply_facts(purchase, result.purchase, result.message)
    kind = EventKind(event.kind)
    if kind == EventKind.PURCHASE_PLACE:
        detail = f"placed on {fresh.channel.name} as {fresh.ot_order_id}"
        if fresh.dropped:
            detail += f"; OT dropped or shortened {len(fresh.dropped)} line(s)"
    elif kind == EventKind.PURCHASE_PAY:
        detail = f"purchase {fresh.ot_order_id} paid ({fresh.paid_amount} {fresh.currency})"
    else:
        detail = f"purchase {fresh.ot_order_id} cancelled on {fresh.channel.name}"
    audit.record(SYNC_USER, event.kind, fresh.order, detail)
    return [fresh.order_id]


def note_failure(event: OutboxEvent, message: str) -> None:
    """A purchase event that a supervisor must look at: the purchase says why, in the state it really is in."""
    purchase = _purchase_of(event)
    if purchase is None:
        return
    kind = EventKind(event.kind)
    if kind == EventKind.PURCHASE_PLACE:
        purchases.set_state(
            purchase, PurchaseState.FAILED, translate("SyncPurchases", "Not placed: {error}", error=message)
        )
    elif kind == EventKind.PURCHASE_PAY:
        purchases.set_state(
            purchase, PurchaseState.PLACED, translate("SyncPurchases", "Not paid: {error}", error=message)
        )
    else:
        previous = str((event.payload or {}).get("previous") or PurchaseState.PLACED.value)
        why = translate("SyncPurchases", "Not cancelled: {error}", error=message)
        purchases.set_state(purchase, PurchaseState(previous), why)


# ---- pulls -------------------------------------------------------------------------------------------
def incoming(channel: Channel, records: Iterable[OrderRecord], listener: Any = None) -> list[OrderRecord]:
    """The pulled records that are incoming orders; the ones the desk placed update their purchase instead."""
    kept: list[OrderRecord] = []
    for record in records:
        number = purchase_id_in(record.attributes.get("comment"))
        if number is None:
            kept.append(record)
            continue
        purchase = Purchase.get_or_none((Purchase.id == number) & (Purchase.channel == channel))
        if purchase is None:
            synclog.write(
                channel=channel.name,
                direction="pull",
                operation="import",
                outcome="skipped",
                order_reference=record.reference,
                message=translate(
                    "SyncPurchases",
                    "{reference} was placed by a desk (purchase P{purchase}) this database does not know; "
                    "it is not an incoming order",
                    reference=record.reference,
                    purchase=number,
                ),
            )
            continue
        with transaction():
            fresh = purchases.apply_facts(purchase, facts_of(record), purchase.message)
        if listener is not None:
            listener.orders_changed([fresh.order_id])
    return kept


def facts_of(record: OrderRecord) -> dict[str, Any]:
    """A placed order as OT lists it back, in the purchase's terms."""
    return {
        "ot_order_id": record.external_id,
        "customer_id": str(record.channel_data.get("customer_id") or ""),
        "currency": record.currency,
        "total": str(sum((line.total for line in record.lines), record.shipping_total)),
        "is_paid": record.payment_status == PaymentStatus.PAID,
        "is_cancelled": record.status == OrderStatus.CANCELLED,
        "status": record.channel_status,
        "lines": [
            {
                "id": line.external_id or "",
                "item_id": line.sku,
                "config_id": line.attributes.get("config_id", ""),
                "quantity": str(line.quantity),
                "status": line.attributes.get("ot_status", ""),
                "provider_order_id": line.attributes.get("provider_order_id", ""),
                "provider_status": line.attributes.get("provider_status", ""),
                "waybill": line.tracking_number or "",
            }
            for line in record.lines
        ],
    }


# ---- background activities ---------------------------------------------------------------------------
def has_open(channel_id: int) -> bool:
    open_states = [s.value for s in (A.REQUESTED, A.RUNNING, A.ANSWERING)]
    return bool(
        PurchaseActivity.select()
        .where(PurchaseActivity.channel == channel_id, PurchaseActivity.state.in_(open_states))
        .exists()
    )


def follow(engine: SyncEngine, channel: Channel) -> None:
    """Start, follow and answer the channel's autopurchase activities: one step each per call."""
    if channel.kind != "otplatform" or engine.stopping:
        return
    for activity in purchases.open_activities(channel):
        if engine.stopping:
            return
        adapter: Any = engine.adapter(channel)
        try:
            _step(engine, channel, adapter, activity)
        except TransientError as exc:
            purchases.update_activity(
                activity, message=translate("SyncPurchases", "{error} (will try again)", error=exc.message)
            )
        except ChannelError as exc:
            purchases.update_activity(activity, state=A.FAILED.value, message=explain_activity_error(exc.message))
            _log(engine, channel, activity, "failed", activity.message)
        _tell(engine, activity)


def _step(engine: SyncEngine, channel: Channel, adapter: Any, activity: PurchaseActivity) -> None:
    state = A(activity.state)
    if state == A.REQUESTED:
        _start(engine, channel, adapter, activity)
    elif state == A.ANSWERING:
        view = otpurchase.activity_view(adapter, activity.activity_id or "", activity.activity_type)
        if view.state == "awaiting" and view.question == activity.question:
            otpurchase.answer_activity(adapter, activity.activity_id or "", activity.answer)
        # else: the answer reached OT already (a lost answer read back), or someone answered in OT's admin.
        purchases.update_activity(activity, state=A.RUNNING.value, question="", choices=[])
        _log(engine, channel, activity, "ok", translate("SyncPurchases", "answered '{answer}'", answer=activity.answer))
    else:
        _poll(engine, channel, adapter, activity)


def _start(engine: SyncEngine, channel: Channel, adapter: Any, activity: PurchaseActivity) -> None:
    params = dict(activity.parameters or {})
    purchase = activity.purchase
    sales_id = purchase.ot_order_id if purchase is not None else ""
    tries = activity.attempts + 1
    purchases.update_activity(activity, attempts=tries)
    try:
        activity_id, activity_type = otpurchase.start_activity(
            adapter,
            activity.action,
            sales_id or "",
            line_ids=list(params.get("line_ids") or []),
            provider_order_ids=list(params.get("provider_order_ids") or []),
        )
    except TransientError as exc:
        if tries >= MAX_START_TRIES:
            raise ChannelError(
                translate("SyncPurchases", "gave up after %n try(ies): {error}", tries, error=exc.message)
            ) from None
        raise
    purchases.update_activity(
        activity, activity_id=activity_id, activity_type=activity_type, state=A.RUNNING.value, message=""
    )
    started = translate("SyncPurchases", "started background activity {activity}", activity=activity_id)
    _log(engine, channel, activity, "ok", started)


def _poll(engine: SyncEngine, channel: Channel, adapter: Any, activity: PurchaseActivity) -> None:
    view = otpurchase.activity_view(adapter, activity.activity_id or "", activity.activity_type)
    message = "; ".join(explain_activity_error(error) for error in view.errors) or "; ".join(view.messages)
    values: dict[str, Any] = {"progress": view.progress, "message": message}
    if view.state == "awaiting":
        values.update(state=A.AWAITING.value, question=view.question, choices=view.choices)
        if activity.state != A.AWAITING.value:
            reference = activity.purchase.order.reference if activity.purchase is not None else channel.name
            engine.listener.notice(
                translate(
                    "SyncPurchases",
                    "OT Platform asks about {reference}: {question}",
                    reference=reference,
                    question=view.question,
                )
            )
    elif view.state in ("finished", "failed", "cancelled"):
        values.update(state=view.state, question="", choices=[])
    purchases.update_activity(activity, **values)
    if activity.state in (A.FINISHED.value, A.FAILED.value):
        _log(engine, channel, activity, "done" if activity.state == A.FINISHED.value else "failed", message)
        refresh_purchases(engine, channel, activity)


def refresh_purchases(engine: SyncEngine, channel: Channel, activity: PurchaseActivity | None = None) -> None:
    """Read the OT orders an activity changed back onto their purchases (provider orders, statuses, waybills)."""
    adapter: Any = engine.adapter(channel)
    if activity is not None and activity.purchase is not None:
        targets = [activity.purchase]
    else:
        targets = [p for p in purchases.list_purchases() if p.channel_id == channel.id and p.ot_order_id]
    changed = []
    for purchase in targets:
        if purchase.state == PurchaseState.CANCELLED.value:
            continue
        details = adapter.order_details(purchase.ot_order_id)
        with transaction():
            purchases.apply_facts(purchase, otpurchase.read_purchase(adapter, details), purchase.message)
        changed.append(purchase.order_id)
    if changed:
        engine.listener.orders_changed(changed)


def _tell(engine: SyncEngine, activity: PurchaseActivity) -> None:
    purchase = activity.purchase
    if purchase is not None:
        engine.listener.orders_changed([purchase.order_id])


def _log(engine: SyncEngine, channel: Channel, activity: PurchaseActivity, outcome: str, message: str) -> None:
    reference = activity.purchase.order.reference if activity.purchase is not None else ""
    entry = synclog.write(
        channel=channel.name,
        direction="push",
        operation=f"autopurchase {activity.action}",
        outcome=outcome,
        order_reference=reference,
        message=message or f"{activity.action} {activity.state}",
    )
    engine.listener.log_entry(entry.id)
