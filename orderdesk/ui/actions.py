"""The operator's actions: which apply to the selected orders (by the rules in core), and what each does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from orderdesk.core import capabilities
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import CANCELLABLE, EDITABLE, RETURNABLE, OrderStatus
from orderdesk.services import status as status_service
from orderdesk.services import sync_events
from orderdesk.services.invoicing import NOT_INVOICEABLE, create_invoice
from orderdesk.ui.order_table_model import OrderRow

S = OrderStatus


def channel_takes(kind: str, event: EventKind) -> bool:
    """Whether the channel can hear of the change, or it may stay local (what the services would allow)."""
    try:
        capabilities.must_send(kind, event)
    except RuleViolation:
        return False
    return True


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    shortcut: str
    tip: str
    why_not: Callable[[Sequence[OrderRow]], str | None]  # None: the action applies to these rows
    batch_words: tuple[str, str] = ("", "")  # ("acknowledge", "acknowledged") when it works on several orders

    def applies(self, rows: Sequence[OrderRow]) -> bool:
        return self.why_not(rows) is None


# How far along an order is, to say why an action does not apply yet (or any more).
_RANK = {S.PENDING: 0, S.PROCESSING: 1, S.PACKED: 2, S.DISPATCHED: 3, S.DELIVERED: 4}
_REACHED = {S.PROCESSING: "acknowledged", S.PACKED: "packed", S.DISPATCHED: "dispatched", S.DELIVERED: "delivered"}


def _status_words(status: str, wanted: set[str]) -> str:
    """Why an order in `status` is not one of `wanted`, in the warehouse's words."""
    current = S(status)
    if current in (S.CANCELLED, S.RETURNED):
        return f"is {current.value}"
    ranks = [_RANK[S(w)] for w in wanted if S(w) in _RANK]
    if current in _RANK and ranks and _RANK[current] < min(ranks):
        first = next(s for s, r in _RANK.items() if r == min(ranks))
        return f"is not {_REACHED.get(first, first.value)} yet"
    return f"is already {_REACHED.get(current, current.value)}" if current in _REACHED else f"is {current.value}"


def _one(rows: Sequence[OrderRow]) -> str | None:
    if not rows:
        return "select an order"
    return None if len(rows) == 1 else "select one order only"


def _all(rows: Sequence[OrderRow], statuses: set[str] | frozenset[OrderStatus], event: EventKind) -> str | None:
    if not rows:
        return "select an order"
    wanted = {s.value if isinstance(s, OrderStatus) else s for s in statuses}
    for row in rows:
        if row.status not in wanted:
            return f"{row.reference} {_status_words(row.status, wanted)}"
        if not channel_takes(row.channel_kind, event):
            return f"{row.channel} cannot take it for {row.reference}"
    return None


def _one_and(rows: Sequence[OrderRow], rule: Callable[[Sequence[OrderRow]], str | None]) -> str | None:
    return _one(rows) or rule(rows)


def _failed(rows: Sequence[OrderRow]) -> str | None:
    if any(r.sync_state == "failed" for r in rows):
        return None
    return "no change of the selected orders failed to reach its channel" if rows else "select an order"


def _conflicted(rows: Sequence[OrderRow]) -> str | None:
    return _one(rows) or (None if rows[0].sync_state == "conflict" else f"{rows[0].reference} has no conflict")


def _invoiceable(rows: Sequence[OrderRow]) -> str | None:
    row = rows[0]
    if not capabilities.supports(row.channel_kind, EventKind.INVOICE):
        return f"{row.channel} takes no invoices from the desk"
    if row.status in NOT_INVOICEABLE:
        return f"{row.reference} is {row.status}"
    return None


def _takes_attributes(rows: Sequence[OrderRow]) -> str | None:
    if _one(rows):
        return _one(rows)
    if channel_takes(rows[0].channel_kind, EventKind.ATTRIBUTES):
        return None
    return f"{rows[0].channel} keeps no attributes of orders"


SPECS = (
    ActionSpec(
        "acknowledge",
        "Acknowledge",
        "Ctrl+K",
        "Start work on the order (pending → processing)",
        lambda rows: _all(rows, {"pending"}, EventKind.ACKNOWLEDGE),
        ("acknowledge", "acknowledged"),
    ),
    ActionSpec(
        "edit",
        "Edit…",
        "Ctrl+E",
        "Change address, quantities, lines or note",
        lambda rows: _one_and(rows, lambda r: _all(r, EDITABLE, EventKind.EDIT)),
    ),
    ActionSpec(
        "split",
        "Split…",
        "Ctrl+L",
        "Move units into a new order",
        lambda rows: _one_and(rows, lambda r: _all(r, EDITABLE, EventKind.SPLIT)),
    ),
    ActionSpec(
        "pack",
        "Mark packed",
        "Ctrl+Shift+P",
        "The parcel is packed",
        lambda rows: _all(rows, {"processing"}, EventKind.STATUS),
        ("mark packed", "marked packed"),
    ),
    ActionSpec(
        "dispatch",
        "Dispatch…",
        "Ctrl+D",
        "Dispatch with a consignment number and carrier",
        lambda rows: _all(rows, {"processing", "packed"}, EventKind.DISPATCH),
        ("dispatch", "dispatched"),
    ),
    ActionSpec(
        "deliver",
        "Mark delivered",
        "Ctrl+Shift+D",
        "The customer has the parcel",
        lambda rows: _all(rows, {"dispatched"}, EventKind.STATUS),
        ("mark delivered", "marked delivered"),
    ),
    ActionSpec(
        "cancel",
        "Cancel order…",
        "Ctrl+Shift+X",
        "Cancel before dispatch, with a reason",
        lambda rows: _one_and(rows, lambda r: _all(r, CANCELLABLE, EventKind.CANCEL)),
    ),
    ActionSpec(
        "return",
        "Create return…",
        "Ctrl+Shift+U",
        "Record returned units of a dispatched order",
        lambda rows: _one_and(rows, lambda r: _all(r, RETURNABLE, EventKind.RETURN)),
    ),
    ActionSpec(
        "invoice",
        "Create invoice",
        "Ctrl+Shift+B",
        "Invoice the order in its channel (Magento): everything not invoiced yet",
        lambda rows: _one_and(rows, _invoiceable),
    ),
    ActionSpec(
        "attributes",
        "Attributes…",
        "Ctrl+J",
        "Order and line attributes",
        _takes_attributes,
    ),
    ActionSpec(
        "purchase",
        "Buy on OT Platform",
        "Ctrl+Shift+O",
        "Place the order on an OT Platform channel (AddOrder)",
        lambda rows: _one_and(rows, lambda r: f"{r[0].reference} is cancelled" if r[0].status == "cancelled" else None),
    ),
    ActionSpec(
        "retry",
        "Retry sync",
        "Ctrl+Shift+E",
        "Send the failed changes of these orders again",
        _failed,
        ("retry", "sent again"),
    ),
    ActionSpec(
        "conflict",
        "Resolve conflict…",
        "Ctrl+Shift+C",
        "Choose the desk's or the channel's version",
        _conflicted,
    ),
)


def build_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in SPECS:
        action = QAction(spec.text, parent)
        action.setObjectName(f"{spec.key}Action")
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setToolTip(f"{spec.tip} ({spec.shortcut})")
        action.setStatusTip(spec.tip)
        action.setEnabled(False)
        actions[spec.key] = action
    return actions


def update_enabled(actions: dict[str, QAction], rows: Sequence[OrderRow]) -> None:
    """Enable what applies; a disabled action says why in its tooltip and status tip."""
    for spec in SPECS:
        action = actions[spec.key]
        why = spec.why_not(rows)
        action.setEnabled(why is None)
        name = spec.text.rstrip("…")
        text = f"{spec.tip} ({spec.shortcut})" if why is None else f"{name}: {why}"
        action.setToolTip(text)
        action.setStatusTip(spec.tip if why is None else text)


@dataclass
class BatchReport:
    """What an action did to the selected orders, for the notice that stays until dismissed."""

    done: int = 0
    refused: list[str] = field(default_factory=list)  # "AFF-1008 is unpaid"

    def sentence(self, words: tuple[str, str], asked: int) -> str:
        done_words = words[1] or "changed"
        text = (
            f"{self.done} of {asked} orders {done_words}"
            if self.done < asked
            else f"{self.done} {_orders(self.done)} {done_words}"
        )
        if self.refused:
            text += f", {len(self.refused)} refused: " + "; ".join(self.refused)
        return text + "."


def _orders(count: int) -> str:
    return "order" if count == 1 else "orders"


class ActionRunner:
    """Carries out an action on the selected orders; returns the ids of orders that changed. What was refused
    is kept in `report` for the window to show."""

    def __init__(self, parent: QWidget, user: str) -> None:
        self.parent = parent
        self.user = user
        self.report = BatchReport()

    def run(self, key: str, rows: Sequence[OrderRow]) -> list[int]:
        self.report = BatchReport()
        handler = getattr(self, f"_{key}")
        changed: list[int] = handler(rows)
        self.report.done = len(set(changed))
        return changed

    # ---- one per action -------------------------------------------------------------------------------------
    def _acknowledge(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.payment_override import PaymentOverrideDialog

        changed = []
        for row in rows:
            if row.payment_status == "unpaid":
                if len(rows) > 1:
                    # An override needs its own reason: a batch never starts work on an unpaid order.
                    self.report.refused.append(f"{row.reference} is unpaid")
                    continue
                dialog = PaymentOverrideDialog(row.id, user=self.user, parent=self.parent)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    changed.append(row.id)
                continue
            try:
                status_service.set_status(row.id, S.PROCESSING, user=self.user)
                changed.append(row.id)
            except RuleViolation as exc:
                self.report.refused.append(f"{row.reference}: {exc.message}")
        return changed

    def _simple_status(self, rows: Sequence[OrderRow], target: OrderStatus) -> list[int]:
        changed = []
        for row in rows:
            try:
                status_service.set_status(row.id, target, user=self.user)
                changed.append(row.id)
            except RuleViolation as exc:
                self.report.refused.append(f"{row.reference}: {exc.message}")
        return changed

    def _pack(self, rows: Sequence[OrderRow]) -> list[int]:
        return self._simple_status(rows, S.PACKED)

    def _deliver(self, rows: Sequence[OrderRow]) -> list[int]:
        return self._simple_status(rows, S.DELIVERED)

    def _dispatch(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.store.models import Order
        from orderdesk.ui.dialogs.dispatch import dispatch_batch

        dispatch_batch([r.id for r in rows], user=self.user, parent=self.parent)
        dispatched = {
            o.id for o in Order.select(Order.id).where(Order.id.in_([r.id for r in rows]), Order.status == "dispatched")
        }
        return [r.id for r in rows if r.id in dispatched]

    def _dialog(self, dialog: QDialog, row: OrderRow) -> list[int]:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return list(getattr(dialog, "result_order_ids", None) or [row.id])

    def _edit(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.edit import EditDialog

        return self._dialog(EditDialog(rows[0].id, user=self.user, parent=self.parent), rows[0])

    def _split(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.split import SplitDialog

        return self._dialog(SplitDialog(rows[0].id, user=self.user, parent=self.parent), rows[0])

    def _cancel(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.cancel import CancelDialog

        return self._dialog(CancelDialog(rows[0].id, user=self.user, parent=self.parent), rows[0])

    def _return(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.returns import ReturnDialog

        return self._dialog(ReturnDialog(rows[0].id, user=self.user, parent=self.parent), rows[0])

    def _invoice(self, rows: Sequence[OrderRow]) -> list[int]:
        row = rows[0]
        answer = QMessageBox.question(
            self.parent,
            "Create invoice",
            f"Ask {row.channel} to invoice order {row.reference} (and capture its payment)? An invoice cannot be "
            "taken back from OrderDesk.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
        try:
            create_invoice(row.id, user=self.user)
        except RuleViolation as exc:
            self.report.refused.append(f"{row.reference}: {exc.message}")
            return []
        return [row.id]

    def _attributes(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.attributes import AttributesDialog

        return self._dialog(AttributesDialog(rows[0].id, user=self.user, parent=self.parent), rows[0])

    def _conflict(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.conflict import ConflictDialog

        return self._dialog(ConflictDialog(rows[0].id, user=self.user, parent=self.parent), rows[0])

    def _purchase(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.purchases_pane import buy

        return buy(self.parent, rows[0].id, user=self.user)

    def _retry(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.store.models import OutboxEvent

        changed = []
        for row in rows:
            for event in OutboxEvent.select().where(OutboxEvent.order == row.id, OutboxEvent.state == "failed"):
                sync_events.retry_event(event.id, user=self.user)
                changed.append(row.id)
        return changed
