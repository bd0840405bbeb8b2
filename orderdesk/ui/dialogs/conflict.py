"""Resolving a sync conflict: the desk's version and the channel's side by side, what differs marked, and the
operator's choice (services.conflicts.keep_local or take_remote). Each button says plainly what it will do, so
neither asks again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from orderdesk.core.capabilities import supports
from orderdesk.core.commission import commission
from orderdesk.core.events import OPEN_STATES, EventKind
from orderdesk.core.records import Address, LineRecord, OrderRecord
from orderdesk.core.statuses import SyncState
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import conflicts
from orderdesk.store.audit import history
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import order_record
from orderdesk.store.outbox import events_of
from orderdesk.store.upsert import remote_record
from orderdesk.ui import locale_format
from orderdesk.ui.dialogs.widgets import (
    OrderDialog,
    commission_label,
    line_table,
    money,
    named,
    no_default,
    put_text,
    status_text,
    summary_label,
)

MARK = "≠"  # in front of every value that differs: the difference is readable without colour
HIGHLIGHT = QColor(255, 193, 7, 70)  # translucent amber: readable on the light and the dark palette
HIGHLIGHT_STYLE = "background-color: rgba(255, 193, 7, 70);"
LINE_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictDialog", "SKU"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Product"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Qty"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Unit price"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Line total"),
)
# (key for the objectNames local<Key> / remote<Key>, the label the operator reads)
FIELDS = (
    ("Status", QT_TRANSLATE_NOOP("ConflictDialog", "Status")),
    ("Consignment", QT_TRANSLATE_NOOP("ConflictDialog", "Consignment number")),
    ("Carrier", QT_TRANSLATE_NOOP("ConflictDialog", "Carrier")),
    ("ErpNumber", QT_TRANSLATE_NOOP("ConflictDialog", "ERP order number")),
    ("ErpLines", QT_TRANSLATE_NOOP("ConflictDialog", "ERP line numbers")),
    ("Customer", QT_TRANSLATE_NOOP("ConflictDialog", "Customer")),
    ("ShippingAddress", QT_TRANSLATE_NOOP("ConflictDialog", "Ship to")),
    ("BillingAddress", QT_TRANSLATE_NOOP("ConflictDialog", "Bill to")),
    ("LinesTotal", QT_TRANSLATE_NOOP("ConflictDialog", "Lines total")),
    ("Shipping", QT_TRANSLATE_NOOP("ConflictDialog", "Shipping")),
    ("Total", QT_TRANSLATE_NOOP("ConflictDialog", "Total")),
    ("Commission", QT_TRANSLATE_NOOP("ConflictDialog", "Commission")),
)
LINES_AFTER = "BillingAddress"  # the line tables sit between the addresses and the totals
Lines = dict[str, LineRecord]


@dataclass(frozen=True)
class Other:
    """How a side names the version it is compared with, in the sentences a screen reader and a tooltip say."""

    differs: str
    same: str
    missing: str
    changed: str


def against_channel(channel: str) -> Other:
    """Words for the desk's side, compared with the channel's version."""
    return Other(
        translate("ConflictDialog", "Differs from {channel}'s version", channel=channel),
        translate("ConflictDialog", "Same as {channel}'s version", channel=channel),
        translate("ConflictDialog", "Not in {channel}'s version", channel=channel),
        translate("ConflictDialog", "Different in {channel}'s version", channel=channel),
    )


def against_mine() -> Other:
    """Words for the channel's side, compared with the desk's version."""
    return Other(
        translate("ConflictDialog", "Differs from mine"),
        translate("ConflictDialog", "Same as mine"),
        translate("ConflictDialog", "Not in mine"),
        translate("ConflictDialog", "Different in mine"),
    )


def _text(*parts: str) -> str:
    return "\n".join(part for part in parts if part) or "—"


def _address(a: Address) -> str:
    city = " ".join(part for part in (a.postcode, a.city) if part)
    return _text(a.name, a.company, a.street, city, a.region, a.country, a.phone)


def _values(record: OrderRecord, commission_value: Decimal | None) -> dict[str, str]:
    """What each row of the comparison shows for one version, as text (compared as text, too)."""
    currency = record.currency
    return {
        "Status": status_text(record.status),
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


def mark(label: QLabel, text: str, differs: bool, other: Other) -> None:
    """Show a value; a differing one is bold, marked and highlighted, and says so to a screen reader."""
    label.setText(f"{MARK} {text}" if differs else text)
    _bold(label, differs)
    label.setStyleSheet(HIGHLIGHT_STYLE if differs else "")
    label.setAccessibleDescription(other.differs if differs else other.same)


class ConflictDialog(OrderDialog):
    """Choose between the desk's version of an order and the one its channel sent while local changes waited."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="conflictDialog",
            accessible_name=translate("ConflictDialog", "Resolve sync conflict"),
            reason_name="conflictReason",
            user=user,
            ok_text=translate("ConflictDialog", "Resolve"),
            parent=parent,
        )
        self.setWindowTitle(translate("ConflictDialog", "Resolve sync conflict"))
        # The choice is one of the two buttons below, never Enter: the OK of the frame is not used.
        self.buttons.removeButton(self.ok_button)
        self.ok_button.setParent(self)
        self.ok_button.hide()
        self.order_id = order_id
        self.channel_name = translate("ConflictDialog", "the channel")
        self.message = ""  # the service's words about what was done
        self._seen: tuple[int, object] | None = None
        keep = translate("ConflictDialog", "Keep mine and send it")
        take = translate("ConflictDialog", "Take the channel's version")
        self.keep_button = named(no_default(QPushButton(keep)), "keepLocalButton", keep)
        self.take_button = named(no_default(QPushButton(take)), "takeRemoteButton", take)
        self.keep_text = named(QLabel(), "keepLocalExplanation", translate("ConflictDialog", "What keeping mine does"))
        self.take_text = named(
            QLabel(), "takeRemoteExplanation", translate("ConflictDialog", "What taking the channel's version does")
        )
        self.why_label = named(QLabel(), "conflictWhy", translate("ConflictDialog", "Why the order is in conflict"))
        self.differences_label = named(QLabel(), "conflictDifferences", translate("ConflictDialog", "What differs"))
        headers = [translate("ConflictDialog", header) for header in LINE_HEADERS]
        self.local_lines = line_table("localLinesTable", translate("ConflictDialog", "Lines, mine"), headers)
        self.remote_lines = line_table(
            "remoteLinesTable", translate("ConflictDialog", "Lines, the channel's version"), headers
        )
        self.cells: dict[str, QLabel] = {}
        order = self.load_order(order_id)
        if order is not None:
            self.order_id = order.id
            self.channel_name = order.channel.name
            self.setWindowTitle(
                translate("ConflictDialog", "Resolve sync conflict: {reference}", reference=order.reference)
            )
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
        channel = self.channel_name
        remote_title = translate("ConflictDialog", "{channel}'s version", channel=channel)
        local_title = translate("ConflictDialog", "Mine (on this desk)")
        for column, name, title in ((1, "localHeading", local_title), (2, "remoteHeading", remote_title)):
            heading = named(QLabel(title), name, title)
            _bold(heading)
            grid.addWidget(heading, 0, column)
        row = 1
        for key, source in FIELDS:
            caption = translate("ConflictDialog", source)
            grid.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            for side, column, accessible in (
                ("local", 1, translate("ConflictDialog", "{field}, mine", field=caption)),
                (
                    "remote",
                    2,
                    translate("ConflictDialog", "{field}, {channel}'s version", field=caption, channel=channel),
                ),
            ):
                cell = named(QLabel(), f"{side}{key}", accessible)
                cell.setTextFormat(Qt.TextFormat.PlainText)  # customer data is never markup
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[f"{side}{key}"] = cell
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            row += 1
            if key == LINES_AFTER:
                grid.addWidget(QLabel(translate("ConflictDialog", "Lines")), row, 0, Qt.AlignmentFlag.AlignTop)
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
            self.block(
                translate(
                    "ConflictDialog",
                    "Order {reference} has no conflict to resolve (any more). Nothing to choose here.",
                    reference=order.reference,
                )
            )
            return
        self._seen = (order.version, order.remote_snapshot)
        local = order_record(order)
        other, theirs_other = against_channel(self.channel_name), against_mine()
        mine = _values(local, order.commission)
        theirs = _values(remote, commission(remote.commission_rate, remote.lines_total, remote.currency))
        local_lines, remote_lines = _keyed(local.lines), _keyed(remote.lines)
        lines_differ = self._fill_lines(self.local_lines, local_lines, remote_lines, local.currency, other)
        self._fill_lines(self.remote_lines, remote_lines, local_lines, remote.currency, theirs_other)
        differing = []
        for key, caption in FIELDS:
            differs = mine[key] != theirs[key]
            mark(self.cells[f"local{key}"], mine[key], differs, other)
            mark(self.cells[f"remote{key}"], theirs[key], differs, theirs_other)
            differing += [translate("ConflictDialog", caption)] if differs else []
            differing += [translate("ConflictDialog", "Lines")] if key == LINES_AFTER and lines_differ else []
        self.differences_label.setText(
            translate("ConflictDialog", "{mark} marks what differs: {fields}.", mark=MARK, fields=", ".join(differing))
            if differing
            else translate(
                "ConflictDialog", "What is shown here is the same in both versions; the channel changed something else."
            )
        )
        why = next((entry for entry in reversed(history(order)) if entry.action == "conflict"), None)
        reason = why.detail.removeprefix("conflict: ").split("; choose")[0] if why is not None else ""
        self.why_label.setText(translate("ConflictDialog", "What happened: {reason}.", reason=reason) if reason else "")
        self.why_label.setVisible(bool(reason))
        self._explain(order)

    @staticmethod
    def _fill_lines(table: QTableWidget, lines: Lines, other_lines: Lines, currency: str, other: Other) -> bool:
        """One side's lines; a line the other side lacks or has otherwise is marked. True if any differs."""
        table.setRowCount(len(lines))
        any_differs = len(lines) != len(other_lines)
        for row, (key, line) in enumerate(lines.items()):
            differs = _essence(line) != _essence(other_lines.get(key))
            any_differs = any_differs or differs
            why = other.missing if key not in other_lines else other.changed
            price, total = money(line.unit_price, currency), money(line.total, currency)
            quantity = locale_format.count(line.quantity)
            for column, text in enumerate((line.sku, line.name, quantity, price, total)):
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
            keep = translate(
                "ConflictDialog",
                "Your version (left) stays and is sent to {channel}, replacing what {channel} changed (right).",
                channel=channel,
            )
        else:
            keep = translate(
                "ConflictDialog",
                "Your version (left) stays here. {channel} takes no edits: it gets your %n waiting change(s), and "
                "the rest of {channel}'s version stays as it is there.",
                waiting,
                channel=channel,
            )
        take = translate(
            "ConflictDialog",
            "The order becomes {channel}'s version (right). What you changed and is not yet sent (%n change(s)) is "
            "dropped and never reaches {channel}.",
            waiting,
            channel=channel,
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
            self.block(
                translate(
                    "ConflictDialog",
                    "Order {reference} is no longer in conflict (someone resolved it). Nothing was changed.",
                    reference=reference,
                )
            )
            return False
        if (order.version, order.remote_snapshot) != self._seen:
            self._show(order)
            self.form_error.show_message(
                translate(
                    "ConflictDialog",
                    "The order changed while this window was open; both versions above are the latest now. "
                    "Nothing was changed: choose again.",
                )
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
