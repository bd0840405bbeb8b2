"""Acknowledging an unpaid order: the warehouse may start on it only with a payment override and its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from orderdesk.core import capabilities, validation
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus, PaymentStatus, check_transition
from orderdesk.services import status
from orderdesk.ui.dialogs.widgets import OrderDialog, named, summary_label

REASON_LABEL = "The payment override reason"


class PaymentOverrideDialog(OrderDialog):
    """Start processing an unpaid order (services.status.set_status with override_reason)."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="paymentOverrideDialog",
            accessible_name="Process an unpaid order",
            reason_name="overrideReason",
            user=user,
            ok_text="Process without payment",
            close_text="Leave it pending",
            parent=parent,
        )
        self.setWindowTitle("Order not paid")
        self.order_id = order_id
        self.version = 0
        self.explanation = named(QLabel(), "overrideExplanation", "Why an override is needed")
        self.explanation.setWordWrap(True)
        self.reason_edit = named(QLineEdit(), "reasonEdit", "Payment override reason")
        self.reason_edit.setPlaceholderText("e.g. customer pays cash on pickup")
        # The service names the payment status when it refuses an override without a reason.
        self.reason_error = self.field_error(
            "reasonError", "Problem with the override reason", "reason", "payment_status"
        )
        order = self.load_order(order_id)
        if order is not None:
            self.order_id = order.id
            self.version = order.version
            self.setWindowTitle(f"Order {order.reference} is not paid")
            self.body.addWidget(summary_label(order))
            payment = order.payment_status.replace("_", " ")
            self.explanation.setText(
                f"This order is not paid (payment: {payment}). The warehouse starts on an unpaid order only when "
                "someone takes responsibility for it: give the reason. It is kept in the order's history with "
                "your name."
            )
            current = OrderStatus(order.status)
            self.check_rule(lambda: check_transition(current, OrderStatus.PROCESSING))
            self.check_rule(lambda: capabilities.must_send(order.channel.kind, EventKind.ACKNOWLEDGE))
            if order.payment_status != PaymentStatus.UNPAID.value:
                self.explanation.setText(
                    f"This order's payment status is {payment}: it needs no override. Acknowledge it as usual."
                )
        self.body.addWidget(self.explanation)
        form = QFormLayout()
        form.addRow("Reason for processing it unpaid", self.reason_edit)
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
            status.set_status,
            self.order_id,
            OrderStatus.PROCESSING.value,
            override_reason=self.reason_edit.text(),
            user=self.user,
            expected_version=self.version,
        )
        if result is not None:
            self.done_with([result.order.id], [result.event])
