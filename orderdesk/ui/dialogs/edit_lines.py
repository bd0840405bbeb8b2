"""The lines part of the edit dialog: quantities, lines removed and added, and the totals that follow live."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.money import ZERO
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services.editing import NewLine
from orderdesk.store.models import Order, OrderLine
from orderdesk.ui import locale_format
from orderdesk.ui.dialogs.widgets import (
    SPIN_WIDTH,
    EnterKey,
    FieldError,
    commission_text,
    correct_marked,
    line_table,
    lines_total,
    money,
    named,
    no_default,
    put_text,
    totals_text,
)

HEADERS = (
    QT_TRANSLATE_NOOP("LinesEditor", "SKU"),
    QT_TRANSLATE_NOOP("LinesEditor", "Product"),
    QT_TRANSLATE_NOOP("LinesEditor", "Unit price"),
    QT_TRANSLATE_NOOP("LinesEditor", "Quantity"),
    QT_TRANSLATE_NOOP("LinesEditor", "Line total"),
    "",
)
SKU, PRODUCT, PRICE, QUANTITY, LINE_TOTAL, REMOVE = range(6)
MAX_QUANTITY = validation.MAX_QUANTITY
PRICE_LABEL = QT_TRANSLATE_NOOP("LinesEditor", "The unit price")
NO_LINES = QT_TRANSLATE_NOOP(
    "LinesEditor", "An order needs at least one line; cancel the order instead of removing every line."
)


@dataclass
class _Row:
    line_id: int | None  # None for a line added in this edit
    sku: str
    name: str
    unit_price: Decimal
    original: int  # the stored quantity; 0 for an added line
    spin: QSpinBox
    remove: QPushButton

    @property
    def removed(self) -> bool:
        return self.line_id is not None and self.remove.isChecked()


class LinesEditor(QWidget):
    """The order's lines with a quantity spin and a Remove button each, the "Add a line" fields, and the totals.

    `field_error` is the dialog's OrderDialog.field_error, so a service refusal about a SKU or a price lands here.
    """

    changed = Signal()
    line_removed = Signal(int, bool)  # line id, removed

    def __init__(
        self,
        order: Order,
        lines: Sequence[OrderLine],
        field_error: Callable[..., FieldError],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "linesEditor", translate("LinesEditor", "Lines of the order"))
        self.currency: str = order.currency
        self.rate: Decimal | None = order.commission_rate
        self.shipping: Decimal = order.shipping_total or ZERO
        self._rows: list[_Row] = []
        self._added = 0
        self._tried_add = False
        self.table: QTableWidget = line_table(
            "editLinesTable",
            translate("LinesEditor", "Lines of the order"),
            [translate("LinesEditor", header) if header else "" for header in HEADERS],
        )
        self.lines_error = field_error(
            "linesError", translate("LinesEditor", "Problem with the lines"), "quantity", "lines"
        )
        self.total_label = named(QLabel(), "totalLabel", translate("LinesEditor", "Order total"))
        self.commission_label = named(QLabel(), "commissionLabel", translate("LinesEditor", "Affiliate commission"))

        self.sku_edit = named(QLineEdit(), "newSkuEdit", translate("LinesEditor", "SKU of the new line"))
        self.name_edit = named(QLineEdit(), "newNameEdit", translate("LinesEditor", "Product name of the new line"))
        self.name_edit.setPlaceholderText(translate("LinesEditor", "optional; the SKU when empty"))
        self.quantity_spin = named(QSpinBox(), "newQuantitySpin", translate("LinesEditor", "Quantity of the new line"))
        self.quantity_spin.setMinimumWidth(SPIN_WIDTH)
        self.quantity_spin.setRange(1, MAX_QUANTITY)
        self.price_edit = named(QLineEdit(), "newPriceEdit", translate("LinesEditor", "Unit price of the new line"))
        self.price_edit.setPlaceholderText(
            translate(
                "LinesEditor",
                "e.g. {example} ({currency})",
                example=locale_format.decimal(Decimal("12.50")),
                currency=self.currency,
            )
        )
        self.add_button = no_default(
            named(
                QPushButton(translate("LinesEditor", "Add line")),
                "addLineButton",
                translate("LinesEditor", "Add the line to the order"),
            )
        )
        self.sku_error = field_error("skuError", translate("LinesEditor", "Problem with the SKU"), "sku")
        # Not registered for the service's "name" field: that one is the recipient's in the address.
        self.name_error = FieldError("productNameError", translate("LinesEditor", "Problem with the product name"))
        self.price_error = field_error(
            "unitPriceError", translate("LinesEditor", "Problem with the unit price"), "unit_price"
        )

        for line in lines:
            self._append(line.id, line.sku, line.name, line.unit_price, line.quantity)
        self.add_button.clicked.connect(self.add_new_line)
        # In these fields Enter adds the line (a scanner ends a SKU with Enter) instead of saving the whole edit.
        for widget in (self.sku_edit, self.name_edit, self.quantity_spin, self.price_edit):
            EnterKey(widget, self.add_new_line)
        for edit in (self.sku_edit, self.name_edit, self.price_edit):
            edit.textChanged.connect(self.changed)

        form = QGridLayout()
        for column, (text, field_widget, error) in enumerate(
            (
                (translate("LinesEditor", "SKU"), self.sku_edit, self.sku_error),
                (translate("LinesEditor", "Product"), self.name_edit, self.name_error),
                (translate("LinesEditor", "Quantity"), self.quantity_spin, None),
                (translate("LinesEditor", "Unit price"), self.price_edit, self.price_error),
            )
        ):
            form.addWidget(QLabel(text), 0, column)
            form.addWidget(field_widget, 1, column)
            if error is not None:
                form.addWidget(error, 2, column)
        form.addWidget(self.add_button, 1, 4)
        form.setColumnStretch(1, 1)
        add_a_line = translate("LinesEditor", "Add a line")
        adder = named(QGroupBox(add_a_line), "addLineGroup", add_a_line)
        adder.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lines_error)
        layout.addWidget(adder)
        layout.addWidget(self.total_label)
        layout.addWidget(self.commission_label)
        self.changed.connect(self.refresh_totals)
        self.refresh_totals()

    # -- rows ----------------------------------------------------------------------------------------------
    def _append(self, line_id: int | None, sku: str, name: str, price: Decimal, quantity: int) -> _Row:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if line_id is None:
            self._added += 1
            spin_name, remove_name = f"newLineQuantitySpin_{self._added}", f"removeNewLineButton_{self._added}"
        else:
            spin_name, remove_name = f"quantitySpin_{line_id}", f"removeLineButton_{line_id}"
        remove_text = translate("LinesEditor", "Remove")
        spin = named(QSpinBox(), spin_name, translate("LinesEditor", "Quantity of {sku}", sku=sku))
        spin.setMinimumWidth(SPIN_WIDTH)
        spin.setRange(1, max(MAX_QUANTITY, quantity))
        spin.setValue(quantity)
        remove = no_default(
            named(QPushButton(remove_text), remove_name, translate("LinesEditor", "Remove the line {sku}", sku=sku))
        )
        entry = _Row(line_id, sku, name, price, 0 if line_id is None else quantity, spin, remove)
        if line_id is None:
            remove.clicked.connect(lambda: self._drop(entry))
        else:
            remove.setCheckable(True)
            remove.toggled.connect(lambda on: self._toggle_removed(entry, on))
        spin.valueChanged.connect(self.changed)
        put_text(self.table, row, SKU, sku if line_id is not None else translate("LinesEditor", "{sku} (new)", sku=sku))
        put_text(self.table, row, PRODUCT, name)
        put_text(self.table, row, PRICE, money(price, self.currency), numeric=True)
        self.table.setCellWidget(row, QUANTITY, spin)
        put_text(self.table, row, LINE_TOTAL, "", numeric=True)
        self.table.setCellWidget(row, REMOVE, remove)
        self._rows.append(entry)
        return entry

    def _toggle_removed(self, entry: _Row, removed: bool) -> None:
        row = self._rows.index(entry)
        entry.spin.setEnabled(not removed)
        entry.remove.setText(translate("LinesEditor", "Keep line") if removed else translate("LinesEditor", "Remove"))
        for column in (SKU, PRODUCT, PRICE, LINE_TOTAL):
            item = self.table.item(row, column)
            if item is not None:
                font = item.font()
                font.setStrikeOut(removed)
                item.setFont(font)
        assert entry.line_id is not None
        self.line_removed.emit(entry.line_id, removed)
        self.changed.emit()

    def _drop(self, entry: _Row) -> None:
        row = self._rows.index(entry)
        self._rows.pop(row)
        self.table.removeRow(row)
        self.changed.emit()

    # -- the new line --------------------------------------------------------------------------------------
    def _started(self) -> bool:
        return any(edit.text().strip() for edit in (self.sku_edit, self.name_edit, self.price_edit))

    def _read_new_line(self) -> NewLine | None:
        """The line in the "Add a line" fields, or None with what is wrong shown in red under the field.

        An empty SKU is red once anything else of the line is typed or Add was tried; an empty price only once
        Add was tried, so the operator is not told off for a field they have not reached yet."""
        sku_text, name_text, price_text = self.sku_edit.text(), self.name_edit.text(), self.price_edit.text()
        others_typed = bool(name_text.strip() or price_text.strip())
        checks: list[tuple[FieldError, bool, Callable[[], object]]] = [
            (self.sku_error, bool(sku_text.strip()) or others_typed, lambda: validation.sku(sku_text)),
            (
                self.name_error,
                True,
                lambda: validation.optional_text(name_text, translate("LinesEditor", "The product name"), field="name"),
            ),
            (self.price_error, bool(price_text.strip()), lambda: _price(price_text)),
        ]
        valid = True
        for label, shown, rule in checks:
            try:
                rule()
            except RuleViolation as exc:
                valid = False
                label.show_message(exc.message if shown or self._tried_add else None)
                continue
            label.clear_message()
        if not valid:
            return None
        sku = validation.sku(sku_text)
        name = validation.optional_text(name_text, translate("LinesEditor", "The product name"), field="name") or sku
        return NewLine(sku, name, self.quantity_spin.value(), _price(price_text))

    def add_new_line(self) -> None:
        """Put the typed line on the order (in the dialog; the database hears of it on OK)."""
        self._tried_add = True
        line = self._read_new_line()
        if line is None:
            return
        self._append(None, line.sku, line.name, line.unit_price, line.quantity)
        self._tried_add = False
        for edit in (self.sku_edit, self.name_edit, self.price_edit):
            edit.clear()
        self.quantity_spin.setValue(1)
        self.sku_edit.setFocus()
        self.changed.emit()

    # -- what the edit does --------------------------------------------------------------------------------
    def quantities(self) -> dict[int, int]:
        """Line id -> new quantity, for the stored lines kept with another quantity."""
        return {
            r.line_id: r.spin.value()
            for r in self._rows
            if r.line_id is not None and not r.removed and r.spin.value() != r.original
        }

    def removed(self) -> list[int]:
        return [r.line_id for r in self._rows if r.line_id is not None and r.removed]

    def added(self) -> list[NewLine]:
        return [NewLine(r.sku, r.name, r.spin.value(), r.unit_price) for r in self._rows if r.line_id is None]

    def has_changes(self) -> bool:
        return bool(self.quantities() or self.removed() or self.added())

    def problem(self) -> str | None:
        if not self.isEnabled():
            return None
        if not self._started():
            # Cleared fields are no new line: forget a refused Add and its red messages.
            self._tried_add = False
            for label in (self.sku_error, self.name_error, self.price_error):
                label.clear_message()
        else:
            line = self._read_new_line()
            if any(label.isVisibleTo(self) for label in (self.sku_error, self.name_error, self.price_error)):
                return correct_marked()
            if line is None:
                return translate(
                    "LinesEditor", "Finish the new line (SKU and unit price) and press Add line, or clear its fields."
                )
            return translate(
                "LinesEditor", "Press Add line to put {sku} on the order, or clear the new line's fields.", sku=line.sku
            )
        if not any(not r.removed for r in self._rows):
            return translate("LinesEditor", NO_LINES)
        return None

    def refresh_totals(self) -> None:
        """Line totals, order total and commission from what is on screen (Decimal; core.commission rounds)."""
        kept = [r for r in self._rows if not r.removed]
        for row, entry in enumerate(self._rows):
            item = self.table.item(row, LINE_TOTAL)
            if item is not None:
                item.setText(money(entry.unit_price * entry.spin.value(), self.currency))
        total = lines_total((r.spin.value(), r.unit_price) for r in kept)
        self.total_label.setText(totals_text(total, self.shipping, self.currency))
        self.commission_label.setText(commission_text(self.rate, total, self.currency))


def _price(text: str) -> Decimal:
    if not text.strip():
        raise RuleViolation(translate("LinesEditor", "The unit price is required."), field="unit_price")
    return validation.price(text, translate("LinesEditor", PRICE_LABEL))
