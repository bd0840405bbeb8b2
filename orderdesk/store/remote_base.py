"""The channel's side of an order as the desk last knew it: the base a pull is compared with.

A change made in the channel is one where the channel's value differs from the last value the desk saw from it,
or confirmed to it - never from the desk's own current value. So the base moves forward in two ways: a pull
takes the channel's whole record, and a push the channel confirmed (or that a read-back found applied) writes
the values it carried into the parts it touched. A value that an unconfirmed event of ours would put there (the
answer was lost, or the channel paused us) is our own echo as well, not the channel's doing.
"""

from __future__ import annotations

from typing import Any

from orderdesk.core.events import EventKind, EventState
from orderdesk.core.record_io import record_to_dict
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import order_record

S = OrderStatus
OPEN = [EventState.PENDING.value, EventState.IN_FLIGHT.value, EventState.FAILED.value, EventState.UNCERTAIN.value]

ERP_NUMBER = "ERP order number"
ERP_LINES = "ERP line numbers"
# The parts of an order a change can touch. A pull conflicts with unsent local work only when the channel
# changed a part that the local work changes too; otherwise both are kept.
PARTS: dict[str, tuple[str, ...]] = {
    "status": ("status",),
    "consignment": ("consignment_number", "carrier"),
    "lines": ("lines",),
    "address": ("shipping_address", "billing_address", "customer"),
    # The ERP numbers the desk gives (seed 001 steps 3b/3c): the order's, and the lines' (read from the lines).
    # Two parts, not one: CloudSuite takes the order number in a PATCH of its own before the PUT of the lines, and
    # a pull between the two shows the first of our changes without the second; neither is the channel's doing.
    ERP_NUMBER: ("erp_order_number",),
    ERP_LINES: ("lines",),
}
TOUCHES: dict[str, frozenset[str]] = {
    EventKind.ACKNOWLEDGE.value: frozenset({"status"}),
    EventKind.STATUS.value: frozenset({"status"}),
    EventKind.CANCEL.value: frozenset({"status"}),
    EventKind.DISPATCH.value: frozenset({"status", "consignment"}),
    # An edit's PUT carries the lines' ERP numbers as the desk holds them: a channel's change to them is a clash.
    EventKind.EDIT.value: frozenset({"lines", "address", ERP_LINES}),
    EventKind.SPLIT.value: frozenset({"lines"}),
    EventKind.ERP_NUMBER.value: frozenset({ERP_NUMBER}),
    # The PUT carries the whole order: the lines as they were when it was queued, with both ERP numbers.
    EventKind.ERP_LINES.value: frozenset({"lines", ERP_NUMBER, ERP_LINES}),
}
# How far along the warehouse flow a status is. A channel that does not know a warehouse step (packed) shows an
# earlier one; that is no change made in the channel, and it never undoes the step.
FLOW_RANK = {S.PENDING: 0, S.PROCESSING: 1, S.PACKED: 2, S.DISPATCHED: 3, S.DELIVERED: 4, S.RETURNED: 5}


def is_behind(remote: str, local: str) -> bool:
    """Whether the channel's status is an earlier warehouse step than the desk's (and not a cancellation)."""
    r, l_ = S(remote), S(local)
    return r != S.CANCELLED and l_ in FLOW_RANK and FLOW_RANK.get(r, 0) < FLOW_RANK[l_]


def essence(part: str, snapshot: dict[str, Any]) -> Any:
    """What of a part both sides must agree on: for lines, which line, which SKU and how many."""
    if part == "lines":
        return sorted((ln.get("external_id") or "", ln["sku"], ln["quantity"]) for ln in snapshot.get("lines", []))
    if part == ERP_LINES:
        # By SKU, not by line id: a PUT without line ids may give the lines new ids, never new numbers.
        return sorted((ln["sku"], str(ln.get("erp_line_number") or "")) for ln in snapshot.get("lines", []))
    return [snapshot.get(key) for key in PARTS[part]]


def differs(part: str, base: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether the channel's side of a part moved. The ERP line numbers share the lines with the "lines" part, so
    they are compared on their essence: a new quantity is no new line number."""
    if part == ERP_LINES:
        return bool(essence(part, base) != essence(part, new))
    return any(base.get(k) != new.get(k) for k in PARTS[part])


def values_sent(kind: str, payload: dict[str, Any], order: dict[str, Any]) -> dict[str, Any]:
    """What a change of this kind puts into the channel, in the keys of a record's JSON form. `order` is the order
    as the event carried it (edits and splits send the order's lines and address as they stand)."""
    values: dict[str, Any] = {}
    touched = TOUCHES.get(kind, frozenset())
    if "status" in touched and payload.get("status"):
        values["status"] = payload["status"]
    if "consignment" in touched:
        values["consignment_number"] = payload.get("consignment_number")
        values["carrier"] = payload.get("carrier")
    for part in touched - {"status", "consignment"}:
        for key in PARTS[part]:
            values[key] = order.get(key)
    if kind in (EventKind.ERP_NUMBER.value, EventKind.ERP_LINES.value) and payload.get("erp_order_number"):
        values["erp_order_number"] = payload["erp_order_number"]  # the number the event carries
    if kind == EventKind.ERP_LINES.value and isinstance(payload.get("lines"), list):
        values["lines"] = payload["lines"]  # the lines as they stood when it was queued: what the PUT carries
    return values


def parts_in_flight(order: Order) -> set[str]:
    kinds = OutboxEvent.select(OutboxEvent.kind).where(OutboxEvent.order == order, OutboxEvent.state.in_(OPEN))
    return set().union(*(TOUCHES.get(e.kind, frozenset()) for e in kinds))


# Inside the base, next to the channel's record: the values of our changes the channel confirmed since it was last
# pulled. A pull that shows one of them shows our own change, not the channel's; the pull then replaces the lot.
CONFIRMED = "confirmed_by_channel"


def parts_changed_in_channel(order: Order, new: dict[str, Any], *, open_events: bool = True) -> set[str]:
    """The parts the channel itself changed since the desk last knew its side: neither the base, nor a change of
    ours the channel confirmed or may have taken (its answer lost), nor a warehouse step it has no word for.
    `open_events=False`: the caller knows the order has no unsent events (their query is spared)."""
    base: dict[str, Any] | None = order.remote_base
    if base is None:
        return set(PARTS)
    changed = {part for part in PARTS if differs(part, base, new)}
    if not changed:
        return changed
    ours = list(base.get(CONFIRMED) or []) + (_sent_by_open_events(order, changed) if open_events else [])
    if "status" in changed and new.get("status"):
        known = [base.get("status")] + [sent["status"] for sent in ours if sent.get("status")]
        if any(status and is_behind(new["status"], status) for status in known):
            changed.discard("status")
    for part in set(changed):
        if any(all(key in sent for key in PARTS[part]) and essence(part, sent) == essence(part, new) for sent in ours):
            changed.discard(part)
    return changed


def _sent_by_open_events(order: Order, parts: set[str]) -> list[dict[str, Any]]:
    """What our events not yet confirmed send: the channel may hold it already (the answer never reached us)."""
    events = OutboxEvent.select(OutboxEvent.kind, OutboxEvent.payload).where(
        OutboxEvent.order == order, OutboxEvent.state.in_(OPEN)
    )
    current: dict[str, Any] | None = None
    sent: list[dict[str, Any]] = []
    for event in events:
        touched = TOUCHES.get(event.kind, frozenset()) & parts
        if not touched:
            continue
        if touched - {"status", "consignment"} and current is None:
            current = record_to_dict(order_record(order))
        sent.append(values_sent(event.kind, dict(event.payload or {}), current or {}))
    return sent


def confirm_pushed(order_id: int, kind: str, payload: dict[str, Any], sent: OrderRecord) -> None:
    """The channel confirmed a change (or a read-back found it applied): what we sent is now its side's too."""
    # The base alone, not the whole row: this runs for every event a push sends.
    order = Order.select(Order.remote_base).where(Order.id == order_id).first()
    if order is None or order.remote_base is None:
        return
    values = values_sent(kind, payload, record_to_dict(sent))
    if not values:
        return
    base = dict(order.remote_base)
    base[CONFIRMED] = [*(base.get(CONFIRMED) or []), values]
    Order.update(remote_base=base).where(Order.id == order_id).execute()


def expect_created(order: Order) -> None:
    """An order made here that the channel is asked to create (a split part): the channel's side will hold it as
    it stands now, so a later pull compares with that, not with nothing."""
    Order.update(remote_base=record_to_dict(order_record(order))).where(Order.id == order.id).execute()
