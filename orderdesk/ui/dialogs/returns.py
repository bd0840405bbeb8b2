"""Recording a return of a dispatched order: the units per line, the reason, the type, AWB and transporter."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from orderdesk.core import capabilities, validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import RETURNABLE, OrderStatus
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import returns
from orderdesk.services.returns import ReturnType
from orderdesk.store.models import Order
from orderdesk.store.orders import lines_of
from orderdesk.ui import locale_format
from orderdesk.ui.dialogs.widgets import (
    SPIN_WIDTH,
    OrderDialog,
    line_table,
    named,
    of_total,
    put_text,
    status_text,
    summary_label,
)

# How the warehouse says what kind of return it is; the channel gets the code.
RETURN_TYPE_LABELS = {
    ReturnType.CUSTOMER_RETURN: QT_TRANSLATE_NOOP("ReturnDialog", "Customer return (collected from the customer)"),
    ReturnType.SELF_SHIP: QT_TRANSLATE_NOOP("ReturnDialog", "Customer sends it back themselves (self-ship)"),
    ReturnType.RETURN_TO_ORIGIN: QT_TRANSLATE_NOOP(
        "ReturnDialog", "Return to origin (never delivered, back from the courier)"
    ),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ReturnDialog", "SKU"),
    QT_TRANSLATE_NOOP("ReturnDialog", "Product"),
    QT_TRANSLATE_NOOP("ReturnDialog", "Dispatched"),
    QT_TRANSLATE_NOOP("ReturnDialog", "Already returned"),
    QT_TRANSLATE_NOOP("ReturnDialog", "Return now"),
)


class ReturnDialog(OrderDialog):
    """Create one return for chosen units of a dispatched order (services.returns.create_return)."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="returnDialog",
            accessible_name=translate("ReturnDialog", "Create return"),
            reason_name="returnReason",
            user=user,
            ok_text=translate("ReturnDialog", "Create return"),
            parent=parent,
        )
        self.setWindowTitle(translate("ReturnDialog", "Create return"))
        self.order_id = order_id
        self.version = 0
        self.spins: dict[int, QSpinBox] = {}
        self.lines_table = line_table(
            "returnLinesTable",
            translate("ReturnDialog", "Lines of the order"),
            [translate("ReturnDialog", header) for header in HEADERS],
        )
        self.items_error = self.field_error(
            "itemsError", translate("ReturnDialog", "Problem with the units to return"), "items", "quantity"
        )
        self.reason_edit = named(QLineEdit(), "reasonEdit", translate("ReturnDialog", "Return reason"))
        self.reason_edit.setPlaceholderText(translate("ReturnDialog", "e.g. damaged in transit"))
        self.reason_error = self.field_error(
            "reasonError", translate("ReturnDialog", "Problem with the return reason"), "reason"
        )
        self.type_combo = named(QComboBox(), "returnTypeCombo", translate("ReturnDialog", "Return type"))
        for kind, text in RETURN_TYPE_LABELS.items():
            self.type_combo.addItem(translate("ReturnDialog", text), kind.value)
        self.type_error = self.field_error(
            "returnTypeError", translate("ReturnDialog", "Problem with the return type"), "type"
        )
        optional = translate("ReturnDialog", "optional")
        self.awb_edit = named(QLineEdit(), "awbEdit", translate("ReturnDialog", "AWB number"))
        self.awb_edit.setPlaceholderText(optional)
        self.awb_error = self.field_error(
            "awbError", translate("ReturnDialog", "Problem with the AWB number"), "awb_number"
        )
        self.transporter_edit = named(QLineEdit(), "transporterEdit", translate("ReturnDialog", "Transporter"))
        self.transporter_edit.setPlaceholderText(optional)
        self.transporter_error = self.field_error(
            "transporterError", translate("ReturnDialog", "Problem with the transporter"), "transporter"
        )

        order = self.load_order(order_id)
        if order is not None:
            self.order_id = order.id
            self.version = order.version
            self.setWindowTitle(translate("ReturnDialog", "Create return for {reference}", reference=order.reference))
            self.body.addWidget(summary_label(order))
            self.check_rule(lambda: self._check_returnable(order))
            self.check_rule(lambda: capabilities.must_send(order.channel.kind, EventKind.RETURN))
            self._fill_lines(order)
        self.body.addWidget(QLabel(translate("ReturnDialog", "Units coming back:")))
        self.body.addWidget(self.lines_table)
        self.body.addWidget(self.items_error)
        form = QFormLayout()
        form.addRow(translate("ReturnDialog", "Reason"), self.reason_edit)
        form.addRow("", self.reason_error)
        form.addRow(translate("ReturnDialog", "Return type"), self.type_combo)
        form.addRow("", self.type_error)
        form.addRow(translate("ReturnDialog", "AWB number"), self.awb_edit)
        form.addRow("", self.awb_error)
        form.addRow(translate("ReturnDialog", "Transporter"), self.transporter_edit)
        form.addRow("", self.transporter_error)
        self.body.addLayout(form)
        for edit in (self.reason_edit, self.awb_edit, self.transporter_edit):
            edit.textChanged.connect(self._validate)
        self.resize(680, 520)
        self._validate()

    @staticmethod
    def _check_returnable(order: Order) -> None:
        current = OrderStatus(order.status)
        if current not in RETURNABLE:
            raise RuleViolation(
                translate(
                    "ReturnDialog",
                    "Only a dispatched order can be returned; this one's status is {status}.",
                    status=status_text(current),
                )
            )

    def _fill_lines(self, order: Order) -> None:
        lines = lines_of(order)
        self.lines_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            back = returns.returned_units(line)
            left = max(line.quantity - back, 0)
            put_text(self.lines_table, row, 0, line.sku)
            put_text(self.lines_table, row, 1, line.name)
            put_text(self.lines_table, row, 2, locale_format.count(line.quantity), numeric=True)
            put_text(self.lines_table, row, 3, locale_format.count(back), numeric=True)
            spin = named(
                QSpinBox(),
                f"returnSpin_{line.id}",
                translate("ReturnDialog", "Units of {sku} coming back", sku=line.sku),
            )
            spin.setMinimumWidth(SPIN_WIDTH)
            spin.setRange(0, left)
            of_total(spin, left)
            spin.setEnabled(left > 0)
            spin.valueChanged.connect(self._validate)
            self.lines_table.setCellWidget(row, 4, spin)
            self.spins[line.id] = spin

    def items(self) -> dict[int, int]:
        return {line_id: spin.value() for line_id, spin in self.spins.items() if spin.value() > 0}

    def _validate(self) -> None:
        problems = [
            None if self.items() else translate("ReturnDialog", "Choose at least one unit to return."),
            self.check_field(
                self.reason_error,
                self.reason_edit.text(),
                lambda t: validation.reason(t, translate("ReturnDialog", "The return reason")),
            ),
            self.check_field(
                self.awb_error,
                self.awb_edit.text(),
                lambda t: validation.optional_text(
                    t, translate("ReturnDialog", "The AWB number"), field="awb_number", max_length=64
                ),
            ),
            self.check_field(
                self.transporter_error,
                self.transporter_edit.text(),
                lambda t: validation.optional_text(
                    t, translate("ReturnDialog", "The transporter"), field="transporter", max_length=64
                ),
            ),
        ]
        self.set_problem(next((p for p in problems if p), None))

    def submit(self) -> None:
        result = self.call_service(
            returns.create_return,
            self.order_id,
            self.items(),
            reason=self.reason_edit.text(),
            return_type=str(self.type_combo.currentData()),
            awb_number=self.awb_edit.text(),
            transporter=self.transporter_edit.text(),
            user=self.user,
            expected_version=self.version,
        )
        if result is not None:
            self.done_with([result.order.id], [result.event])
