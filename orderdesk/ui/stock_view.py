"""The Stock view (seed 002's Update Inventory): the quantities to publish per SKU and channel, what was last sent
and what the channel answered; an operator sets a quantity or imports a sku,quantity CSV through services.stock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core import capabilities
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.labels import label_in
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import stock
from orderdesk.store.models import Channel
from orderdesk.ui import locale_format
from orderdesk.ui.dialogs.widgets import FieldError, named

# Column titles and a stock row's states in the view's words, shown through translate("StockView", text).
COLUMNS = [
    QT_TRANSLATE_NOOP("StockView", "SKU"),
    QT_TRANSLATE_NOOP("StockView", "Channel"),
    QT_TRANSLATE_NOOP("StockView", "Quantity to publish"),
    QT_TRANSLATE_NOOP("StockView", "Last sent"),
    QT_TRANSLATE_NOOP("StockView", "State"),
    QT_TRANSLATE_NOOP("StockView", "Channel's answer"),
]
STATE_WORDS = {
    "pending": QT_TRANSLATE_NOOP("StockView", "waiting"),
    "in_flight": QT_TRANSLATE_NOOP("StockView", "sending"),
    "uncertain": QT_TRANSLATE_NOOP("StockView", "checking (answer lost)"),
    "done": QT_TRANSLATE_NOOP("StockView", "published"),
    "failed": QT_TRANSLATE_NOOP("StockView", "failed"),
}
REFRESH_MS = 2000  # while open, the view follows the sync thread's progress
REFUSED_SHOWN = 20  # refused lines listed in the view; the rest are counted


class StockView(QDialog):
    """Not modal: it stays open beside the order table while a count is keyed in."""

    stock_queued = Signal()  # quantities were queued: the sync thread may send them now

    def __init__(self, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockView", translate("StockView", "Stock"))
        self.setWindowTitle(translate("StockView", "Stock"))
        self.user = user
        self.table = named(QTableWidget(0, len(COLUMNS)), "stockTable", translate("StockView", "Stock quantities"))
        self.table.setHorizontalHeaderLabels([translate("StockView", title) for title in COLUMNS])
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):  # every title readable in every language; the answer takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # by SKU until told otherwise
        self.table.cellClicked.connect(self._row_picked)
        self._shown: list[tuple[Any, ...]] | None = None

        self.channel_combo = named(QComboBox(), "stockChannelCombo", translate("StockView", "Channel to publish to"))
        self.sku_edit = named(QLineEdit(), "stockSkuEdit", translate("StockView", "SKU"))
        self.sku_edit.setPlaceholderText(translate("StockView", "SKU"))
        self.quantity_spin = named(QSpinBox(), "stockQuantitySpin", translate("StockView", "Quantity to publish"))
        self.quantity_spin.setRange(0, stock.MAX_QUANTITY)
        self.set_button = named(
            QPushButton(translate("StockView", "Queue quantity")),
            "stockSetButton",
            translate("StockView", "Queue the quantity for the SKU"),
        )
        self.import_button = named(
            QPushButton(translate("StockView", "Import CSV…")),
            "stockImportButton",
            translate("StockView", "Import a sku,quantity CSV file"),
        )
        self.retry_button = named(
            QPushButton(translate("StockView", "Retry failed")),
            "stockRetryButton",
            translate("StockView", "Send the failed quantities again"),
        )
        self.message = named(QLabel(), "stockMessage", translate("StockView", "What the last stock action did"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = FieldError("stockError", translate("StockView", "Why the stock action was refused"))

        form = QHBoxLayout()
        form.addWidget(QLabel(translate("StockView", "Channel")))
        form.addWidget(self.channel_combo)
        form.addWidget(self.sku_edit, 1)
        form.addWidget(self.quantity_spin)
        form.addWidget(self.set_button)
        form.addWidget(self.import_button)
        form.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.set_button.clicked.connect(self.queue_quantity)
        self.sku_edit.returnPressed.connect(self.queue_quantity)
        self.import_button.clicked.connect(self._choose_file)
        self.retry_button.clicked.connect(self.retry_failed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.resize(900, 520)
        self._load_channels()
        self.refresh()

    # ---- showing --------------------------------------------------------------------------------------------
    def _load_channels(self) -> None:
        chosen = self.channel_combo.currentText()
        self.channel_combo.clear()
        for channel in Channel.select().order_by(Channel.name):
            if capabilities.supports(channel.kind, EventKind.STOCK):
                self.channel_combo.addItem(channel.name)
        if chosen:
            self.channel_combo.setCurrentText(chosen)
        none = self.channel_combo.count() == 0
        for control in (self.set_button, self.import_button, self.retry_button):
            control.setEnabled(not none)
        self.message.setText(
            translate("StockView", "No channel takes stock quantities: add a Magento channel under Channels… first.")
            if none
            else ""
        )

    def refresh(self) -> None:
        rows = stock.levels()
        shown: list[tuple[Any, ...]] = [(r.id, r.quantity, r.state, r.last_sent_at, r.answer) for r in rows]
        if shown == self._shown:
            return  # nothing moved: the table (and the operator's place in it) stays as it is
        self._shown = shown
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            last = ""
            if row.last_sent_at is not None:
                sent = locale_format.count(row.sent_quantity or 0)
                last = translate(
                    "StockView", "{quantity} at {time}", quantity=sent, time=locale_format.date_time(row.last_sent_at)
                )
            values = [
                row.sku,
                row.channel.name,
                locale_format.count(row.quantity),
                last,
                label_in("StockView", STATE_WORDS, str, row.state),
                row.answer,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setData(Qt.ItemDataRole.UserRole, row.quantity)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.setSortingEnabled(True)
        failed = sum(r.state == "failed" for r in rows)
        self.retry_button.setToolTip(translate("StockView", "%n quantity(ies) failed", failed))

    def _row_picked(self, row: int, _column: int) -> None:
        """Picking a row fills the form, so a recount of that SKU is one number away."""
        sku, channel, quantity = (self.table.item(row, c) for c in (0, 1, 2))
        if sku is None or channel is None or quantity is None:
            return
        self.sku_edit.setText(sku.text())
        self.channel_combo.setCurrentText(channel.text())
        self.quantity_spin.setValue(int(quantity.data(Qt.ItemDataRole.UserRole)))  # the text has the locale's grouping

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_channels()  # a channel may have been added or removed since the view was last open
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    # ---- acting -----------------------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.error.show_message(None)
        self.message.setText(text)
        self.refresh()
        self.stock_queued.emit()

    def queue_quantity(self) -> None:
        channel = self.channel_combo.currentText()
        sku = self.sku_edit.text().strip()
        quantity = self.quantity_spin.value()
        try:
            stock.set_quantities(channel, {sku: str(quantity)}, user=self.user)
        except RuleViolation as exc:
            self.error.show_message(exc.message)
            return
        self._done(
            translate(
                "StockView",
                "{sku}: {quantity} queued for {channel}.",
                sku=sku,
                quantity=locale_format.count(quantity),
                channel=channel,
            )
        )
        self.sku_edit.clear()
        self.sku_edit.setFocus()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("StockView", "Import stock quantities"),
            "",
            translate("StockView", "CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        channel = self.channel_combo.currentText()
        try:
            result = stock.import_file(channel, path, user=self.user)
        except RuleViolation as exc:
            self.error.show_message(exc.message)
            return
        # Clauses joined by "; ", each a whole clause to translate; the refused lines are the checks' own sentences.
        clauses = [
            translate(
                "StockView",
                "{file}: %Ln quantity(ies) queued for {channel}",
                len(result.queued),
                file=path.name,
                channel=channel,
            )
        ]
        if result.repeated:
            clauses.append(translate("StockView", "%Ln repeated SKU(s), the later line counts", result.repeated))
        listed = ""
        if result.refused:
            clauses.append(translate("StockView", "%Ln line(s) refused:", len(result.refused)))
            shown = result.refused[:REFUSED_SHOWN]
            lines = [translate("StockView", "line {number}: {reason}", number=n, reason=why) for n, why in shown]
            more = len(result.refused) - REFUSED_SHOWN
            if more > 0:
                lines.append(translate("StockView", "… and %Ln more", more))
            listed = "\n" + "\n".join(lines)
        self._done("; ".join(clauses) + (listed if result.refused else "."))

    def retry_failed(self) -> None:
        channel = self.channel_combo.currentText()
        try:
            count = stock.retry_failed(channel, user=self.user)
        except RuleViolation as exc:
            self.error.show_message(exc.message)
            return
        self._done(
            translate("StockView", "%Ln failed quantity(ies) queued again for {channel}.", count, channel=channel)
        )
