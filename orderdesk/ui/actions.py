"""The operator's actions: which apply to the selected orders (by the rules in core), and what each does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from orderdesk.core import capabilities
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import CANCELLABLE, EDITABLE, RETURNABLE, OrderStatus
from orderdesk.services import status as status_service
from orderdesk.services import sync_events
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
    applies: Callable[[Sequence[OrderRow]], bool]


def _one(rows: Sequence[OrderRow]) -> bool:
    return len(rows) == 1


def _all(rows: Sequence[OrderRow], statuses: set[str] | frozenset[OrderStatus], event: EventKind) -> bool:
    wanted = {s.value if isinstance(s, OrderStatus) else s for s in statuses}
    return bool(rows) and all(r.status in wanted and channel_takes(r.channel_kind, event) for r in rows)


SPECS = (
    ActionSpec(
        "acknowledge",
        "Acknowledge",
        "Ctrl+K",
        "Start work on the order (pending → processing)",
        lambda rows: _all(rows, {"pending"}, EventKind.ACKNOWLEDGE),
    ),
    ActionSpec(
        "edit",
        "Edit…",
        "Ctrl+E",
        "Change address, quantities, lines or note",
        lambda rows: _one(rows) and _all(rows, EDITABLE, EventKind.EDIT),
    ),
    ActionSpec(
        "split",
        "Split…",
        "Ctrl+Shift+S",
        "Move units into a new order",
        lambda rows: _one(rows) and _all(rows, EDITABLE, EventKind.SPLIT),
    ),
    ActionSpec(
        "pack",
        "Mark packed",
        "Ctrl+P",
        "The parcel is packed",
        lambda rows: _all(rows, {"processing"}, EventKind.STATUS),
    ),
    ActionSpec(
        "dispatch",
        "Dispatch…",
        "Ctrl+D",
        "Dispatch with a consignment number and carrier",
        lambda rows: _all(rows, {"processing", "packed"}, EventKind.DISPATCH),
    ),
    ActionSpec(
        "deliver",
        "Mark delivered",
        "Ctrl+Shift+D",
        "The customer has the parcel",
        lambda rows: _all(rows, {"dispatched"}, EventKind.STATUS),
    ),
    ActionSpec(
        "cancel",
        "Cancel order…",
        "Ctrl+Shift+X",
        "Cancel before dispatch, with a reason",
        lambda rows: _one(rows) and _all(rows, CANCELLABLE, EventKind.CANCEL),
    ),
    ActionSpec(
        "return",
        "Create return…",
        "Ctrl+R",
        "Record returned units of a dispatched order",
        lambda rows: _one(rows) and _all(rows, RETURNABLE, EventKind.RETURN),
    ),
    ActionSpec(
        "attributes",
        "Attributes…",
        "Ctrl+T",
        "Order and line attributes",
        lambda rows: _one(rows) and channel_takes(rows[0].channel_kind, EventKind.ATTRIBUTES),
    ),
    ActionSpec(
        "purchase",
        "Buy on OT Platform",
        "Ctrl+Shift+B",
        "Place the order on an OT Platform channel (AddOrder)",
        lambda rows: _one(rows) and rows[0].status != "cancelled",
    ),
    ActionSpec(
        "retry",
        "Retry sync",
        "Ctrl+Shift+R",
        "Send the failed changes of these orders again",
        lambda rows: any(r.sync_state == "failed" for r in rows),
    ),
    ActionSpec(
        "conflict",
        "Resolve conflict…",
        "Ctrl+Shift+C",
        "Choose the desk's or the channel's version",
        lambda rows: _one(rows) and rows[0].sync_state == "conflict",
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
    for spec in SPECS:
        actions[spec.key].setEnabled(spec.applies(rows))


class ActionRunner:
    """Carries out an action on the selected orders; returns the ids of orders that changed."""

    def __init__(self, parent: QWidget, user: str) -> None:
        self.parent = parent
        self.user = user

    def run(self, key: str, rows: Sequence[OrderRow]) -> list[int]:
        handler = getattr(self, f"_{key}")
        changed: list[int] = handler(rows)
        return changed

    # ---- one per action -------------------------------------------------------------------------------------
    def _acknowledge(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.payment_override import PaymentOverrideDialog

        changed, problems = [], []
        for row in rows:
            if row.payment_status == "unpaid":
                dialog = PaymentOverrideDialog(row.id, user=self.user, parent=self.parent)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    changed.append(row.id)
                continue
            try:
                status_service.set_status(row.id, S.PROCESSING, user=self.user)
                changed.append(row.id)
            except RuleViolation as exc:
                problems.append(f"{row.reference}: {exc.message}")
        self._report(problems)
        return changed

    def _simple_status(self, rows: Sequence[OrderRow], target: OrderStatus) -> list[int]:
        changed, problems = [], []
        for row in rows:
            try:
                status_service.set_status(row.id, target, user=self.user)
                changed.append(row.id)
            except RuleViolation as exc:
                problems.append(f"{row.reference}: {exc.message}")
        self._report(problems)
        return changed

    def _pack(self, rows: Sequence[OrderRow]) -> list[int]:
        return self._simple_status(rows, S.PACKED)

    def _deliver(self, rows: Sequence[OrderRow]) -> list[int]:
        return self._simple_status(rows, S.DELIVERED)

    def _dispatch(self, rows: Sequence[OrderRow]) -> list[int]:
        from orderdesk.ui.dialogs.dispatch import dispatch_batch

        dispatch_batch([r.id for r in rows], user=self.user, parent=self.parent)
        return [r.id for r in rows]

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

    def _report(self, problems: list[str]) -> None:
        if problems:
            QMessageBox.warning(self.parent, "Some orders were not changed", "\n".join(problems))
