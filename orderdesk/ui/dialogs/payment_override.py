"""Acknowledging an unpaid order: the warehouse may start on it only with a payment override and its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus, PaymentStatus
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import status
from orderdesk.store.models import Order
from orderdesk.ui.dialogs.reason import ReasonDialog
from orderdesk.ui.dialogs.widgets import named

# How a payment status reads in the middle of a sentence.
PAYMENT_WORDS = {
    PaymentStatus.PAID.value: QT_TRANSLATE_NOOP("PaymentOverrideDialog", "paid"),
    PaymentStatus.INVOICE_LATER.value: QT_TRANSLATE_NOOP("PaymentOverrideDialog", "invoice later"),
    PaymentStatus.REFUNDED.value: QT_TRANSLATE_NOOP("PaymentOverrideDialog", "refunded"),
}


class PaymentOverrideDialog(ReasonDialog):
    """Start processing an unpaid order (services.status.set_status with override_reason)."""

    target = OrderStatus.PROCESSING
    event_kind = EventKind.ACKNOWLEDGE
    reason_wording = QT_TRANSLATE_NOOP("ReasonDialog", "The payment override reason")

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            order_id,
            user=user,
            parent=parent,
            names=(
                "paymentOverrideDialog",
                translate("PaymentOverrideDialog", "Process an unpaid order"),
                "overrideReason",
            ),
            buttons=(
                translate("PaymentOverrideDialog", "Process without payment"),
                translate("PaymentOverrideDialog", "Leave it pending"),
            ),
            reason=(
                translate("PaymentOverrideDialog", "Payment override reason"),
                translate("PaymentOverrideDialog", "Problem with the payment override reason"),
                translate("PaymentOverrideDialog", "e.g. customer pays cash on pickup"),
                translate("PaymentOverrideDialog", "Reason for processing it unpaid"),
            ),
            # The service names the payment status when it refuses an override without a reason.
            error_fields=("reason", "payment_status"),
        )

    def describe(self, order: Order | None) -> None:
        self.explanation = named(
            QLabel(), "overrideExplanation", translate("PaymentOverrideDialog", "Why an override is needed")
        )
        self.explanation.setWordWrap(True)
        self.setWindowTitle(translate("PaymentOverrideDialog", "Order not paid"))
        if order is not None:
            self.setWindowTitle(
                translate("PaymentOverrideDialog", "Order {reference} is not paid", reference=order.reference)
            )
            if order.payment_status != PaymentStatus.UNPAID.value:
                payment = PAYMENT_WORDS.get(order.payment_status, order.payment_status)
                self.explanation.setText(
                    translate(
                        "PaymentOverrideDialog",
                        "This order's payment status is {payment}: it needs no override. Acknowledge it as usual.",
                        payment=translate("PaymentOverrideDialog", payment),
                    )
                )
            else:
                self.explanation.setText(
                    translate(
                        "PaymentOverrideDialog",
                        "This order is not paid. The warehouse starts on an unpaid order only when someone takes "
                        "responsibility for it: give the reason. It is kept in the order's history with your name.",
                    )
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
