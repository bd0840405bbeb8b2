"""Which changes each kind of channel can carry back, as data the services, the UI and the engine share."""

from __future__ import annotations

from enum import StrEnum

from orderdesk.core.errors import RuleViolation, shown
from orderdesk.core.events import EventKind
from orderdesk.core.labels import label_in
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate

E = EventKind


class ChannelKind(StrEnum):
    AFFILIATE = "affiliate"
    CLOUDSUITE = "cloudsuite"
    MAGENTO = "magento"
    OTPLATFORM = "otplatform"
    MANUAL = "manual"  # orders entered or imported locally; nothing to send back


# The kinds as the settings show them (kind_label() in the user's language); product names stay as they are.
LABELS = {
    ChannelKind.AFFILIATE: QT_TRANSLATE_NOOP("ChannelKind", "Affiliate order system"),
    ChannelKind.CLOUDSUITE: QT_TRANSLATE_NOOP("ChannelKind", "CloudSuite webshop"),
    ChannelKind.MAGENTO: QT_TRANSLATE_NOOP("ChannelKind", "Magento 2 (Increff Omni)"),
    ChannelKind.OTPLATFORM: QT_TRANSLATE_NOOP("ChannelKind", "OT Platform"),
    ChannelKind.MANUAL: QT_TRANSLATE_NOOP("ChannelKind", "Manual / imported"),
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

# What an order from a channel that cannot carry the change could not be (must_send's refusal).
ACTION_WORDS = {
    E.ACKNOWLEDGE: QT_TRANSLATE_NOOP("Capabilities", "acknowledged"),
    E.STATUS: QT_TRANSLATE_NOOP("Capabilities", "given a new status"),
    E.EDIT: QT_TRANSLATE_NOOP("Capabilities", "edited"),
    E.SPLIT: QT_TRANSLATE_NOOP("Capabilities", "split"),
    E.DISPATCH: QT_TRANSLATE_NOOP("Capabilities", "dispatched"),
    E.CANCEL: QT_TRANSLATE_NOOP("Capabilities", "cancelled"),
    E.INVOICE: QT_TRANSLATE_NOOP("Capabilities", "invoiced"),
    E.RETURN: QT_TRANSLATE_NOOP("Capabilities", "returned"),
    E.ATTRIBUTES: QT_TRANSLATE_NOOP("Capabilities", "given attributes"),
    E.STOCK: QT_TRANSLATE_NOOP("Capabilities", "given stock"),
    E.ERP_NUMBER: QT_TRANSLATE_NOOP("Capabilities", "given an ERP number"),
    E.ERP_LINES: QT_TRANSLATE_NOOP("Capabilities", "given ERP line numbers"),
    E.PURCHASE_PLACE: QT_TRANSLATE_NOOP("Capabilities", "bought"),
    E.PURCHASE_CANCEL: QT_TRANSLATE_NOOP("Capabilities", "given a cancelled purchase"),
    E.PURCHASE_PAY: QT_TRANSLATE_NOOP("Capabilities", "paid for"),
}


def kind_label(kind: ChannelKind | str) -> str:
    """A kind of channel as the settings show it ("CloudSuite webshop"); an unknown value as it is."""
    return label_in("ChannelKind", LABELS, ChannelKind, kind)


def parse_kind(value: str) -> ChannelKind:
    try:
        return ChannelKind(value.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in ChannelKind)
        message = translate(
            "Capabilities",
            "'{value}' is not a channel kind. Use one of: {choices}.",
            value=shown(value),
            choices=choices,
        )
        raise RuleViolation(message, field="kind") from None


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
    raise RuleViolation(
        translate(
            "Capabilities",
            "Orders from a {kind} cannot be {action} here: the channel has no way to take it.",
            kind=kind_label(channel_kind),
            action=translate("Capabilities", ACTION_WORDS[event]),
        )
    )
