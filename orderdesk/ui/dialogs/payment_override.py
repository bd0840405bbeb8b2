"""Acknowledging an unpaid order: the warehouse may start on it only with a payment override and its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus, PaymentStatus
from orderdesk.services import status
from orderdesk.store.models import Order
from orderdesk.ui.dialogs.reason import ReasonDialog
from orderdesk.ui.dialogs.widgets import named


class PaymentOverrideDialog(ReasonDialog):
    """Start processing an unpaid order (services.status.set_status with override_reason)."""

    target = OrderStatus.PROCESSING
    event_kind = EventKind.ACKNOWLEDGE
    reason_wording = "The payment override reason"

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            order_id,
            user=user,
            parent=parent,
            names=("paymentOverrideDialog", "Process an unpaid order", "overrideReason"),
            buttons=("Process without payment", "Leave it pending"),
            reason=("Payment override reason", "e.g. customer pays cash on pickup", "Reason for processing it unpaid"),
            # The service names the payment status when it refuses an override without a reason.
            error_fields=("reason", "payment_status"),
        )

    def describe(self, order: Order | None) -> None:
        self.explanation = named(QLabel(), "overrideExplanation", "Why an override is needed")
        self.explanation.setWordWrap(True)
        self.setWindowTitle("Order not paid")
        if order is not None:
            self.setWindowTitle(f"Order {order.reference} is not paid")
            payment = order.payment_status.replace("_", " ")
            if order.payment_status != PaymentStatus.UNPAID.value:
                self.explanation.setText(
                    f"This order's payment status is {payment}: it needs no override. Acknowledge it as usual."
                )
            else:
                self.explanation.setText(
                    f"This order is not paid (payment: {payment}). The warehouse starts on an unpaid order only "
                    "when someone takes responsibility for it: give the reason. It is kept in the order's history "
                    "with your name."
                )
        self.body.addWidget(self.explanation)

    def submit(self) -> None:
        self.finish(
            self.call_service(
                status.set_status,
                self.order_id,
                OrderStatus.PROCESSING.value,
                override_reason=self.reason_edit.text(),
                user=self.user,
                expected_version=self.version,
            )
        )
