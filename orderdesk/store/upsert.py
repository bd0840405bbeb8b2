"""Taking a channel's version of an order in: insert, update, leave alone, or hold as a conflict.

Keyed by (channel, external id). A re-pull of an unchanged order writes nothing. A channel's change never
overwrites local work that has not reached the channel yet: the order becomes a conflict for the operator.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from orderdesk.core import validation
from orderdesk.core.events import EventState
from orderdesk.core.record_io import record_from_dict, record_to_dict
from orderdesk.core.records import LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus, SyncState
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store import audit, outbox
from orderdesk.store.db import transaction
from orderdesk.store.fields import json_text
from orderdesk.store.models import Channel, LineAttribute, Order, OrderLine, OutboxEvent, ReturnItem
from orderdesk.store.orders import (
    apply_record,
    find_by_external_id,
    insert_order,
    line_attributes,
    lines_of,
    order_record,
    recompute_totals,
)
from orderdesk.store.remote_base import (
    ERP_LINES,
    ERP_NUMBER,
    OPEN,
    PARTS,
    essence,
    is_behind,
    parts_changed_in_channel,
    parts_in_flight,
)

S = OrderStatus
SYNC_USER = "sync"
# The parts of an order as a conflict's explanation names them ("m2 changed the address, lines while ...").
PART_WORDS = {
    "status": QT_TRANSLATE_NOOP("Upsert", "status"),
    "consignment": QT_TRANSLATE_NOOP("Upsert", "consignment"),
    "lines": QT_TRANSLATE_NOOP("Upsert", "lines"),
    "address": QT_TRANSLATE_NOOP("Upsert", "address"),
    ERP_NUMBER: QT_TRANSLATE_NOOP("Upsert", "ERP order number"),
    ERP_LINES: QT_TRANSLATE_NOOP("Upsert", "ERP line numbers"),
}


@dataclass(frozen=True)
class UpsertOutcome:
    order_id: int
    action: str  # inserted, updated, unchanged, conflict, cancelled_remotely
    message: str = ""

    @property
    def changed(self) -> bool:
        return self.action != "unchanged"


def fingerprint(record: OrderRecord) -> str:
    return snapshot_fingerprint(record_to_dict(record))


def snapshot_fingerprint(snapshot: dict[str, Any]) -> str:
    """The digest of a record's JSON form (also of the snapshot a conflict keeps, which is that form)."""
    return text_fingerprint(json_text(snapshot))


def text_fingerprint(text: str) -> str:
    """The digest of a JSON form already made into its text (json_text)."""
    return hashlib.sha256(text.encode()).hexdigest()


def has_open_events(order: Order) -> bool:
    return OutboxEvent.select().where(OutboxEvent.order == order, OutboxEvent.state.in_(OPEN)).exists()


def _parts_converged(order: Order, new: dict[str, Any], parts: set[str]) -> set[str]:
    """The parts where the channel already shows what the desk holds: our own change echoed back (a split whose
    answer was lost), not a clash."""
    if not parts:
        return set()
    local = record_to_dict(order_record(order))
    return {part for part in parts if essence(part, local) == essence(part, new)}


def upsert_record(channel: Channel, record: OrderRecord, *, user: str = SYNC_USER) -> UpsertOutcome:
    """Take one pulled order in, inside its own transaction (or the caller's).

    A record that breaks the limits (core.validation) is refused with a RuleViolation before anything is written.
    """
    validation.check_record(record)
    new = record_to_dict(record)
    digest = snapshot_fingerprint(new)
    with transaction():
        order = find_by_external_id(channel, record.external_id) or _awaiting_channel_id(channel, record)
        if order is not None and order.external_id is None:
            # An order made here (a split part) whose creation reached the channel but whose answer did not:
            # the channel now lists it under our reference. It is the same order, not a new one.
            order.external_id = record.external_id
            order.save()
            audit.record(user, "linked", order, f"{channel.name} knows this order as {record.external_id}")
        if order is None:
            order = insert_order(channel, record)
            order.remote_fingerprint = digest
            order.remote_base = new
            order.sync_state = SyncState.SYNCED.value
            order.save()
            audit.record(user, "pulled", order, f"new order from {channel.name}")
            return UpsertOutcome(order.id, "inserted")
        if order.remote_fingerprint == digest:
            return UpsertOutcome(order.id, "unchanged")
        local = S(order.status)
        if record.status == S.CANCELLED and local != S.CANCELLED:
            if local in (S.DISPATCHED, S.DELIVERED, S.RETURNED):
                why = translate("Upsert", "{channel} cancelled an order that left the warehouse", channel=channel.name)
                return _hold_conflict(order, record, user, why)
            return _cancel_from_channel(order, record, digest, user)
        if order.sync_state == SyncState.CONFLICT.value:
            why = translate("Upsert", "{channel} changed it again while a conflict waits", channel=channel.name)
            return _hold_conflict(order, record, user, why)
        in_flight = parts_in_flight(order) if has_open_events(order) else set()
        remote_changes = parts_changed_in_channel(order, new)
        clash = remote_changes & in_flight
        clash -= _parts_converged(order, new, clash)
        if clash:
            parts = ", ".join(translate("Upsert", PART_WORDS[part]) for part in sorted(clash))
            why = translate(
                "Upsert",
                "{channel} changed the {parts} while local changes to it wait to be sent",
                channel=channel.name,
                parts=parts,
            )
            return _hold_conflict(order, record, user, why)
        before = order.version
        # A part the channel left as it was keeps the desk's version: a change the channel took no word of (an
        # address CloudSuite keeps by id, a cancellation of an offline order) must not be undone by the next pull.
        apply_remote_version(order, record, keep=in_flight | (set(PARTS) - remote_changes))
        order.remote_fingerprint = digest
        order.remote_base = new
        order.remote_snapshot = None
        order.version = before + 1
        order.save()
        outbox.refresh_sync_state(order)
        kept = f" (kept the local {', '.join(sorted(in_flight))} that waits to be sent)" if in_flight else ""
        audit.record(user, "updated_from_channel", order, f"{channel.name} changed the order{kept}")
        return UpsertOutcome(order.id, "updated")


def _awaiting_channel_id(channel: Channel, record: OrderRecord) -> Order | None:
    return Order.get_or_none(
        (Order.channel == channel) & Order.external_id.is_null() & (Order.reference == record.reference)
    )


def apply_remote_version(
    order: Order,
    record: OrderRecord,
    *,
    keep: set[str] | frozenset[str] = frozenset(),
    keep_warehouse_steps: bool = True,
) -> None:
    """Apply the channel's record, keeping the parts in `keep` (local work waiting to be sent), what only the
    desk knows, and (unless the operator chose the channel's version outright) warehouse steps the channel has
    no word for."""
    take_order_fields(order, record, keep=keep, keep_warehouse_steps=keep_warehouse_steps)
    if "lines" not in keep:
        merge_lines(order, record.lines, keep_erp_numbers=ERP_LINES in keep)
    recompute_totals(order)


def take_order_fields(
    order: Order, record: OrderRecord, *, keep: set[str] | frozenset[str], keep_warehouse_steps: bool = True
) -> None:
    """The order-level part of apply_remote_version (the lines and totals are the caller's)."""
    kept = {
        "status": order.status,
        "consignment_number": order.consignment_number,
        "carrier": order.carrier,
        "erp_order_number": order.erp_order_number,
        "created_at": order.created_at,
        "customer": (order.customer_name, order.customer_email, order.customer_phone),
        "shipping_address": order.shipping_address,
        "billing_address": order.billing_address,
        "ship_city": order.ship_city,
        "ship_country": order.ship_country,
    }
    apply_record(order, record)
    if "status" in keep or (keep_warehouse_steps and is_behind(record.status, kept["status"])):
        order.status = kept["status"]
    if "consignment" in keep:
        order.consignment_number, order.carrier = kept["consignment_number"], kept["carrier"]
    if ERP_NUMBER in keep:
        order.erp_order_number = kept["erp_order_number"]
    for name in ("consignment_number", "carrier", "erp_order_number"):
        if getattr(order, name) is None:
            setattr(order, name, kept[name])
    if "address" in keep:
        order.customer_name, order.customer_email, order.customer_phone = kept["customer"]
        for name in ("shipping_address", "billing_address", "ship_city", "ship_country"):
            setattr(order, name, kept[name])
    if record.created_at is None:
        order.created_at = kept["created_at"]


def match_lines(existing: list[OrderLine], lines: tuple[LineRecord, ...]) -> list[OrderLine | None]:
    """The stored line each of the channel's lines updates (None: a new line): by external id, else the first line
    without one of the same SKU not taken yet. `existing` in the order lines_of() gives."""
    by_external = {line.external_id: line for line in existing if line.external_id}
    taken: set[int] = set()
    matched: list[OrderLine | None] = []
    for record in lines:
        row = by_external.get(record.external_id) if record.external_id else None
        if row is None:
            row = next(
                (ln for ln in existing if ln.id not in taken and not ln.external_id and ln.sku == record.sku), None
            )
        if row is not None:
            taken.add(row.id)
        matched.append(row)
    return matched


def assign_line(row: OrderLine, position: int, record: LineRecord, *, keep_erp_numbers: bool = False) -> None:
    """The channel's line onto a stored (or new) line row; not saved here."""
    row.position = position
    row.external_id = record.external_id
    row.sku = record.sku
    row.name = record.name
    row.quantity = record.quantity
    row.unit_price = record.unit_price
    if not (keep_erp_numbers and row.erp_line_number):
        row.erp_line_number = record.erp_line_number or row.erp_line_number
    row.tracking_number = record.tracking_number or row.tracking_number


def merge_lines(order: Order, lines: tuple[LineRecord, ...], *, keep_erp_numbers: bool = False) -> None:
    """Update lines in place by external id, add new ones, drop the ones the channel dropped (never a
    line that has returned units, whose history must stay). With `keep_erp_numbers`, a line keeps the ERP line
    number the desk gave it (one that waits to be sent)."""
    existing = lines_of(order)
    seen: set[int] = set()
    for position, (record, matched) in enumerate(zip(lines, match_lines(existing, lines), strict=True)):
        row = OrderLine(order=order) if matched is None else matched
        assign_line(row, position, record, keep_erp_numbers=keep_erp_numbers)
        row.save()
        seen.add(row.id)
        # Attributes the line already has are left as they are (rewriting them would give them new ids for nothing).
        if record.attributes and (matched is None or line_attributes(row) != record.attributes):
            LineAttribute.delete().where(LineAttribute.line == row).execute()
            for key, value in record.attributes.items():
                LineAttribute.create(line=row, key=key, value=value)
    for line in existing:
        if line.id not in seen and not ReturnItem.select().where(ReturnItem.line == line).exists():
            line.delete_instance(recursive=True)


def _hold_conflict(order: Order, record: OrderRecord, user: str, why: str) -> UpsertOutcome:
    snapshot = record_to_dict(record)
    if order.sync_state == SyncState.CONFLICT.value and order.remote_snapshot == snapshot:
        return UpsertOutcome(order.id, "unchanged")
    order.sync_state = SyncState.CONFLICT.value
    order.remote_snapshot = snapshot
    order.save()
    # The conflict dialog reads `why` back from the audit, so it is kept in the words of the desk that pulled.
    audit.record(user, "conflict", order, f"conflict: {why}; choose to keep the local version or take the channel's")
    message = translate("Upsert", "Order {reference}: {why}.", reference=order.reference, why=why)
    return UpsertOutcome(order.id, "conflict", message)


def _cancel_from_channel(order: Order, record: OrderRecord, digest: str, user: str) -> UpsertOutcome:
    """The channel cancelled an order still in the warehouse: cancel it here and stop sending changes for it."""
    order.status = S.CANCELLED.value
    order.channel_status = record.channel_status
    order.remote_updated_at = record.updated_at
    order.remote_fingerprint = digest
    order.remote_base = record_to_dict(record)
    order.remote_snapshot = None
    order.sync_state = SyncState.SYNCED.value
    order.version += 1
    order.save()
    # Only the channel's own events: a purchase of the order on OT Platform is the operator's to cancel there. The
    # order is cancelled first: on PostgreSQL an operator's connection may drop only the events of a cancelled order.
    dropped = 0
    own = (OutboxEvent.order == order) & (OutboxEvent.channel == order.channel_id)
    for event in OutboxEvent.select().where(own, OutboxEvent.state.in_(OPEN)):
        event.state = EventState.DISCARDED.value
        event.last_error = translate("Upsert", "the channel cancelled the order")
        event.save()
        dropped += 1
    note = f"; {dropped} unsent change(s) dropped" if dropped else ""
    detail = f"Order {order.reference} was cancelled in {order.channel.name}; it is cancelled here too{note}."
    audit.record(user, "cancelled_by_channel", order, detail)
    values = {"reference": order.reference, "channel": order.channel.name}
    if dropped:
        message = translate(
            "Upsert",
            "Order {reference} was cancelled in {channel}; it is cancelled here too; %n unsent change(s) dropped.",
            dropped,
            **values,
        )
    else:
        message = translate(
            "Upsert", "Order {reference} was cancelled in {channel}; it is cancelled here too.", **values
        )
    return UpsertOutcome(order.id, "cancelled_remotely", message)


def remote_record(order: Order) -> OrderRecord | None:
    """The channel's version held while a conflict waits."""
    data: Any = order.remote_snapshot
    return record_from_dict(data) if data else None
