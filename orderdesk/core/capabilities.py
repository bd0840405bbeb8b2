"""Which changes each kind of channel can carry back, as data the services, the UI and the engine share."""

from __future__ import annotations

from enum import StrEnum

from orderdesk.core.errors import RuleViolation, shown
from orderdesk.core.events import EventKind

E = EventKind


class ChannelKind(StrEnum):
    AFFILIATE = "affiliate"
    CLOUDSUITE = "cloudsuite"
    MAGENTO = "magento"
    OTPLATFORM = "otplatform"
    MANUAL = "manual"  # orders entered or imported locally; nothing to send back


LABELS = {
    ChannelKind.AFFILIATE: "Affiliate order system",
    ChannelKind.CLOUDSUITE: "CloudSuite webshop",
    ChannelKind.MAGENTO: "Magento 2 (Increff Omni)",
    ChannelKind.OTPLATFORM: "OT Platform",
    ChannelKind.MANUAL: "Manual / imported",
}

CAPABILITIES: dict[ChannelKind, frozenset[EventKind]] = {
    ChannelKind.AFFILIATE: frozenset({E.ACKNOWLEDGE, E.STATUS, E.EDIT, E.SPLIT, E.DISPATCH, E.CANCEL}),
    ChannelKind.CLOUDSUITE: frozenset(
        {E.ACKNOWLEDGE, E.STATUS, E.EDIT, E.DISPATCH, E.CANCEL, E.ERP_NUMBER, E.ERP_LINES}
    ),
    ChannelKind.MAGENTO: frozenset(
        # No STATUS: Magento has no word for packed or delivered, so those steps stay on the desk.
        {E.ACKNOWLEDGE, E.DISPATCH, E.CANCEL, E.INVOICE, E.RETURN, E.ATTRIBUTES, E.STOCK}
    ),
    ChannelKind.OTPLATFORM: frozenset(
        {E.ACKNOWLEDGE, E.DISPATCH, E.CANCEL, E.PURCHASE_PLACE, E.PURCHASE_CANCEL, E.PURCHASE_PAY}
    ),
    ChannelKind.MANUAL: frozenset(),
}

# Changes that may stay local when the channel has no way to hear them: the warehouse's own
# intermediate steps. Anything else a channel cannot carry is refused, so the desk and the
# channel never silently disagree.
LOCAL_WHEN_UNSUPPORTED = frozenset({E.STATUS})

ACTION_WORDS = {
    E.ACKNOWLEDGE: "acknowledged",
    E.STATUS: "given a new status",
    E.EDIT: "edited",
    E.SPLIT: "split",
    E.DISPATCH: "dispatched",
    E.CANCEL: "cancelled",
    E.INVOICE: "invoiced",
    E.RETURN: "returned",
    E.ATTRIBUTES: "given attributes",
    E.STOCK: "given stock",
    E.ERP_NUMBER: "given an ERP number",
    E.ERP_LINES: "given ERP line numbers",
    E.PURCHASE_PLACE: "bought",
    E.PURCHASE_CANCEL: "given a cancelled purchase",
    E.PURCHASE_PAY: "paid for",
}


def parse_kind(value: str) -> ChannelKind:
    try:
        return ChannelKind(value.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in ChannelKind)
        raise RuleViolation(f"'{shown(value)}' is not a channel kind. Use one of: {choices}.", field="kind") from None


def supports(kind: str, event: EventKind) -> bool:
    return event in CAPABILITIES.get(ChannelKind(kind), frozenset())


def must_send(kind: str, event: EventKind) -> bool:
    """Whether the change is enqueued for the channel (False: it stays local)."""
    channel_kind = ChannelKind(kind)
    if channel_kind == ChannelKind.MANUAL:
        return False
    if supports(kind, event):
        return True
    if event in LOCAL_WHEN_UNSUPPORTED:
        return False
    label = LABELS[channel_kind]
    raise RuleViolation(
        f"Orders from a {label} cannot be {ACTION_WORDS[event]} here: the channel has no way to take it."
    )
