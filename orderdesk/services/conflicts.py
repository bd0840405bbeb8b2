"""Resolving a conflict: the operator keeps the local version (and it is sent), or takes the channel's."""

from __future__ import annotations

from dataclasses import dataclass

from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind, EventState
from orderdesk.core.records import OrderRecord
from orderdesk.core.roles import Right
from orderdesk.core.statuses import SyncState
from orderdesk.core.text import translate
from orderdesk.services.access import require
from orderdesk.services.common import check_supported, finish, load, snapshot
from orderdesk.store import outbox
from orderdesk.store.db import transaction
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import bump_version, lines_of
from orderdesk.store.remote_base import OPEN
from orderdesk.store.upsert import apply_remote_version, remote_record, snapshot_fingerprint


@dataclass(frozen=True)
class Resolution:
    order: Order
    message: str


def keep_local(order_ref: int | str | Order, *, user: str, channel: str | None = None) -> Resolution:
    """Keep the desk's version: the waiting changes go out, plus a full edit so the channel matches the desk."""
    user = require(Right.RESOLVE_CONFLICT, user)
    with transaction():
        order = load(order_ref, channel)
        _conflicted(order)
        before = snapshot(order)
        order.remote_fingerprint = snapshot_fingerprint(order.remote_snapshot)
        order.remote_base = order.remote_snapshot
        order.remote_snapshot = None
        order.sync_state = SyncState.PENDING.value
        bump_version(order, None)
        payload = {
            "fields": ["conflict"],
            "shipping_address": order.shipping_address,
            "customer": {"name": order.customer_name, "email": order.customer_email, "phone": order.customer_phone},
            "lines": [
                {
                    "line_id": ln.id,
                    "external_id": ln.external_id,
                    "sku": ln.sku,
                    "name": ln.name,
                    "quantity": ln.quantity,
                    "unit_price": str(ln.unit_price),
                    "erp_line_number": ln.erp_line_number,
                }
                for ln in lines_of(order)
            ],
            "removed_line_ids": [],
            "total": str(order.total),
            "commission": None if order.commission is None else str(order.commission),
        }
        send = _can_send_edit(order)
        finish(
            order,
            user=user,
            action="conflict_keep_local",
            detail="kept the local version; it will be sent",
            before=before,
            event_kind=EventKind.EDIT,
            payload=payload,
            send=send,
        )
        outbox.refresh_sync_state(Order.get_by_id(order.id))
        message = translate(
            "ConflictService", "Order {reference}: the local version will be sent.", reference=order.reference
        )
        return Resolution(Order.get_by_id(order.id), message)


def take_remote(order_ref: int | str | Order, *, user: str, channel: str | None = None) -> Resolution:
    """Take the channel's version: local changes not yet sent are dropped (audited)."""
    user = require(Right.RESOLVE_CONFLICT, user)
    with transaction():
        order = load(order_ref, channel)
        remote = _conflicted(order)
        before = snapshot(order)
        dropped = 0
        for event in OutboxEvent.select().where(OutboxEvent.order == order, OutboxEvent.state.in_(OPEN)):
            event.state = EventState.DISCARDED.value
            event.last_error = translate("ConflictService", "replaced by the channel's version ({user})", user=user)
            event.save()
            dropped += 1
        apply_remote_version(order, remote, keep_warehouse_steps=False)
        order.remote_fingerprint = snapshot_fingerprint(order.remote_snapshot)
        order.remote_base = order.remote_snapshot
        order.remote_snapshot = None
        order.sync_state = SyncState.SYNCED.value
        bump_version(order, None)
        detail = f"took the channel's version; {dropped} unsent change(s) dropped"
        finish(order, user=user, action="conflict_take_remote", detail=detail, before=before, event_kind=None)
        message = translate(
            "ConflictService",
            "Order {reference}: took the channel's version; %n unsent change(s) dropped.",
            dropped,
            reference=order.reference,
        )
        return Resolution(Order.get_by_id(order.id), message)


def _conflicted(order: Order) -> OrderRecord:
    if order.sync_state != SyncState.CONFLICT.value:
        raise RuleViolation(
            translate("ConflictService", "Order {reference} has no conflict to resolve.", reference=order.reference)
        )
    remote = remote_record(order)
    if remote is None:
        raise RuleViolation(
            translate(
                "ConflictService",
                "Order {reference} has lost the channel's version; pull it again.",
                reference=order.reference,
            )
        )
    return remote


def _can_send_edit(order: Order) -> bool:
    try:
        return check_supported(order, EventKind.EDIT)
    except RuleViolation:
        # The channel takes no edits: the waiting events still go out, nothing more can be sent.
        return False
