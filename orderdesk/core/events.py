"""Outbound sync events: what the outbox carries from a local change to the channel."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from orderdesk.core.labels import label_in
from orderdesk.core.records import OrderRecord
from orderdesk.core.text import QT_TRANSLATE_NOOP


class EventKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"  # pending -> processing: the warehouse has the order
    STATUS = "status"  # any other status change (packed, delivered...)
    EDIT = "edit"
    SPLIT = "split"
    DISPATCH = "dispatch"  # with the consignment number and carrier
    CANCEL = "cancel"
    INVOICE = "invoice"
    RETURN = "return"
    ATTRIBUTES = "attributes"
    STOCK = "stock"
    ERP_NUMBER = "erp_number"  # the ERP order number alone (CloudSuite: a PATCH)
    ERP_LINES = "erp_lines"  # the ERP line numbers, with the order number (CloudSuite: the PUT of the whole order)
    # Purchasing (seed 003): the desk order is bought on an OT Platform channel (the "via" channel), whatever
    # channel it came from. These touch no part of the order itself, so they never clash with a pull.
    PURCHASE_PLACE = "purchase_place"
    PURCHASE_CANCEL = "purchase_cancel"
    PURCHASE_PAY = "purchase_pay"


PURCHASE_KINDS = frozenset({EventKind.PURCHASE_PLACE, EventKind.PURCHASE_CANCEL, EventKind.PURCHASE_PAY})


class EventState(StrEnum):
    PENDING = "pending"  # waiting to be sent
    IN_FLIGHT = "in_flight"  # claimed by a sync process (with a lease that expires)
    DONE = "done"  # the channel confirmed it
    FAILED = "failed"  # needs a supervisor: retry or discard
    UNCERTAIN = "uncertain"  # the request went out, the answer was lost: read back before sending again
    DISCARDED = "discarded"  # a supervisor decided it is not to be sent


OPEN_STATES = frozenset({EventState.PENDING, EventState.IN_FLIGHT, EventState.FAILED, EventState.UNCERTAIN})

# What the sync log shows for an event's kind and state (event_kind_label(), event_state_label()).
KIND_LABELS = {
    EventKind.ACKNOWLEDGE: QT_TRANSLATE_NOOP("EventKind", "Acknowledgement"),
    EventKind.STATUS: QT_TRANSLATE_NOOP("EventKind", "Status change"),
    EventKind.EDIT: QT_TRANSLATE_NOOP("EventKind", "Edit"),
    EventKind.SPLIT: QT_TRANSLATE_NOOP("EventKind", "Split"),
    EventKind.DISPATCH: QT_TRANSLATE_NOOP("EventKind", "Dispatch"),
    EventKind.CANCEL: QT_TRANSLATE_NOOP("EventKind", "Cancellation"),
    EventKind.INVOICE: QT_TRANSLATE_NOOP("EventKind", "Invoice"),
    EventKind.RETURN: QT_TRANSLATE_NOOP("EventKind", "Return"),
    EventKind.ATTRIBUTES: QT_TRANSLATE_NOOP("EventKind", "Attributes"),
    EventKind.STOCK: QT_TRANSLATE_NOOP("EventKind", "Stock"),
    EventKind.ERP_NUMBER: QT_TRANSLATE_NOOP("EventKind", "ERP order number"),
    EventKind.ERP_LINES: QT_TRANSLATE_NOOP("EventKind", "ERP line numbers"),
    EventKind.PURCHASE_PLACE: QT_TRANSLATE_NOOP("EventKind", "Purchase"),
    EventKind.PURCHASE_CANCEL: QT_TRANSLATE_NOOP("EventKind", "Purchase cancellation"),
    EventKind.PURCHASE_PAY: QT_TRANSLATE_NOOP("EventKind", "Purchase payment"),
}

STATE_LABELS = {
    EventState.PENDING: QT_TRANSLATE_NOOP("EventState", "Waiting"),
    EventState.IN_FLIGHT: QT_TRANSLATE_NOOP("EventState", "Sending"),
    EventState.DONE: QT_TRANSLATE_NOOP("EventState", "Done"),
    EventState.FAILED: QT_TRANSLATE_NOOP("EventState", "Failed"),
    EventState.UNCERTAIN: QT_TRANSLATE_NOOP("EventState", "Checking (answer lost)"),
    EventState.DISCARDED: QT_TRANSLATE_NOOP("EventState", "Discarded"),
}


def event_kind_label(kind: EventKind | str) -> str:
    """An outbox event's kind in the user's words ("Dispatch", "Verzending"); an unknown value as it is."""
    return label_in("EventKind", KIND_LABELS, EventKind, kind)


def event_state_label(state: EventState | str) -> str:
    """An outbox event's state in the user's words ("Waiting", "Failed"); an unknown value as it is."""
    return label_in("EventState", STATE_LABELS, EventState, state)


@dataclass(frozen=True)
class OutboundEvent:
    """One event as the engine hands it to an adapter: the change, and the order as it stands now."""

    event_id: int
    kind: EventKind
    order: OrderRecord
    payload: dict[str, Any] = field(default_factory=dict)
    # Stable across retries, so a channel (or our read-back) can tell a repeat from a new request.
    idempotency_key: str = ""
