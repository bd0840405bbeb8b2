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
from orderdesk.services import stock
from orderdesk.store.models import Channel
from orderdesk.ui.dialogs.widgets import FieldError, named

COLUMNS = ["SKU", "Channel", "Quantity to publish", "Last sent", "State", "Channel's answer"]
STATE_WORDS = {
    "pending": "waiting",
    "in_flight": "sending",
    "uncertain": "checking (answer lost)",
    "done": "published",
    "failed": "failed",
}
REFRESH_MS = 2000  # while open, the view follows the sync thread's progress
REFUSED_SHOWN = 20  # refused lines listed in the view; the rest are counted


class StockView(QDialog):
    """Not modal: it stays open beside the order table while a count is keyed in."""

    stock_queued = Signal()  # quantities were queued: the sync thread may send them now

    def __init__(self, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockView", "Stock")
        self.setWindowTitle("Stock")
        self.user = user
        self.table = named(QTableWidget(0, len(COLUMNS)), "stockTable", "Stock quantities")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # by SKU until told otherwise
        self.table.cellClicked.connect(self._row_picked)
        self._shown: list[tuple[Any, ...]] | None = None

        self.channel_combo = named(QComboBox(), "stockChannelCombo", "Channel to publish to")
        self.sku_edit = named(QLineEdit(), "stockSkuEdit", "SKU")
        self.sku_edit.setPlaceholderText("SKU")
        self.quantity_spin = named(QSpinBox(), "stockQuantitySpin", "Quantity to publish")
        self.quantity_spin.setRange(0, stock.MAX_QUANTITY)
        self.set_button = named(QPushButton("Queue quantity"), "stockSetButton", "Queue the quantity for the SKU")
        self.import_button = named(QPushButton("Import CSV…"), "stockImportButton", "Import a sku,quantity CSV file")
        self.retry_button = named(QPushButton("Retry failed"), "stockRetryButton", "Send the failed quantities again")
        self.message = named(QLabel(), "stockMessage", "What the last stock action did")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = FieldError("stockError", "Why the stock action was refused")

        form = QHBoxLayout()
        form.addWidget(QLabel("Channel"))
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
            "No channel takes stock quantities: add a Magento channel under Channels… first." if none else ""
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
                last = f"{row.sent_quantity} at {row.last_sent_at.astimezone():%Y-%m-%d %H:%M}"
            values = [
                row.sku,
                row.channel.name,
                str(row.quantity),
                last,
                STATE_WORDS.get(row.state, row.state),
                row.answer,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setData(Qt.ItemDataRole.UserRole, row.quantity)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.setSortingEnabled(True)
        self.retry_button.setToolTip(f"{sum(r.state == 'failed' for r in rows)} failed")

    def _row_picked(self, row: int, _column: int) -> None:
        """Picking a row fills the form, so a recount of that SKU is one number away."""
        sku, channel, quantity = (self.table.item(row, c) for c in (0, 1, 2))
        if sku is None or channel is None or quantity is None:
            return
        self.sku_edit.setText(sku.text())
        self.channel_combo.setCurrentText(channel.text())
        self.quantity_spin.setValue(int(quantity.text()))

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
        self._done(f"{sku}: {quantity} queued for {channel}.")
        self.sku_edit.clear()
        self.sku_edit.setFocus()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import stock quantities", "", "CSV files (*.csv);;All files (*)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        channel = self.channel_combo.currentText()
        try:
            result = stock.import_file(channel, path, user=self.user)
        except RuleViolation as exc:
            self.error.show_message(exc.message)
            return
        text = f"{path.name}: {len(result.queued)} quantities queued for {channel}"
        if result.repeated:
            text += f"; {result.repeated} repeated SKU(s), the later line counts"
        if result.refused:
            listed = "\n".join(f"line {n}: {why}" for n, why in result.refused[:REFUSED_SHOWN])
            more = len(result.refused) - REFUSED_SHOWN
            text += f"; {len(result.refused)} line(s) refused:\n{listed}" + (f"\n… and {more} more" if more > 0 else "")
        self._done(text + ("" if result.refused else "."))

    def retry_failed(self) -> None:
        channel = self.channel_combo.currentText()
        try:
            count = stock.retry_failed(channel, user=self.user)
        except RuleViolation as exc:
            self.error.show_message(exc.message)
            return
        self._done(f"{count} failed quantit{'y' if count == 1 else 'ies'} queued again for {channel}.")
