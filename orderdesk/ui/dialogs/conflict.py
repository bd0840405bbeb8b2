"""Resolving a sync conflict: the desk's version and the channel's side by side, what differs marked, and the
operator's choice (services.conflicts.keep_local or take_remote). Each button says plainly what it will do, so
neither asks again."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from orderdesk.core.capabilities import supports
from orderdesk.core.commission import commission
from orderdesk.core.events import OPEN_STATES, EventKind
from orderdesk.core.records import Address, LineRecord, OrderRecord
from orderdesk.core.statuses import LABELS, SyncState
from orderdesk.services import conflicts
from orderdesk.store.audit import history
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import order_record
from orderdesk.store.outbox import events_of
from orderdesk.store.upsert import remote_record
from orderdesk.ui.dialogs.widgets import (
    OrderDialog,
    commission_label,
    line_table,
    money,
    named,
    no_default,
    put_text,
    summary_label,
)

MARK = "≠"  # in front of every value that differs: the difference is readable without colour
HIGHLIGHT = QColor(255, 193, 7, 70)  # translucent amber: readable on the light and the dark palette
HIGHLIGHT_STYLE = "background-color: rgba(255, 193, 7, 70);"
LINE_HEADERS = ("SKU", "Product", "Qty", "Unit price", "Line total")
# (key for the objectNames local<Key> / remote<Key>, the label the operator reads)
FIELDS = (
    ("Status", "Status"),
    ("Consignment", "Consignment number"),
    ("Carrier", "Carrier"),
    ("ErpNumber", "ERP order number"),
    ("ErpLines", "ERP line numbers"),
    ("Customer", "Customer"),
    ("ShippingAddress", "Ship to"),
    ("BillingAddress", "Bill to"),
    ("LinesTotal", "Lines total"),
    ("Shipping", "Shipping"),
    ("Total", "Total"),
    ("Commission", "Commission"),
)
LINES_AFTER = "BillingAddress"  # the line tables sit between the addresses and the totals
Lines = dict[str, LineRecord]


def _text(*parts: str) -> str:
    return "\n".join(part for part in parts if part) or "—"


def _address(a: Address) -> str:
    city = " ".join(part for part in (a.postcode, a.city) if part)
    return _text(a.name, a.company, a.street, city, a.region, a.country, a.phone)


def _values(record: OrderRecord, commission_value: Decimal | None) -> dict[str, str]:
    """What each row of the comparison shows for one version, as text (compared as text, too)."""
    currency = record.currency
    return {
        "Status": LABELS[record.status],
        "Consignment": record.consignment_number or "—",
        "Carrier": record.carrier or "—",
        "ErpNumber": record.erp_order_number or "—",
        "ErpLines": _text(*(f"{line.sku} {line.erp_line_number}" for line in record.lines if line.erp_line_number)),
        "Customer": _text(record.customer.name, record.customer.email, record.customer.phone),
        "ShippingAddress": _address(record.shipping_address),
        "BillingAddress": _address(record.billing_address),
        "LinesTotal": money(record.lines_total, currency),
        "Shipping": money(record.shipping_total, currency),
        "Total": money(record.total, currency),
        "Commission": commission_label(commission_value, record.commission_rate, currency),
    }


def _keyed(lines: tuple[LineRecord, ...]) -> Lines:
    """Lines by the channel's line id, or by SKU (numbered) for lines the channel has not numbered yet."""
    keyed: Lines = {}
    for line in lines:
        base = key = line.external_id or f"sku:{line.sku}"
        number = 1
        while key in keyed:
            number += 1
            key = f"{base}#{number}"
        keyed[key] = line
    return keyed


def _essence(line: LineRecord | None) -> tuple[object, ...] | None:
    return None if line is None else (line.sku, line.name, line.quantity, line.unit_price)


def _bold(widget: QWidget | QTableWidgetItem, bold: bool = True) -> None:
    font = widget.font()
    font.setBold(bold)
    widget.setFont(font)


def mark(label: QLabel, text: str, differs: bool, other: str) -> None:
    """Show a value; a differing one is bold, marked and highlighted, and says so to a screen reader."""
    label.setText(f"{MARK} {text}" if differs else text)
    _bold(label, differs)
    label.setStyleSheet(HIGHLIGHT_STYLE if differs else "")
    label.setAccessibleDescription(f"Differs from {other}" if differs else f"Same as {other}")


class ConflictDialog(OrderDialog):
    """Choose between the desk's version of an order and the one its channel sent while local changes waited."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="conflictDialog",
            accessible_name="Resolve sync conflict",
            reason_name="conflictReason",
            user=user,
            ok_text="Resolve",
            parent=parent,
        )
        self.setWindowTitle("Resolve sync conflict")
        # The choice is one of the two buttons below, never Enter: the OK of the frame is not used.
        self.buttons.removeButton(self.ok_button)
        self.ok_button.setParent(self)
        self.ok_button.hide()
        self.order_id = order_id
        self.channel_name = "the channel"
        self.message = ""  # the service's words about what was done
        self._seen: tuple[int, object] | None = None
        keep, take = "Keep mine and send it", "Take the channel's version"
        self.keep_button = named(no_default(QPushButton(keep)), "keepLocalButton", keep)
        self.take_button = named(no_default(QPushButton(take)), "takeRemoteButton", take)
        self.keep_text = named(QLabel(), "keepLocalExplanation", "What keeping mine does")
        self.take_text = named(QLabel(), "takeRemoteExplanation", "What taking the channel's version does")
        self.why_label = named(QLabel(), "conflictWhy", "Why the order is in conflict")
        self.differences_label = named(QLabel(), "conflictDifferences", "What differs")
        self.local_lines = line_table("localLinesTable", "Lines, mine", LINE_HEADERS)
        self.remote_lines = line_table("remoteLinesTable", "Lines, the channel's version", LINE_HEADERS)
        self.cells: dict[str, QLabel] = {}
        order = self.load_order(order_id)
        if order is not None:
            self.order_id = order.id
            self.channel_name = order.channel.name
            self.setWindowTitle(f"Resolve sync conflict: {order.reference}")
            self.body.addWidget(summary_label(order))
        self._build()
        self.keep_button.clicked.connect(lambda: self._choose(conflicts.keep_local))
        self.take_button.clicked.connect(lambda: self._choose(conflicts.take_remote))
        if order is not None:
            self._show(order)
        self.resize(900, 680)

    # -- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        for label in (self.why_label, self.differences_label, self.keep_text, self.take_text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.why_label)
        self.body.addWidget(self.differences_label)
        grid = QGridLayout()
        remote_title = f"{self.channel_name}'s version"
        for column, name, title in ((1, "localHeading", "Mine (on this desk)"), (2, "remoteHeading", remote_title)):
            heading = named(QLabel(title), name, title)
            _bold(heading)
            grid.addWidget(heading, 0, column)
        row = 1
        for key, caption in FIELDS:
            grid.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            for side, column, whose in (("local", 1, "mine"), ("remote", 2, remote_title)):
                cell = named(QLabel(), f"{side}{key}", f"{caption}, {whose}")
                cell.setTextFormat(Qt.TextFormat.PlainText)  # customer data is never markup
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[f"{side}{key}"] = cell
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            row += 1
            if key == LINES_AFTER:
                grid.addWidget(QLabel("Lines"), row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self.local_lines, row, 1)
                grid.addWidget(self.remote_lines, row, 2)
                grid.setRowStretch(row, 1)
                row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.body.addLayout(grid, 1)
        choices = QGridLayout()
        for column, button in enumerate((self.keep_button, self.take_button)):
            choices.addWidget(button, 0, column)
            choices.addWidget((self.keep_text, self.take_text)[column], 1, column, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(choices)

    # -- showing -------------------------------------------------------------------------------------------
    def _show(self, order: Order) -> None:
        """Fill both sides from the database; with no conflict (any more) say so and offer nothing."""
        remote = remote_record(order) if order.sync_state == SyncState.CONFLICT.value else None
        if remote is None:
            self._seen = None
            self.block(f"Order {order.reference} has no conflict to resolve (any more). Nothing to choose here.")
            return
        self._seen = (order.version, order.remote_snapshot)
        local = order_record(order)
        other = f"{self.channel_name}'s version"
        mine = _values(local, order.commission)
        theirs = _values(remote, commission(remote.commission_rate, remote.lines_total, remote.currency))
        local_lines, remote_lines = _keyed(local.lines), _keyed(remote.lines)
        lines_differ = self._fill_lines(self.local_lines, local_lines, remote_lines, local.currency, other)
        self._fill_lines(self.remote_lines, remote_lines, local_lines, remote.currency, "mine")
        differing = []
        for key, caption in FIELDS:
            differs = mine[key] != theirs[key]
            mark(self.cells[f"local{key}"], mine[key], differs, other)
            mark(self.cells[f"remote{key}"], theirs[key], differs, "mine")
            differing += [caption] if differs else []
            differing += ["Lines"] if key == LINES_AFTER and lines_differ else []
        self.differences_label.setText(
            f"{MARK} marks what differs: {', '.join(differing)}."
            if differing
            else "What is shown here is the same in both versions; the channel changed something else."
        )
        why = next((entry for entry in reversed(history(order)) if entry.action == "conflict"), None)
        reason = why.detail.removeprefix("conflict: ").split("; choose")[0] if why is not None else ""
        self.why_label.setText(f"What happened: {reason}." if reason else "")
        self.why_label.setVisible(bool(reason))
        self._explain(order)

    @staticmethod
    def _fill_lines(table: QTableWidget, lines: Lines, other_lines: Lines, currency: str, other: str) -> bool:
        """One side's lines; a line the other side lacks or has otherwise is marked. True if any differs."""
        table.setRowCount(len(lines))
        any_differs = len(lines) != len(other_lines)
        for row, (key, line) in enumerate(lines.items()):
            differs = _essence(line) != _essence(other_lines.get(key))
            any_differs = any_differs or differs
            why = f"Not in {other}" if key not in other_lines else f"Different in {other}"
            price, total = money(line.unit_price, currency), money(line.total, currency)
            for column, text in enumerate((line.sku, line.name, str(line.quantity), price, total)):
                shown = f"{MARK} {text}" if differs and column == 0 else text
                item = put_text(table, row, column, shown, numeric=column >= 2)
                if differs:
                    _bold(item)
                    item.setBackground(HIGHLIGHT)
                    item.setToolTip(why)
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)
        return any_differs

    def _explain(self, order: Order) -> None:
        channel = self.channel_name
        waiting = sum(event.state in OPEN_STATES for event in events_of(order))
        if supports(order.channel.kind, EventKind.EDIT):
            keep = f"Your version (left) stays and is sent to {channel}, replacing what {channel} changed (right)."
        else:
            keep = (
                f"Your version (left) stays here. {channel} takes no edits: your {waiting} waiting change(s) are "
                f"sent, the rest of {channel}'s version stays as it is there."
            )
        take = (
            f"The order becomes {channel}'s version (right). Your {waiting} change(s) not yet sent are dropped "
            f"and never reach {channel}."
        )
        for button, label, text in ((self.keep_button, self.keep_text, keep), (self.take_button, self.take_text, take)):
            label.setText(text)
            button.setToolTip(text)
            button.setAccessibleDescription(text)
            button.setEnabled(True)

    def block(self, message: str) -> None:
        super().block(message)
        self.keep_button.setEnabled(False)
        self.take_button.setEnabled(False)

    # -- choosing ------------------------------------------------------------------------------------------
    def _still_as_shown(self) -> bool:
        """The operator chooses between the two versions on screen: if either changed meanwhile, show the new
        ones and let them choose again, rather than resolve with a version they have not seen."""
        order = Order.get_or_none(Order.id == self.order_id)
        if order is None or order.sync_state != SyncState.CONFLICT.value or order.remote_snapshot is None:
            reference = order.reference if order is not None else f"{self.order_id}"
            self.block(f"Order {reference} is no longer in conflict (someone resolved it). Nothing was changed.")
            return False
        if (order.version, order.remote_snapshot) != self._seen:
            self._show(order)
            self.form_error.show_message(
                "The order changed while this window was open; both versions above are the latest now. "
                "Nothing was changed: choose again."
            )
            return False
        return True

    def _choose(self, resolve: Callable[..., conflicts.Resolution]) -> None:
        if self.blocked or not self._still_as_shown():
            return
        newest = OutboxEvent.select(OutboxEvent.id).order_by(OutboxEvent.id.desc()).first()
        resolution = self.call_service(resolve, self.order_id, user=self.user)
        if resolution is None:
            order = Order.get_or_none(Order.id == self.order_id)
            if order is None or order.sync_state != SyncState.CONFLICT.value:
                self.block(self.form_error.text())
            return
        self.message = resolution.message
        sent = OutboxEvent.select().where(
            OutboxEvent.order == self.order_id,
            OutboxEvent.id > (newest.id if newest is not None else 0),
            OutboxEvent.kind == EventKind.EDIT.value,
        )
        self.done_with([self.order_id], list(sent.order_by(OutboxEvent.id)))
