"""Cancelling an order before it leaves the warehouse: the reason is required and travels to the channel."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from orderdesk.core import capabilities, validation
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus, check_transition
from orderdesk.services import status
from orderdesk.ui.dialogs.widgets import OrderDialog, named, summary_label

REASON_LABEL = "The cancellation reason"


class CancelDialog(OrderDialog):
    """Cancel one order with a reason (services.status.cancel)."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="cancelDialog",
            accessible_name="Cancel order",
            reason_name="cancelReason",
            user=user,
            ok_text="Cancel order",
            close_text="Keep the order",
            parent=parent,
        )
        self.setWindowTitle("Cancel order")
        self.reason_edit = named(QLineEdit(), "reasonEdit", "Cancellation reason")
        self.reason_edit.setPlaceholderText("e.g. customer changed their mind")
        self.reason_error = self.field_error("reasonError", "Problem with the cancellation reason", "reason")
        self.order_id = order_id
        self.version = 0
        order = self.load_order(order_id)
        if order is not None:
            self.setWindowTitle(f"Cancel order {order.reference}")
            self.order_id = order.id
            self.version = order.version
            self.body.addWidget(summary_label(order))
            # Refused up front, so the operator does not type a reason for nothing.
            current = OrderStatus(order.status)
            self.check_rule(lambda: check_transition(current, OrderStatus.CANCELLED))
            self.check_rule(lambda: capabilities.must_send(order.channel.kind, EventKind.CANCEL))
        form = QFormLayout()
        form.addRow("Why is it cancelled?", self.reason_edit)
        form.addRow("", self.reason_error)
        self.body.addLayout(form)
        self.reason_edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.set_problem(
            self.check_field(self.reason_error, self.reason_edit.text(), lambda t: validation.reason(t, REASON_LABEL))
        )

    def submit(self) -> None:
        result = self.call_service(
            status.cancel,
            self.order_id,
            reason=self.reason_edit.text(),
            user=self.user,
            expected_version=self.version,
        )
        if result is not None:
            self.done_with([result.order.id], [result.event])
