"""Outbound sync events: what the outbox carries from a local change to the channel."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from orderdesk.core.records import OrderRecord


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


@dataclass(frozen=True)
class OutboundEvent:
    """One event as the engine hands it to an adapter: the change, and the order as it stands now."""

    event_id: int
    kind: EventKind
    order: OrderRecord
    payload: dict[str, Any] = field(default_factory=dict)
    # Stable across retries, so a channel (or our read-back) can tell a repeat from a new request.
    idempotency_key: str = ""
