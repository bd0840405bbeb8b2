"""Purchasing on OT Platform (seed 003) as pure rules: which OT item a desk line buys, the comment that ties an OT
order to its desk order, the states of a purchase, and OT's reasons for dropped lines in plain words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from orderdesk.core.errors import RuleViolation
from orderdesk.core.labels import label_in
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate


class PurchaseState(StrEnum):
    PLACING = "placing"  # AddOrder waits in the outbox
    PLACED = "placed"  # OT has the order
    PAYING = "paying"  # SalesPaymentReserve waits in the outbox
    PAID = "paid"
    CANCELLING = "cancelling"  # CancelSalesOrder waits in the outbox
    CANCELLED = "cancelled"
    FAILED = "failed"  # OT refused to add it; nothing exists there


# A desk order has at most one live purchase per OT channel; a cancelled or failed one may be placed again.
LIVE_STATES = frozenset({PurchaseState.PLACING, PurchaseState.PLACED, PurchaseState.PAYING, PurchaseState.PAID})
CANCELLABLE = frozenset({PurchaseState.PLACED, PurchaseState.PAID})
PAYABLE = frozenset({PurchaseState.PLACED})


class ActivityState(StrEnum):
    REQUESTED = "requested"  # waits for the engine to start it on OT
    RUNNING = "running"
    AWAITING = "awaiting"  # stopped with a question for the operator
    ANSWERING = "answering"  # the operator chose; the engine sends the answer
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"


OPEN_ACTIVITY_STATES = frozenset(
    {ActivityState.REQUESTED, ActivityState.RUNNING, ActivityState.AWAITING, ActivityState.ANSWERING}
)
ACTIVITY_ACTIONS = ("export", "synchronize", "link", "unlink")

# What the purchases pane shows for states and actions (purchase_state_label() and the others below).
PURCHASE_STATE_LABELS = {
    PurchaseState.PLACING: QT_TRANSLATE_NOOP("PurchaseState", "Placing"),
    PurchaseState.PLACED: QT_TRANSLATE_NOOP("PurchaseState", "Placed"),
    PurchaseState.PAYING: QT_TRANSLATE_NOOP("PurchaseState", "Paying"),
    PurchaseState.PAID: QT_TRANSLATE_NOOP("PurchaseState", "Paid"),
    PurchaseState.CANCELLING: QT_TRANSLATE_NOOP("PurchaseState", "Cancelling"),
    PurchaseState.CANCELLED: QT_TRANSLATE_NOOP("PurchaseState", "Cancelled"),
    PurchaseState.FAILED: QT_TRANSLATE_NOOP("PurchaseState", "Failed"),
}
ACTIVITY_STATE_LABELS = {
    ActivityState.REQUESTED: QT_TRANSLATE_NOOP("ActivityState", "Requested"),
    ActivityState.RUNNING: QT_TRANSLATE_NOOP("ActivityState", "Running"),
    ActivityState.AWAITING: QT_TRANSLATE_NOOP("ActivityState", "Awaiting an answer"),
    ActivityState.ANSWERING: QT_TRANSLATE_NOOP("ActivityState", "Answering"),
    ActivityState.FINISHED: QT_TRANSLATE_NOOP("ActivityState", "Finished"),
    ActivityState.FAILED: QT_TRANSLATE_NOOP("ActivityState", "Failed"),
    ActivityState.CANCELLED: QT_TRANSLATE_NOOP("ActivityState", "Cancelled"),
}
ACTIVITY_ACTION_LABELS = {
    "export": QT_TRANSLATE_NOOP("ActivityAction", "Export"),
    "synchronize": QT_TRANSLATE_NOOP("ActivityAction", "Synchronize"),
    "link": QT_TRANSLATE_NOOP("ActivityAction", "Link"),
    "unlink": QT_TRANSLATE_NOOP("ActivityAction", "Unlink"),
}


def purchase_state_label(state: PurchaseState | str) -> str:
    """A purchase's state in the user's words ("Placed"); an unknown value as it is."""
    return label_in("PurchaseState", PURCHASE_STATE_LABELS, PurchaseState, state)


def activity_state_label(state: ActivityState | str) -> str:
    """A background activity's state in the user's words ("Awaiting an answer"); an unknown value as it is."""
    return label_in("ActivityState", ACTIVITY_STATE_LABELS, ActivityState, state)


def activity_action_label(action: str) -> str:
    """A background activity's action in the user's words ("Export"); an unknown one as it is."""
    return label_in("ActivityAction", ACTIVITY_ACTION_LABELS, str, action)


# The comment carries the desk's reference; the purchase number makes a second try after a cancel its own order.
COMMENT_PREFIX = "OrderDesk purchase"
_COMMENT = re.compile(rf"{COMMENT_PREFIX} P(\d+)\b")


def comment_for(purchase_id: int, reference: str) -> str:
    """The AddOrder Comment: how the desk recognises its OT order later (after a lost answer, in OT's list)."""
    return f"{COMMENT_PREFIX} P{purchase_id} for {reference}"


def purchase_id_in(comment: str | None) -> int | None:
    """The desk's purchase number in an OT order's comment, or None for an order the desk did not place."""
    found = _COMMENT.search(comment or "")
    return int(found.group(1)) if found else None


@dataclass(frozen=True)
class PurchaseItem:
    """One desk line as OT is asked to buy it."""

    line_id: int
    item_id: str
    config_id: str
    quantity: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "line_id": self.line_id,
            "item_id": self.item_id,
            "config_id": self.config_id,
            "quantity": self.quantity,
        }


def item_for(line_id: int, sku: str, quantity: int, attributes: Mapping[str, str]) -> PurchaseItem:
    """CHANNELS.md 4: the line's SKU as OT's item id, unless the line carries ot_item_id (and ot_config_id)."""
    item_id = (attributes.get("ot_item_id") or "").strip() or sku.strip()
    config_id = (attributes.get("ot_config_id") or "").strip() if attributes.get("ot_item_id") else ""
    if not config_id:
        config_id = (attributes.get("ot_config_id") or "").strip()
    if not item_id:
        raise RuleViolation(
            translate(
                "Purchasing",
                "Line {line} has no SKU or ot_item_id, so there is nothing to buy on OT Platform.",
                line=line_id,
            )
        )
    return PurchaseItem(line_id, item_id, config_id, int(quantity))


def items_for(lines: Iterable[tuple[int, str, int, Mapping[str, str]]]) -> list[PurchaseItem]:
    items = [item_for(*line) for line in lines if line[2] > 0]
    if not items:
        raise RuleViolation(translate("Purchasing", "The order has no lines to buy."))
    return items


# The seed's four reasons why OT leaves a product out of an added order, and what the operator can do.
DROP_REASONS = (
    QT_TRANSLATE_NOOP(
        "Purchasing",
        "the product is no longer available (sold out at the seller): remove it or choose the same at another seller",
    ),
    QT_TRANSLATE_NOOP(
        "Purchasing", "the configuration (colour, size) does not exist or ran out: choose another one or another seller"
    ),
    QT_TRANSLATE_NOOP("Purchasing", "the seller is gone from the site: choose the same product at another seller"),
    QT_TRANSLATE_NOOP("Purchasing", "a field of the line is wrong: check the item id, configuration and quantity"),
)


def dropped_text(item_id: str, config_id: str, requested: int, ordered: int) -> str:
    """One dropped or shortened line in plain words."""
    if config_id:
        what = translate("Purchasing", "item {item} (configuration {config})", item=item_id, config=config_id)
    else:
        what = translate("Purchasing", "item {item}", item=item_id)
    if ordered:
        return translate(
            "Purchasing",
            "{what}: OT ordered {ordered} of {requested} - the seller has no more of it; "
            "buy the rest at another seller or accept fewer",
            what=what,
            ordered=ordered,
            requested=requested,
        )
    return translate(
        "Purchasing",
        "{what}: OT left it out ({requested} wanted). Possible reasons: {reasons}.",
        what=what,
        requested=requested,
        reasons="; ".join(translate("Purchasing", reason) for reason in DROP_REASONS),
    )


# Errors of the autopurchase module the seed lists, matched by words in OT's message: what the operator does.
ACTIVITY_ERROR_HINTS = (
    (
        ("address", "phone"),
        QT_TRANSLATE_NOOP(
            "Purchasing", "Check the autopurchase address settings in OT (address in China, phone number)."
        ),
    ),
    (
        ("unpaid", "limit", "booked"),
        QT_TRANSLATE_NOOP(
            "Purchasing",
            "The provider's limit of unpaid orders is reached: pay on the provider's site, then export again.",
        ),
    ),
    (
        ("discrepanc", "insufficient", "quantity", "inconsisten"),
        QT_TRANSLATE_NOOP(
            "Purchasing",
            "The provider's goods no longer match the order (quantity, price): check the lines and export again.",
        ),
    ),
    (
        ("connection", "connect", "timeout", "unavailable"),
        QT_TRANSLATE_NOOP("Purchasing", "The provider could not be reached: try again later."),
    ),
)


def explain_activity_error(message: str) -> str:
    """OT's error of a background activity, with the seed's advice when it is one of the known kinds."""
    lowered = message.lower()
    for words, hint in ACTIVITY_ERROR_HINTS:
        if any(word in lowered for word in words):
            return translate(
                "Purchasing", "{message}. {hint}", message=message.rstrip("."), hint=translate("Purchasing", hint)
            )
    return message
