"""Splitting an order: choose the units of each line that move to a new order, with a live preview of both."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from orderdesk.core import capabilities
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.split import PartLine, SplitLine, SplitPlan, plan_split, split_reference
from orderdesk.core.statuses import OrderStatus, check_editable
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import editing
from orderdesk.store.models import Order
from orderdesk.store.orders import lines_of
from orderdesk.ui import locale_format
from orderdesk.ui.dialogs.widgets import (
    SPIN_WIDTH,
    OrderDialog,
    commission_label,
    line_table,
    money,
    named,
    of_total,
    put_text,
    summary_label,
    totals_text,
)

PREVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("SplitDialog", "SKU"),
    QT_TRANSLATE_NOOP("SplitDialog", "Product"),
    QT_TRANSLATE_NOOP("SplitDialog", "Qty"),
    QT_TRANSLATE_NOOP("SplitDialog", "Line total"),
)
LINE_HEADERS = (
    QT_TRANSLATE_NOOP("SplitDialog", "SKU"),
    QT_TRANSLATE_NOOP("SplitDialog", "Product"),
    QT_TRANSLATE_NOOP("SplitDialog", "Quantity"),
    QT_TRANSLATE_NOOP("SplitDialog", "Unit price"),
    QT_TRANSLATE_NOOP("SplitDialog", "Move"),
)


class _Preview(QGroupBox):
    """One side of the preview: the lines an order will have, its totals and commission."""

    def __init__(self, prefix: str, title: str) -> None:
        super().__init__(title)
        named(self, f"{prefix}Preview", title)
        headers = [translate("SplitDialog", header) for header in PREVIEW_HEADERS]
        self.table = line_table(f"{prefix}Table", translate("SplitDialog", "{part}: lines", part=title), headers)
        self.total = named(QLabel("—"), f"{prefix}TotalLabel", translate("SplitDialog", "{part}: total", part=title))
        self.commission = named(
            QLabel("—"), f"{prefix}CommissionLabel", translate("SplitDialog", "{part}: commission", part=title)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addWidget(self.commission)

    def show_lines(self, lines: tuple[PartLine, ...], names: dict[int, str], currency: str) -> None:
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            put_text(self.table, row, 0, line.sku)
            put_text(self.table, row, 1, names.get(line.line_id, ""))
            put_text(self.table, row, 2, locale_format.count(line.quantity), numeric=True)
            put_text(self.table, row, 3, money(line.total, currency), numeric=True)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.total.setText("—")
        self.commission.setText("—")


class SplitDialog(OrderDialog):
    """Split one order into itself and one new order (services.editing.split_order)."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="splitDialog",
            accessible_name=translate("SplitDialog", "Split order"),
            reason_name="splitReason",
            user=user,
            ok_text=translate("SplitDialog", "Split"),
            parent=parent,
        )
        self.setWindowTitle(translate("SplitDialog", "Split order"))
        self.order_id = order_id
        self.version = 0
        self.spins: dict[int, QSpinBox] = {}
        self._lines: list[SplitLine] = []
        self._names: dict[int, str] = {}
        self.lines_table = line_table(
            "splitLinesTable",
            translate("SplitDialog", "Lines of the order"),
            [translate("SplitDialog", header) for header in LINE_HEADERS],
        )
        self.remaining = _Preview("remaining", translate("SplitDialog", "Stays on this order"))
        self.new_order = _Preview("newOrder", translate("SplitDialog", "New order"))
        order = self.load_order(order_id)
        if order is not None:
            self._order: Order = order
            self.order_id = order.id
            self.version = order.version
            self.setWindowTitle(translate("SplitDialog", "Split order {reference}", reference=order.reference))
            self.body.addWidget(summary_label(order))
            self.check_rule(lambda: check_editable(OrderStatus(order.status), "split"))
            self.check_rule(lambda: capabilities.must_send(order.channel.kind, EventKind.SPLIT))
            parts_so_far = Order.select().where(Order.parent == order).count()
            self._first_part = parts_so_far + 1
            self.remaining.setTitle(translate("SplitDialog", "Stays on {reference}", reference=order.reference))
            self.new_order.setTitle(
                translate(
                    "SplitDialog",
                    "New order {reference}",
                    reference=split_reference(order.reference, self._first_part),
                )
            )
            self._fill_lines(order)
        self.body.addWidget(QLabel(translate("SplitDialog", "Units of each line to move to the new order:")))
        self.body.addWidget(self.lines_table)
        previews = QGridLayout()
        previews.addWidget(self.remaining, 0, 0)
        previews.addWidget(self.new_order, 0, 1)
        self.body.addLayout(previews)
        self.resize(760, 560)
        self._update_preview()

    def _fill_lines(self, order: Order) -> None:
        lines = lines_of(order)
        self.lines_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self._lines.append(SplitLine(line.id, line.sku, line.quantity, line.unit_price))
            self._names[line.id] = line.name
            put_text(self.lines_table, row, 0, line.sku)
            put_text(self.lines_table, row, 1, line.name)
            put_text(self.lines_table, row, 2, locale_format.count(line.quantity), numeric=True)
            put_text(self.lines_table, row, 3, money(line.unit_price, order.currency), numeric=True)
            spin = named(
                QSpinBox(),
                f"moveSpin_{line.id}",
                translate("SplitDialog", "Units of {sku} to move to the new order", sku=line.sku),
            )
            spin.setMinimumWidth(SPIN_WIDTH)
            spin.setRange(0, line.quantity)
            of_total(spin, line.quantity)
            spin.valueChanged.connect(self._update_preview)
            self.lines_table.setCellWidget(row, 4, spin)
            self.spins[line.id] = spin

    def moves(self) -> dict[int, int]:
        """Line id -> units to move, for the lines with anything moved."""
        return {line_id: spin.value() for line_id, spin in self.spins.items() if spin.value() > 0}

    def _plan(self) -> SplitPlan:
        order = self._order
        return plan_split(
            self._lines,
            [self.moves()],
            parent_reference=order.reference,
            commission_rate=order.commission_rate,
            original_commission=order.commission,
            currency=order.currency,
            first_part_number=self._first_part,
        )

    def _update_preview(self) -> None:
        if self.blocked:
            return
        try:
            plan = self._plan()
        except RuleViolation as exc:
            self.remaining.clear()
            self.new_order.clear()
            self.set_problem(exc.message)
            return
        order = self._order
        currency = order.currency
        shipping = order.shipping_total
        self.remaining.show_lines(plan.remaining, self._names, currency)
        self.remaining.total.setText(totals_text(plan.remaining_total, shipping, currency))
        self.remaining.commission.setText(commission_label(plan.remaining_commission, order.commission_rate, currency))
        part = plan.parts[0]
        self.new_order.show_lines(part.lines, self._names, currency)
        # A split part carries no shipping: the original keeps what the customer paid for it.
        self.new_order.total.setText(
            translate("SplitDialog", "Lines {lines} = total (no shipping)", lines=money(part.lines_total, currency))
        )
        self.new_order.commission.setText(commission_label(part.commission, order.commission_rate, currency))
        self.set_problem(None)

    def submit(self) -> None:
        result = self.call_service(
            editing.split_order, self.order_id, [self.moves()], user=self.user, expected_version=self.version
        )
        if result is not None:
            self.done_with([result.order.id, *(part.id for part in result.parts)], [result.event])
