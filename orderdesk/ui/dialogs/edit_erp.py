"""The ERP part of the edit dialog (CloudSuite, seed 001 steps 3b/3c): the order's ERP number and each line's.

Checked as typed with core.erp_numbers, the rules services.erp.set_erp_numbers applies again on save: a line number
is a whole number above zero, each line its own, and once line numbers change every line needs one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QTableWidget, QVBoxLayout, QWidget

from orderdesk.core import erp_numbers
from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store.models import Order, OrderLine
from orderdesk.ui import locale_format
from orderdesk.ui.dialogs.widgets import FieldError, correct_marked, line_table, named, put_text

HEADERS = (
    QT_TRANSLATE_NOOP("ErpPanel", "SKU"),
    QT_TRANSLATE_NOOP("ErpPanel", "Product"),
    QT_TRANSLATE_NOOP("ErpPanel", "Quantity"),
    QT_TRANSLATE_NOOP("ErpPanel", "ERP line"),
)
SKU, PRODUCT, QUANTITY, ERP_LINE = range(4)


class ErpPanel(QWidget):
    """The ERP order number and the lines' ERP numbers, as typed; `changed` whenever one of them is edited."""

    changed = Signal()

    def __init__(
        self,
        order: Order,
        lines: Sequence[OrderLine],
        field_error: Callable[..., FieldError],
        *,
        mode: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "erpPanel", translate("ErpPanel", "ERP numbers of the order"))
        self._number = order.erp_order_number or ""
        self._lines = {line.id: (line.sku, line.erp_line_number or "") for line in lines}
        how = (
            translate(
                "ErpPanel",
                "Acknowledging the order gives it its ERP numbers; correct them here if the ERP uses others.",
            )
            if mode == erp_numbers.AUTO
            else translate(
                "ErpPanel",
                "This channel's ERP numbers are entered by hand: give the order its number and every line one.",
            )
        )
        self.mode_label = named(
            QLabel(how), "erpModeLabel", translate("ErpPanel", "How this channel gets its ERP numbers")
        )
        self.mode_label.setWordWrap(True)
        self.number_edit = named(QLineEdit(self._number), "erpNumberEdit", translate("ErpPanel", "ERP order number"))
        self.number_edit.setMaxLength(erp_numbers.MAX_NUMBER_LENGTH)
        self.number_edit.textChanged.connect(self.changed)
        self.number_error = field_error(
            "erpNumberError", translate("ErpPanel", "Problem with the ERP order number"), "erp_order_number"
        )
        self.table: QTableWidget = line_table(
            "erpLinesTable",
            translate("ErpPanel", "ERP line numbers of the lines"),
            [translate("ErpPanel", header) for header in HEADERS],
            len(lines),
        )
        self.edits: dict[int, QLineEdit] = {}
        for row, line in enumerate(lines):
            put_text(self.table, row, SKU, line.sku)
            put_text(self.table, row, PRODUCT, line.name)
            put_text(self.table, row, QUANTITY, locale_format.count(line.quantity), numeric=True)
            edit = named(
                QLineEdit(line.erp_line_number or ""),
                f"erpLineEdit_{line.id}",
                translate("ErpPanel", "ERP line number of {sku}", sku=line.sku),
            )
            edit.textChanged.connect(self.changed)
            self.table.setCellWidget(row, ERP_LINE, edit)
            self.edits[line.id] = edit
        self.lines_error = field_error(
            "erpLinesError", translate("ErpPanel", "Problem with the ERP line numbers"), "erp_line_number"
        )
        form = QFormLayout()
        form.addRow(translate("ErpPanel", "ERP order number"), self.number_edit)
        form.addRow("", self.number_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_label)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lines_error)

    # -- what changed ------------------------------------------------------------------------------------------
    def number_change(self) -> str | None:
        """The typed order number when it differs from the stored one (spaces around it do not count)."""
        typed = self.number_edit.text().strip()
        return typed if typed != self._number.strip() else None

    def line_changes(self) -> dict[int, str]:
        return {
            line_id: edit.text().strip()
            for line_id, edit in self.edits.items()
            if edit.text().strip() != self._lines[line_id][1]
        }

    def has_changes(self) -> bool:
        return self.number_change() is not None or bool(self.line_changes())

    def saved(self, order: Order, lines: Sequence[OrderLine]) -> None:
        """The numbers now stored: nothing is a change any more."""
        self._number = order.erp_order_number or ""
        self._lines = {line.id: (line.sku, line.erp_line_number or "") for line in lines}

    # -- checking ----------------------------------------------------------------------------------------------
    def problem(self) -> str | None:
        """What keeps the numbers from being saved, marked next to its field; None when nothing does."""
        problem = None
        number = self.number_change()
        message = None
        if number is not None:
            try:
                erp_numbers.parse_order_number(self.number_edit.text())
            except RuleViolation as exc:
                message = exc.message
        self.number_error.show_message(message)
        problem = problem or message
        self.lines_error.show_message(self._lines_problem())
        problem = problem or self.lines_error.text() or None
        return correct_marked() if problem else None

    def _lines_problem(self) -> str | None:
        changes = self.line_changes()
        if not changes:
            return None
        numbers: dict[int, str] = {}
        for line_id, edit in self.edits.items():
            text = edit.text().strip()
            sku = self._lines[line_id][0]
            if not text:
                return translate("ErpPanel", "Give every line an ERP line number: {sku} has none.", sku=sku)
            try:
                numbers[line_id] = erp_numbers.parse_line_number(
                    text, translate("ErpPanel", "The ERP line number of {sku}", sku=sku)
                )
            except RuleViolation as exc:
                return exc.message
        seen: dict[str, str] = {}
        for line_id, value in numbers.items():
            sku = self._lines[line_id][0]
            if value in seen:
                return translate(
                    "ErpPanel",
                    "ERP line number {number} is given to both {first} and {second}: each line needs its own.",
                    number=value,
                    first=seen[value],
                    second=sku,
                )
            seen[value] = sku
        return None
