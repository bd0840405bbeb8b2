"""The consignment-number prompt (seed 000): dispatch an order with its consignment number and carrier.

Both are required. The consignment field takes scanner input: a scanner types the code and presses Enter, so
Enter there moves on to the carrier while the carrier is empty and dispatches once it is filled. The carrier of
the last successful dispatch is remembered. `dispatch_batch` shows one prompt per order in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from orderdesk.core import capabilities, carriers, validation
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus, check_transition
from orderdesk.core.text import translate
from orderdesk.services import status
from orderdesk.ui import colours, locale_format, ui_settings
from orderdesk.ui.dialogs.widgets import EnterKey, OrderDialog, named, no_default, summary_label

# The carriers our warehouses hand parcels to; any other name can be typed.
KNOWN_CARRIERS = ("DHL", "DPD", "GLS", "UPS", "FedEx", "PostNL", "InPost", "Poczta Polska", "TNT", "Hermes")

SKIPPED = 2  # the dialog's result when the operator skips an order of a batch


class DispatchDialog(OrderDialog):
    """Dispatch one order (services.status.dispatch); `position` = (n, of) when it is part of a batch."""

    def __init__(
        self,
        order_id: int,
        *,
        user: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        position: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(
            object_name="dispatchDialog",
            accessible_name=translate("DispatchDialog", "Dispatch order"),
            reason_name="dispatchReason",
            user=user,
            ok_text=translate("DispatchDialog", "Dispatch"),
            close_text=translate("DispatchDialog", "Stop the batch") if position else None,
            parent=parent,
        )
        self.settings = settings if settings is not None else ui_settings.settings()
        self.order_id = order_id
        self.version = 0
        self.consignment_edit = named(QLineEdit(), "consignmentEdit", translate("DispatchDialog", "Consignment number"))
        self.consignment_edit.setPlaceholderText(translate("DispatchDialog", "Scan or type the consignment number"))
        self.consignment_edit.setMinimumWidth(280)  # a parcel number is 20-odd characters
        self.consignment_error = self.field_error(
            "consignmentError", translate("DispatchDialog", "Problem with the consignment number"), "consignment_number"
        )
        self.carrier_edit = named(QComboBox(), "carrierEdit", translate("DispatchDialog", "Carrier"))
        self.carrier_edit.setEditable(True)
        self.carrier_edit.setMinimumWidth(200)
        # A typed carrier must not be added to the list on Enter: the list is the known carriers only.
        self.carrier_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        last = str(self.settings.value(ui_settings.LAST_CARRIER, "") or "")
        stored = self.settings.value(ui_settings.CARRIER_FORMATS, None)
        self.formats = carriers.formats_from_json(stored if isinstance(stored, str) else None)
        self.format_warning = named(
            QLabel(), "consignmentFormatWarning", translate("DispatchDialog", "Consignment number format warning")
        )
        self.format_warning.setWordWrap(True)
        self.format_warning.setStyleSheet(colours.style("warning", bold=True))  # and a sign, and words
        self.format_warning.setVisible(False)
        self._ok_text = self.ok_button.text()
        self.carrier_error = self.field_error(
            "carrierError", translate("DispatchDialog", "Problem with the carrier"), "carrier"
        )
        self.skip_button: QPushButton | None = None
        if position is not None:
            skip = translate("DispatchDialog", "Skip this order")
            self.skip_button = named(
                no_default(self.buttons.addButton(skip, QDialogButtonBox.ButtonRole.ActionRole)), "skipButton", skip
            )
            self.skip_button.clicked.connect(lambda: self.done(SKIPPED))

        order = self.load_order(order_id)
        channel_carriers = str((order.channel.options or {}).get("carriers", "")) if order is not None else ""
        self.carrier_edit.addItems(carriers.carrier_choices(channel_carriers, last, KNOWN_CARRIERS))
        self.carrier_edit.setEditText(last)
        title = translate("DispatchDialog", "Dispatch")
        if order is not None:
            self.order_id = order.id
            self.version = order.version
            title = translate("DispatchDialog", "Dispatch {reference}", reference=order.reference)
            self.body.addWidget(summary_label(order))
            current = OrderStatus(order.status)
            self.check_rule(lambda: check_transition(current, OrderStatus.DISPATCHED))
            self.check_rule(lambda: capabilities.must_send(order.channel.kind, EventKind.DISPATCH))
        if position is not None:
            # Each order is its own transaction: the title says where in the batch the operator is.
            number, count = position
            reference = order.reference if order is not None else translate("DispatchDialog", "order {id}", id=order_id)
            title = translate(
                "DispatchDialog",
                "Dispatch {number} of {count}: {reference}",
                number=locale_format.count(number),
                count=locale_format.count(count),
                reference=reference,
            )
        self.setWindowTitle(title)

        form = QFormLayout()
        form.addRow(translate("DispatchDialog", "Consignment number"), self.consignment_edit)
        form.addRow("", self.consignment_error)
        form.addRow(translate("DispatchDialog", "Carrier"), self.carrier_edit)
        form.addRow("", self.carrier_error)
        form.addRow("", self.format_warning)
        self.body.addLayout(form)

        EnterKey(self.consignment_edit, self._enter_in_consignment)
        self.consignment_edit.textChanged.connect(self._validate)
        self.carrier_edit.editTextChanged.connect(self._validate)
        self._validate()
        self.consignment_edit.setFocus()

    def _enter_in_consignment(self) -> None:
        if not self.carrier_edit.currentText().strip():
            self.carrier_edit.setFocus()
        elif self.ok_button.isEnabled():
            self.submit()

    def _validate(self) -> None:
        problems = [
            self.check_field(self.consignment_error, self.consignment_edit.text(), validation.consignment_number),
            self.check_field(self.carrier_error, self.carrier_edit.currentText(), validation.carrier),
        ]
        self.set_problem(next((p for p in problems if p), None))
        # A number that does not fit its carrier's format: said in words, and OK asks for the operator's word.
        warning = carriers.consignment_warning(
            self.carrier_edit.currentText(), self.consignment_edit.text(), self.formats
        )
        self.format_warning.setText(
            translate("DispatchDialog", "⚠ {warning} Check it, or dispatch anyway.", warning=warning) if warning else ""
        )
        self.format_warning.setVisible(bool(warning))
        self.ok_button.setText(translate("DispatchDialog", "Dispatch anyway") if warning else self._ok_text)

    def submit(self) -> None:
        carrier = self.carrier_edit.currentText().strip()
        result = self.call_service(
            status.dispatch,
            self.order_id,
            consignment_number=self.consignment_edit.text(),
            carrier=carrier,
            user=self.user,
            expected_version=self.version,
        )
        if result is None:
            return
        self.settings.setValue(ui_settings.LAST_CARRIER, result.order.carrier or carrier)
        self.settings.sync()
        self.done_with([result.order.id], [result.event])


def dispatch_batch(
    order_ids: Sequence[int],
    *,
    user: str,
    parent: QWidget | None,
    settings: QSettings | None = None,
) -> list[Any]:
    """One consignment prompt per order, in turn.

    Each confirmed order is dispatched in its own transaction as soon as its prompt is confirmed; "Stop the
    batch" (or Esc) closes the prompt on screen without touching that order and leaves the rest untouched.
    Returns the outbox events of the orders dispatched, in order (None where the channel needs no event).
    """
    events: list[Any] = []
    count = len(order_ids)
    for number, order_id in enumerate(order_ids, start=1):
        dialog = DispatchDialog(
            order_id,
            user=user,
            parent=parent,
            settings=settings,
            position=(number, count) if count > 1 else None,
        )
        try:
            outcome = dialog.exec()
            if outcome == SKIPPED:
                continue
            if outcome != QDialog.DialogCode.Accepted:
                break
            events.append(dialog.result_event)
        finally:
            dialog.deleteLater()
    return events
