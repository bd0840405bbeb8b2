"""Purchases of desk orders on OT Platform and their autopurchase activities: lookups, what OT told us, views."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orderdesk.core.money import to_decimal
from orderdesk.core.purchasing import (
    LIVE_STATES,
    OPEN_ACTIVITY_STATES,
    ActivityState,
    PurchaseState,
    dropped_text,
)
from orderdesk.core.records import utcnow
from orderdesk.core.text import translate
from orderdesk.store.models import Channel, Order, OrderLine, Purchase, PurchaseActivity
from orderdesk.store.orders import NotFound

P = PurchaseState


def get_purchase(purchase_id: int | str) -> Purchase:
    text = str(purchase_id).strip().lstrip("Pp")
    purchase = Purchase.get_or_none(Purchase.id == int(text)) if text.isdigit() else None
    if purchase is None:
        raise NotFound(
            translate(
                "OrderStore",
                "There is no purchase {purchase}. See them with: orderdesk purchase list.",
                purchase=purchase_id,
            )
        )
    return purchase


def live_purchase(order: Order, channel: Channel) -> Purchase | None:
    """The order's purchase on this channel that is not cancelled or failed."""
    return (
        Purchase.select()
        .where(Purchase.order == order, Purchase.channel == channel, Purchase.state.in_([s.value for s in LIVE_STATES]))
        .order_by(Purchase.id.desc())
        .first()
    )


def latest_purchase(order: Order) -> Purchase | None:
    return Purchase.select().where(Purchase.order == order).order_by(Purchase.id.desc()).first()


def list_purchases(*, order: Order | None = None, limit: int = 500) -> list[Purchase]:
    query = Purchase.select(Purchase, Order, Channel).join(Order).switch(Purchase).join(Channel)
    if order is not None:
        query = query.where(Purchase.order == order)
    return list(query.order_by(Purchase.id.desc()).limit(limit))


def set_state(purchase: Purchase, state: PurchaseState, message: str = "") -> None:
    Purchase.update(state=state.value, message=message, updated_at=utcnow()).where(Purchase.id == purchase.id).execute()
    purchase.state, purchase.message = state.value, message


def apply_facts(purchase: Purchase, facts: dict[str, Any], message: str = "") -> Purchase:
    """What OT told us of the purchase's order: its id, money, status, lines (with provider orders and waybills)."""
    fresh = Purchase.get_by_id(purchase.id)
    if facts.get("ot_order_id"):
        fresh.ot_order_id = facts["ot_order_id"]
    fresh.ot_customer_id = facts.get("customer_id") or fresh.ot_customer_id
    fresh.currency = facts.get("currency") or fresh.currency
    if facts.get("total") is not None:
        fresh.total = to_decimal(facts["total"])
    if facts.get("paid_amount") is not None:
        fresh.paid_amount = to_decimal(facts["paid_amount"])
    fresh.ot_status = facts.get("status") or fresh.ot_status
    if "dropped" in facts:
        fresh.dropped = list(facts["dropped"])
    if "lines" in facts:
        fresh.ot_lines = list(facts["lines"])
    if facts.get("is_cancelled"):
        fresh.state = P.CANCELLED.value
    elif facts.get("is_paid"):
        fresh.state = P.PAID.value
    elif fresh.state in (P.PLACING.value, P.FAILED.value):
        fresh.state = P.PLACED.value  # a payment or cancel on its way keeps its state until OT answers it
    fresh.message = message
    fresh.updated_at = utcnow()
    fresh.save()
    copy_tracking(fresh)
    return fresh


def copy_tracking(purchase: Purchase) -> list[int]:
    """The provider's waybills onto the desk order's lines (so a scan of the parcel finds the desk order)."""
    by_item: dict[tuple[str, str], str] = {}
    for line in purchase.ot_lines or []:
        if line.get("waybill"):
            by_item.setdefault((str(line.get("item_id") or ""), str(line.get("config_id") or "")), line["waybill"])
    changed = []
    for item in purchase.items or []:
        waybill = by_item.get((str(item["item_id"]), str(item.get("config_id") or "")))
        if waybill:
            done = (
                OrderLine.update(tracking_number=waybill)
                .where(
                    (OrderLine.id == int(item["line_id"]))
                    & (OrderLine.order == purchase.order_id)
                    & ((OrderLine.tracking_number.is_null()) | (OrderLine.tracking_number != waybill))
                )
                .execute()
            )
            if done:
                changed.append(int(item["line_id"]))
    return changed


# ---- activities --------------------------------------------------------------------------------------
def get_activity(ident: int | str) -> PurchaseActivity:
    """An activity by the desk's number, or by OT's activity id."""
    text = str(ident).strip()
    found = PurchaseActivity.get_or_none(PurchaseActivity.activity_id == text)
    if found is None and text.isdigit():
        found = PurchaseActivity.get_or_none(PurchaseActivity.id == int(text))
    if found is None:
        raise NotFound(
            translate(
                "OrderStore",
                "There is no autopurchase activity {activity}. See them with: orderdesk purchase activities.",
                activity=ident,
            )
        )
    return found


def open_activities(channel: Channel | None = None) -> list[PurchaseActivity]:
    query = PurchaseActivity.select().where(PurchaseActivity.state.in_([s.value for s in OPEN_ACTIVITY_STATES]))
    if channel is not None:
        query = query.where(PurchaseActivity.channel == channel)
    return list(query.order_by(PurchaseActivity.id))


def list_activities(*, limit: int = 200) -> list[PurchaseActivity]:
    return list(PurchaseActivity.select().order_by(PurchaseActivity.id.desc()).limit(limit))


def awaiting_count() -> int:
    return int(PurchaseActivity.select().where(PurchaseActivity.state == ActivityState.AWAITING.value).count())


def update_activity(activity: PurchaseActivity, **values: Any) -> None:
    values["updated_at"] = utcnow()
    PurchaseActivity.update(**values).where(PurchaseActivity.id == activity.id).execute()
    for name, value in values.items():
        setattr(activity, name, value)


# ---- views for the CLI and the window ------------------------------------------------------------------
def purchase_view(purchase: Purchase) -> dict[str, Any]:
    order = purchase.order
    return {
        "id": purchase.id,
        "order_id": purchase.order_id,
        "reference": order.reference,
        "order_channel": order.channel.name,
        "via": purchase.channel.name,
        "ot_order_id": purchase.ot_order_id or "",
        "state": purchase.state,
        "ot_status": purchase.ot_status,
        "currency": purchase.currency,
        "total": _text(purchase.total),
        "paid": _text(purchase.paid_amount),
        "message": purchase.message,
        "comment": purchase.comment,
        "dropped": [
            dropped_text(d["item_id"], d.get("config_id", ""), d["requested"], d["ordered"])
            for d in purchase.dropped or []
        ],
        "lines": list(purchase.ot_lines or []),
        "updated_at": purchase.updated_at.isoformat() if purchase.updated_at else "",
    }


def activity_view(activity: PurchaseActivity) -> dict[str, Any]:
    purchase = activity.purchase
    return {
        "id": activity.id,
        "activity_id": activity.activity_id or "",
        "action": activity.action,
        "purchase_id": activity.purchase_id,
        "reference": purchase.order.reference if purchase is not None else "",
        "via": activity.channel.name,
        "state": activity.state,
        "progress": activity.progress,
        "question": activity.question,
        "choices": list(activity.choices or []),
        "answer": activity.answer,
        "message": activity.message,
    }


def _text(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")
