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
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
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
class BatchWords:
    """What an action on several orders asks before and says after, each a whole sentence for the translators
    (`%n` the number of orders; `{done}` how many of them changed)."""

    question: str = ""  # "Acknowledge %n order(s)?"; empty: the action asks nothing first
    done: str = QT_TRANSLATE_NOOP("Actions", "%n order(s) changed")
    partly: str = QT_TRANSLATE_NOOP("Actions", "{done} of %n order(s) changed")


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str  # each text marked with QT_TRANSLATE_NOOP("Actions", ...), shown through translate("Actions", ...)
    shortcut: str
    tip: str
    why_not: Callable[[Sequence[OrderRow]], str | None]  # None: the action applies to these rows
    batch: BatchWords = BatchWords()  # a question: the action works on several orders at once

    def applies(self, rows: Sequence[OrderRow]) -> bool:
        return self.why_not(rows) is None

    @property
    def name(self) -> str:
        """The action's name in the user's language, without the dots of a dialog to come."""
        return translate("Actions", self.text).rstrip("…")

    @property
    def shortcut_text(self) -> str:
        """The shortcut as the user's keyboard names it ("Strg+K" in German)."""
        return QKeySequence(self.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


# How far along an order is, to say why an action does not apply yet (or any more).
_RANK = {S.PENDING: 0, S.PROCESSING: 1, S.PACKED: 2, S.DISPATCHED: 3, S.DELIVERED: 4}
_NOT_YET = {
    S.PROCESSING: QT_TRANSLATE_NOOP("Actions", "{reference} is not acknowledged yet"),
    S.PACKED: QT_TRANSLATE_NOOP("Actions", "{reference} is not packed yet"),
    S.DISPATCHED: QT_TRANSLATE_NOOP("Actions", "{reference} is not dispatched yet"),
    S.DELIVERED: QT_TRANSLATE_NOOP("Actions", "{reference} is not delivered yet"),
}
_ALREADY = {
    S.PROCESSING: QT_TRANSLATE_NOOP("Actions", "{reference} is already acknowledged"),
    S.PACKED: QT_TRANSLATE_NOOP("Actions", "{reference} is already packed"),
    S.DISPATCHED: QT_TRANSLATE_NOOP("Actions", "{reference} is already dispatched"),
    S.DELIVERED: QT_TRANSLATE_NOOP("Actions", "{reference} is already delivered"),
}
_IS = {
    S.PENDING: QT_TRANSLATE_NOOP("Actions", "{reference} is pending"),
    S.PROCESSING: QT_TRANSLATE_NOOP("Actions", "{reference} is processing"),
    S.PACKED: QT_TRANSLATE_NOOP("Actions", "{reference} is packed"),
    S.DISPATCHED: QT_TRANSLATE_NOOP("Actions", "{reference} is dispatched"),
    S.DELIVERED: QT_TRANSLATE_NOOP("Actions", "{reference} is delivered"),
    S.CANCELLED: QT_TRANSLATE_NOOP("Actions", "{reference} is cancelled"),
    S.RETURNED: QT_TRANSLATE_NOOP("Actions", "{reference} is returned"),
}


def _is(reference: str, status: str) -> str:
    return translate("Actions", _IS[S(status)], reference=reference)


def _status_words(reference: str, status: str, wanted: set[str]) -> str:
    """Why order `reference` in `status` is not in one of `wanted`, in the warehouse's words."""
    current = S(status)
    if current in (S.CANCELLED, S.RETURNED):
        return _is(reference, current)
    ranks = [_RANK[S(w)] for w in wanted if S(w) in _RANK]
    if current in _RANK and ranks and _RANK[current] < min(ranks):
        first = next(s for s, r in _RANK.items() if r == min(ranks))
        return (
            translate("Actions", _NOT_YET[first], reference=reference) if first in _NOT_YET else _is(reference, first)
        )
    if current in _ALREADY:
        return translate("Actions", _ALREADY[current], reference=reference)
    return _is(reference, current)


def _select_an_order() -> str:
    return translate("Actions", "select an order")


def _one(rows: Sequence[OrderRow]) -> str | None:
    if not rows:
        return _select_an_order()
    return None if len(rows) == 1 else translate("Actions", "select one order only")


def _all(rows: Sequence[OrderRow], statuses: set[str] | frozenset[OrderStatus], event: EventKind) -> str | None:
    if not rows:
        return _select_an_order()
    wanted = {s.value if isinstance(s, OrderStatus) else s for s in statuses}
    for row in rows:
        if row.status not in wanted:
            return _status_words(row.reference, row.status, wanted)
        if not channel_takes(row.channel_kind, event):
            return translate(
                "Actions", "{channel} cannot take it for {reference}", channel=row.channel, reference=row.reference
            )
    return None


def _one_and(rows: Sequence[OrderRow], rule: Callable[[Sequence[OrderRow]], str | None]) -> str | None:
    return _one(rows) or rule(rows)


def _failed(rows: Sequence[OrderRow]) -> str | None:
    if any(r.sync_state == "failed" for r in rows):
        return None
    if not rows:
        return _select_an_order()
    return translate("Actions", "no change of the selected orders failed to reach its channel")


def _conflicted(rows: Sequence[OrderRow]) -> str | None:
    if _one(rows):
        return _one(rows)
    if rows[0].sync_state == "conflict":
        return None
    return translate("Actions", "{reference} has no conflict", reference=rows[0].reference)


def _invoiceable(rows: Sequence[OrderRow]) -> str | None:
    row = rows[0]
    if not capabilities.supports(row.channel_kind, EventKind.INVOICE):
        return translate("Actions", "{channel} takes no invoices from the desk", channel=row.channel)
    if row.status in NOT_INVOICEABLE:
        return _is(row.reference, row.status)
    return None


def _takes_attributes(rows: Sequence[OrderRow]) -> str | None:
    if _one(rows):
        return _one(rows)
    if channel_takes(rows[0].channel_kind, EventKind.ATTRIBUTES):
        return None
    return translate("Actions", "{channel} keeps no attributes of orders", channel=rows[0].channel)


def _not_cancelled(rows: Sequence[OrderRow]) -> str | None:
    return _is(rows[0].reference, rows[0].status) if rows[0].status == "cancelled" else None


SPECS = (
    ActionSpec(
        "acknowledge",
        QT_TRANSLATE_NOOP("Actions", "Acknowledge"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Actions", "Start work on the order (pending → processing)"),
        lambda rows: _all(rows, {"pending"}, EventKind.ACKNOWLEDGE),
        BatchWords(
            QT_TRANSLATE_NOOP("Actions", "Acknowledge %n order(s)?"),
            QT_TRANSLATE_NOOP("Actions", "%n order(s) acknowledged"),
            QT_TRANSLATE_NOOP("Actions", "{done} of %n order(s) acknowledged"),
        ),
    ),
    ActionSpec(
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Edit…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Change address, quantities, lines or note"),
        lambda rows: _one_and(rows, lambda r: _all(r, EDITABLE, EventKind.EDIT)),
    ),
    ActionSpec(
        "split",
        QT_TRANSLATE_NOOP("Actions", "Split…"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Move units into a new order"),
        lambda rows: _one_and(rows, lambda r: _all(r, EDITABLE, EventKind.SPLIT)),
    ),
    ActionSpec(
        "pack",
        QT_TRANSLATE_NOOP("Actions", "Mark packed"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "The parcel is packed"),
        lambda rows: _all(rows, {"processing"}, EventKind.STATUS),
        BatchWords(
            QT_TRANSLATE_NOOP("Actions", "Mark %n order(s) packed?"),
            QT_TRANSLATE_NOOP("Actions", "%n order(s) marked packed"),
            QT_TRANSLATE_NOOP("Actions", "{done} of %n order(s) marked packed"),
        ),
    ),
    ActionSpec(
        "dispatch",
        QT_TRANSLATE_NOOP("Actions", "Dispatch…"),
        "Ctrl+D",
        QT_TRANSLATE_NOOP("Actions", "Dispatch with a consignment number and carrier"),
        lambda rows: _all(rows, {"processing", "packed"}, EventKind.DISPATCH),
        BatchWords(
            QT_TRANSLATE_NOOP("Actions", "Dispatch %n order(s)?"),
            QT_TRANSLATE_NOOP("Actions", "%n order(s) dispatched"),
            QT_TRANSLATE_NOOP("Actions", "{done} of %n order(s) dispatched"),
        ),
    ),
    ActionSpec(
        "deliver",
        QT_TRANSLATE_NOOP("Actions", "Mark delivered"),
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Actions", "The customer has the parcel"),
        lambda rows: _all(rows, {"dispatched"}, EventKind.STATUS),
        BatchWords(
            QT_TRANSLATE_NOOP("Actions", "Mark %n order(s) delivered?"),
            QT_TRANSLATE_NOOP("Actions", "%n order(s) marked delivered"),
            QT_TRANSLATE_NOOP("Actions", "{done} of %n order(s) marked delivered"),
        ),
    ),
    ActionSpec(
        "cancel",
        QT_TRANSLATE_NOOP("Actions", "Cancel order…"),
        "Ctrl+Shift+X",
        QT_TRANSLATE_NOOP("Actions", "Cancel before dispatch, with a reason"),
        lambda rows: _one_and(rows, lambda r: _all(r, CANCELLABLE, EventKind.CANCEL)),
    ),
    ActionSpec(
        "return",
        QT_TRANSLATE_NOOP("Actions", "Create return…"),
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("Actions", "Record returned units of a dispatched order"),
        lambda rows: _one_and(rows, lambda r: _all(r, RETURNABLE, EventKind.RETURN)),
    ),
    ActionSpec(
        "invoice",
        QT_TRANSLATE_NOOP("Actions", "Create invoice"),
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("Actions", "Invoice the order in its channel (Magento): everything not invoiced yet"),
        lambda rows: _one_and(rows, _invoiceable),
    ),
    ActionSpec(
        "attributes",
        QT_TRANSLATE_NOOP("Actions", "Attributes…"),
        "Ctrl+J",
        QT_TRANSLATE_NOOP("Actions", "Order and line attributes"),
        _takes_attributes,
    ),
    ActionSpec(
        "purchase",
        QT_TRANSLATE_NOOP("Actions", "Buy on OT Platform"),
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Place the order on an OT Platform channel (AddOrder)"),
        lambda rows: _one_and(rows, _not_cancelled),
    ),
    ActionSpec(
        "retry",
        QT_TRANSLATE_NOOP("Actions", "Retry sync"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Send the failed changes of these orders again"),
        _failed,
        BatchWords(
            QT_TRANSLATE_NOOP("Actions", "Retry the sync of %n order(s)?"),
            QT_TRANSLATE_NOOP("Actions", "%n order(s) sent again"),
            QT_TRANSLATE_NOOP("Actions", "{done} of %n order(s) sent again"),
        ),
    ),
    ActionSpec(
        "conflict",
        QT_TRANSLATE_NOOP("Actions", "Resolve conflict…"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Actions", "Choose the desk's or the channel's version"),
        _conflicted,
    ),
)


def _tooltip(spec: ActionSpec) -> str:
    return f"{translate('Actions', spec.tip)} ({spec.shortcut_text})"


def build_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in SPECS:
        action = QAction(translate("Actions", spec.text), parent)
        action.setObjectName(f"{spec.key}Action")
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setToolTip(_tooltip(spec))
        action.setStatusTip(translate("Actions", spec.tip))
        action.setEnabled(False)
        actions[spec.key] = action
    return actions


def update_enabled(actions: dict[str, QAction], rows: Sequence[OrderRow]) -> None:
    """Enable what applies; a disabled action says why in its tooltip and status tip."""
    for spec in SPECS:
        action = actions[spec.key]
        if not action.isVisible():  # not this role's (ui.role_gate): its shortcut must not reach it either
            action.setEnabled(False)
            continue
        why = spec.why_not(rows)
        action.setEnabled(why is None)
        if why is None:
            action.setToolTip(_tooltip(spec))
            action.setStatusTip(translate("Actions", spec.tip))
        else:
            text = f"{spec.name}: {why}"
            action.setToolTip(text)
            action.setStatusTip(text)


@dataclass
class BatchReport:
    """What an action did to the selected orders, for the notice that stays until dismissed."""

    done: int = 0
    refused: list[str] = field(default_factory=list)  # "AFF-1008 is unpaid"

    def sentence(self, words: BatchWords, asked: int) -> str:
        if self.done < asked:
            result = translate("Actions", words.partly, asked, done=self.done)
        else:
            result = translate("Actions", words.done, self.done)
        if not self.refused:
            return result + "."
        return translate(
            "Actions",
            "{result}, %n refused: {reasons}.",
            len(self.refused),
            result=result,
            reasons="; ".join(self.refused),
        )


def _refusal(row: OrderRow, exc: RuleViolation) -> str:
    return f"{row.reference}: {exc.message}"


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
                    self.report.refused.append(translate("Actions", "{reference} is unpaid", reference=row.reference))
                    continue
                dialog = PaymentOverrideDialog(row.id, user=self.user, parent=self.parent)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    changed.append(row.id)
                continue
            try:
                status_service.set_status(row.id, S.PROCESSING, user=self.user)
                changed.append(row.id)
            except RuleViolation as exc:
                self.report.refused.append(_refusal(row, exc))
        return changed

    def _simple_status(self, rows: Sequence[OrderRow], target: OrderStatus) -> list[int]:
        changed = []
        for row in rows:
            try:
                status_service.set_status(row.id, target, user=self.user)
                changed.append(row.id)
            except RuleViolation as exc:
                self.report.refused.append(_refusal(row, exc))
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
            translate("Actions", "Create invoice"),
            translate(
                "Actions",
                "Ask {channel} to invoice order {reference} (and capture its payment)? An invoice cannot be taken "
                "back from OrderDesk.",
                channel=row.channel,
                reference=row.reference,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
        try:
            create_invoice(row.id, user=self.user)
        except RuleViolation as exc:
            self.report.refused.append(_refusal(row, exc))
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
